import { Alert, Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { DateRange } from './DateRange.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr, Ltr } from '../../../ui/Ltr.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useCurrentUser } from '../../session/hooks.ts';
import { allows } from '../../session/roles.ts';
import { useIntakeOverview } from '../hooks.ts';
import type { IntakeOverview } from '../types.ts';
import { AnswerBadge, AnswerButtons } from './Answer.tsx';

type Person = IntakeOverview['people'][number];
type Invitation = IntakeOverview['invitations'][number];

/** The coordinator's joint intakes: windows closing with nothing booked, people near their window, meetings ahead, invitations. */
export function IntakesPage() {
  const { t } = useTranslation();
  usePageTitle(t('intake.overview.title'));
  const overview = useIntakeOverview();
  const people = overview.data?.people ?? [];
  const closing = people.filter((p) => p.closingWarning);
  const waiting = people.filter((p) => !p.closingWarning && p.meeting === null && p.heldOn === null && p.window.state !== 'closed');
  const done = people.filter((p) => p.heldOn !== null).sort((a, b) => b.heldOn!.localeCompare(a.heldOn!));
  const upcoming = people.filter((p) => p.meeting !== null).sort((a, b) => a.meeting!.date.localeCompare(b.meeting!.date));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('intake.overview.title')}</Title>
      <Text>{t('intake.overview.intro')}</Text>
      {overview.isPending && <Loading />}
      <ErrorNotice error={overview.error} />
      {overview.data && (
        <>
          <OverviewGroup id="closing" title={t('intake.overview.closing')} empty={t('intake.overview.noneClosing')} count={closing.length}>
            {closing.map((p) => (
              <PersonCard key={p.participantId} person={p} warn />
            ))}
          </OverviewGroup>
          <OverviewGroup
            id="invitations"
            title={t('intake.overview.invitations')}
            empty={t('intake.overview.noInvitations')}
            count={overview.data.invitations.length}
          >
            {overview.data.invitations.map((i) => (
              <InvitationCard key={i.meetingId} invitation={i} />
            ))}
          </OverviewGroup>
          <OverviewGroup
            id="upcoming"
            title={t('intake.overview.upcoming')}
            empty={t('intake.overview.noUpcoming')}
            count={upcoming.length}
          >
            {upcoming.map((p) => (
              <PersonCard key={p.participantId} person={p} />
            ))}
          </OverviewGroup>
          <OverviewGroup id="window" title={t('intake.overview.inWindow')} empty={t('intake.overview.noneInWindow')} count={waiting.length}>
            {waiting.map((p) => (
              <PersonCard key={p.participantId} person={p} />
            ))}
          </OverviewGroup>
          <OverviewGroup id="done" title={t('intake.overview.done')} empty={t('intake.overview.noneDone')} count={done.length}>
            {done.map((p) => (
              <PersonCard key={p.participantId} person={p} />
            ))}
          </OverviewGroup>
        </>
      )}
    </Stack>
  );
}

function OverviewGroup({
  id,
  title,
  empty,
  count,
  children,
}: {
  id: string;
  title: string;
  empty: string;
  count: number;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={`intakes-${id}`}>
      <Title order={2} size="h3" id={`intakes-${id}`} mb="xs">
        {title} <Ltr>({count})</Ltr>
      </Title>
      {count === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {children}
        </Stack>
      )}
    </section>
  );
}

function PersonCard({ person, warn = false }: { person: Person; warn?: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Anchor component={Link} to={`/participants/${person.participantId}/intake`} fw={600}>
          {person.name ?? t('intake.overview.nameHidden')}
        </Anchor>
        <Text size="sm">
          {t('intake.window.range')}: <DateRange from={person.window.opens} to={person.window.closes} /> ·{' '}
          {t(`intake.window.states.${person.window.state}`)}
          {person.heldOn === null && <> · {t('intake.window.daysLeft', { days: person.window.workingDaysLeft })}</>}
        </Text>
        {person.heldOn && <Text size="sm">{t('intake.meeting.heldOn', { date: isolateLtr(person.heldOn) })}</Text>}
        {person.meeting && (
          <Text size="sm">
            {t('intake.overview.meeting')}: <Ltr>{`${person.meeting.date} ${person.meeting.startTime}–${person.meeting.endTime}`}</Ltr>,{' '}
            {person.meeting.place}
          </Text>
        )}
        {warn && (
          <Alert color="orange" variant="light" p="xs">
            {person.window.state === 'closed' ? t('intake.overview.closedWarning') : t('intake.overview.closingWarning')}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function InvitationCard({ invitation }: { invitation: Invitation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group gap="sm">
          <Text fw={600}>
            <Ltr>{`${invitation.date} ${invitation.startTime}–${invitation.endTime}`}</Ltr>
          </Text>
          <AnswerBadge answer={invitation.answer} />
        </Group>
        <Text size="sm">
          {t('intake.meeting.place')}: {invitation.place}
        </Text>
        {invitation.participantId ? (
          <Anchor component={Link} to={`/participants/${invitation.participantId}/intake`} size="sm">
            {invitation.name}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            {t('intake.overview.anonymousInvitation')}
          </Text>
        )}
        {allows(me, 'intake.answer') && (
          <AnswerButtons meetingId={invitation.meetingId} answer={invitation.answer} date={invitation.date} />
        )}
      </Stack>
    </Paper>
  );
}
