import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

/** One part of the board's overview: a heading, the link to its full page, and what it sums up. */
export function OverviewSection({
  id,
  title,
  to,
  linkLabel,
  children,
}: {
  id: string;
  title: string;
  to: string;
  linkLabel: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          <Anchor component={Link} to={to} size="sm">
            {linkLabel}
          </Anchor>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
