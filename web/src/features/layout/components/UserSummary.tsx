import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../session/hooks.ts';

/** Who is signed in, and for which organisation. */
export function UserSummary({ align = 'end' }: { align?: 'start' | 'end' }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Stack gap={0} align={align === 'end' ? 'flex-end' : 'flex-start'}>
      <Text size="sm" fw={600} lh={1.3}>
        {me.user.displayName}
      </Text>
      <Text size="xs" c="dimmed" lh={1.3}>
        {me.organisation?.name ?? t(`roles.${me.user.roles[0] ?? 'participant'}`)}
      </Text>
    </Stack>
  );
}
