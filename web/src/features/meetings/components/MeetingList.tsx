import { Alert, Anchor, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { MeetingSummary } from '../api.ts';
import { comingAndHeld } from '../time.ts';
import { BodyBadge } from './Badges.tsx';
import { WhenAndWhere } from './When.tsx';

/**
 * The meetings to come, the nearest first, under a warning naming those whose material is late or missing; then the
 * meetings held, the latest first.
 */
export function MeetingList({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const { coming, held } = comingAndHeld(meetings, today());
  const late = coming.filter((m) => m.lateItems > 0);
  return (
    <Stack gap="lg">
      {late.length > 0 && (
        <Alert color="orange" variant="light" title={t('meetings.list.lateTitle')}>
          <List size="sm">
            {late.map((m) => (
              <List.Item key={m.id}>
                <Anchor component={Link} to={`/meetings/${m.id}`} inherit c="inherit" underline="always">
                  <bdi>{m.title}</bdi>
                </Anchor>
                {' · '}
                {t('meetings.list.items', { n: m.lateItems })}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Section id="coming-meetings" title={t('meetings.list.coming')} none={t('meetings.list.noneComing')} meetings={coming} />
      <Section id="held-meetings" title={t('meetings.list.held')} none={t('meetings.list.noneHeld')} meetings={held} />
    </Stack>
  );
}

function Section({ id, title, none, meetings }: { id: string; title: string; none: string; meetings: MeetingSummary[] }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {meetings.length === 0 && <Text c="dimmed">{none}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {meetings.map((m) => (
          <MeetingCard key={m.id} meeting={m} />
        ))}
      </Stack>
    </Stack>
  );
}

function MeetingCard({ meeting: m }: { meeting: MeetingSummary }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="md" aria-label={m.title}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={`/meetings/${m.id}`} inherit>
              <bdi>{m.title}</bdi>
            </Anchor>
          </Title>
          <Text size="sm">
            <WhenAndWhere meeting={m} />
          </Text>
          <Text size="sm">{t('meetings.deadline', { date: isolateLtr(m.materialDeadline) })}</Text>
          <Text size="sm">
            {t('meetings.list.items', { n: m.items })} · {t('meetings.list.decisions', { n: m.decisions })}
          </Text>
        </Stack>
        <Group gap={6}>
          <BodyBadge body={m.body} />
          {m.lateItems > 0 && <StatusBadge tone="warning">{t('meetings.list.lateItems', { n: m.lateItems })}</StatusBadge>}
        </Group>
      </Group>
    </Paper>
  );
}
