import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isoWeekday, weekdayName } from '../../lib/weekday.ts';
import { formatDateTime } from '../../lib/format.ts';
import { http } from '../../lib/http.ts';
import { Loading } from '../../ui/Loading.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { useWeek } from '../calendar/hooks.ts';
import { DataExportCard } from '../data-export/components/DataExportCard.tsx';
import { EditableIdentity } from '../participants/components/EditableIdentity.tsx';
import { useParticipant } from '../participants/hooks.ts';
import { SECTIONS_FOR } from '../person/types.ts';
import { useCurrentUser } from '../session/hooks.ts';
import { upcomingInWeek } from './upcoming.ts';

/** The person's start page: what is next this week, unread messages, what they can do, and their contact details. */
export function MyOverview() {
  const me = useCurrentUser();
  if (!me.participantId) return null;
  return <Overview participantId={me.participantId} />;
}

function Overview({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const participant = useParticipant(participantId);
  return (
    <Stack gap="lg">
      <NextThisWeek participantId={participantId} />
      <UnreadMessages participantId={participantId} />
      <Paper withBorder p="md" component="section" aria-labelledby="my-links-heading">
        <Title order={2} size="h3" id="my-links-heading" mb="sm">
          {t('me.start.linksTitle')}
        </Title>
        <List spacing="xs" listStyleType="none" ps={0}>
          {SECTIONS_FOR.self
            .filter((s) => s !== 'overview')
            .map((s) => (
              <List.Item key={s}>
                <Anchor component={Link} to={`/me/${s}`}>
                  {t(`me.start.links.${s}`)}
                </Anchor>
              </List.Item>
            ))}
        </List>
      </Paper>
      <section aria-labelledby="my-identity-heading">
        {participant.isPending && <Loading />}
        <QueryError error={participant.error} topic="participant" />
        {participant.data && <EditableIdentity participant={participant.data} viewer="self" canEdit headingId="my-identity-heading" />}
      </section>
      <DataExportCard participantId={participantId} viewer="self" />
    </Stack>
  );
}

function NextThisWeek({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const week = useWeek(participantId, undefined);
  const now = formatDateTime(new Date().toISOString());
  const upcoming = week.data ? upcomingInWeek(week.data.days, { date: now.slice(0, 10), time: now.slice(11) }) : [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-next-heading">
      <Title order={2} size="h3" id="my-next-heading" mb="sm">
        {t('me.start.nextTitle')}
      </Title>
      {week.isPending && <Loading />}
      <QueryError error={week.error} topic="plan" />
      {week.data && upcoming.length === 0 && <Text>{t('me.start.nextEmpty')}</Text>}
      {upcoming.length > 0 && (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {upcoming.map((o) => (
            <li key={`${o.activityId}-${o.date}-${o.start}`}>
              <Text fw={500} dir="auto">
                {o.title}
              </Text>
              <Text size="sm" c="dimmed">
                {weekdayName(t, isoWeekday(o.date))}{' '}
                <bdi dir="ltr">
                  {o.start}–{o.end}
                </bdi>
                {o.ownerOrganisationName && (
                  <>
                    {' · '}
                    <bdi>{o.ownerOrganisationName}</bdi>
                  </>
                )}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      <Anchor component={Link} to="/me/week" size="sm" mt="sm" display="inline-block">
        {t('me.start.nextMore')}
      </Anchor>
    </Paper>
  );
}

interface ThreadCounts {
  threads: { unreadCount: number }[];
}

/** The number of unread messages, from the person's threads (one read, audited like any other). */
function UnreadMessages({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const threads = useQuery({
    queryKey: ['participants', 'detail', participantId, 'messages', 'unread'],
    queryFn: () => http.get<ThreadCounts>(`/api/participants/${encodeURIComponent(participantId)}/messages`, 'count unread messages'),
    select: (view) => view.threads.reduce((n, thread) => n + thread.unreadCount, 0),
  });
  // Messages are a help on this page, not its point: when they cannot be read, the link below still leads to them.
  if (threads.data === undefined) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="my-messages-heading">
      <Title order={2} size="h3" id="my-messages-heading" mb="xs">
        {t('me.start.messagesTitle')}
      </Title>
      <Text>{threads.data > 0 ? t('me.start.messagesUnread', { count: threads.data }) : t('me.start.messagesNone')}</Text>
      <Anchor component={Link} to="/me/messages" size="sm">
        {t('me.start.links.messages')}
      </Anchor>
    </Paper>
  );
}
