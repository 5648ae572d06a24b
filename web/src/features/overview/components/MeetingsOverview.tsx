import { Anchor, Group, List, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { today } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { BodyBadge } from '../../meetings/components/Badges.tsx';
import { When } from '../../meetings/components/When.tsx';
import { useMeetings } from '../../meetings/hooks.ts';
import { swedishClock } from '../../meetings/time.ts';
import { OverviewSection } from './OverviewSection.tsx';

/**
 * The coming meetings of the board and the preparation group, the nearest first (one later today still counts), each
 * with when and where, and how many of its items have material that came late or is missing.
 */
export function MeetingsOverview() {
  const { t } = useTranslation();
  const meetings = useMeetings();
  const day = today();
  // The list comes the latest first.
  const coming = (meetings.data?.items ?? []).filter((m) => swedishClock(m.startsAt).date >= day).reverse();
  return (
    <OverviewSection id="overview-meetings" title={t('overview.meetings.title')} to="/meetings" linkLabel={t('overview.meetings.link')}>
      {meetings.isPending && <Loading />}
      <ErrorNotice error={meetings.error} />
      {meetings.data && coming.length === 0 && <Text c="dimmed">{t('meetings.list.noneComing')}</Text>}
      {coming.length > 0 && (
        <List spacing="xs" size="sm">
          {coming.map((m) => (
            <List.Item key={m.id}>
              <Group gap="xs">
                <Anchor component={Link} to={`/meetings/${m.id}`} fw={600} size="sm">
                  <bdi>{m.title}</bdi>
                </Anchor>
                <BodyBadge body={m.body} />
              </Group>
              <Text size="sm">
                <When startsAt={m.startsAt} />
                {m.place && (
                  <>
                    {' · '}
                    <bdi>{m.place}</bdi>
                  </>
                )}
              </Text>
              {m.lateItems > 0 ? (
                <StatusBadge tone="warning">{t('meetings.list.lateItems', { n: m.lateItems })}</StatusBadge>
              ) : (
                <Text size="sm">{t('meetings.deadline', { date: isolateLtr(m.materialDeadline) })}</Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </OverviewSection>
  );
}
