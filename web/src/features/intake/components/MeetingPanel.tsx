import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, languageName, today } from '../../../lib/format.ts';
import { isolateLtr, Ltr } from '../../../ui/Ltr.tsx';
import { useBookMeeting, useRescheduleMeeting } from '../hooks.ts';
import type { Intake, Invitation, Meeting, MeetingFields } from '../types.ts';
import { AnswerBadge, AnswerButtons } from './Answer.tsx';
import { CancelMeetingButton, MarkHeldButton } from './MeetingActions.tsx';
import { MeetingForm } from './MeetingForm.tsx';

interface MeetingPanelProps {
  intake: Intake;
  canManage: boolean;
  /** The signed-in staff member's organisation, when they may answer its invitation. */
  answeringFor: string | null;
  pickedDay: string | null;
}

/** The booked meeting with its invitations and the actions the user may take; the form to book one when none is. */
export function MeetingPanel({ intake, canManage, answeringFor, pickedDay }: MeetingPanelProps) {
  const { t } = useTranslation();
  const booked = intake.meetings.find((m) => m.status === 'booked') ?? null;
  const held = intake.meetings.find((m) => m.status === 'held') ?? null;
  // The booked or held meeting is shown above; the history holds the rest.
  const history = intake.meetings.filter((m) => m !== booked && m !== held);
  const book = useBookMeeting(intake.participantId);
  const initial: MeetingFields = {
    date: pickedDay ?? intake.proposedDays[0] ?? '',
    startTime: '09:00',
    endTime: '10:30',
    place: '',
    interpreterLanguage: intake.interpreter?.needed ? intake.interpreter.language : null,
    interpreterBooked: false,
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="intake-meeting-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="intake-meeting-heading">
          {t('intake.meeting.title')}
        </Title>
        {booked ? (
          <BookedMeeting meeting={booked} intake={intake} canManage={canManage} answeringFor={answeringFor} />
        ) : held ? (
          <Text>{t('intake.meeting.heldOn', { date: isolateLtr(held.date) })}</Text>
        ) : (
          <Text>{t('intake.meeting.noneBooked')}</Text>
        )}
        {!booked && !held && canManage && intake.housingDate && (
          <section aria-labelledby="intake-book-heading">
            <Title order={3} size="h5" id="intake-book-heading" mb="xs">
              {t('intake.meeting.bookTitle')}
            </Title>
            <MeetingForm
              initial={initial}
              invite
              submitLabel={t('intake.meeting.book')}
              busy={book.isPending}
              error={book.error}
              onSubmit={(fields, organisationIds) => book.mutateAsync({ ...fields, organisationIds })}
            />
          </section>
        )}
        {history.length > 0 && (
          <section aria-labelledby="intake-history-heading">
            <Title order={3} size="h5" id="intake-history-heading" mb="xs">
              {t('intake.meeting.history')}
            </Title>
            <List>
              {history.map((m) => (
                <List.Item key={m.id}>
                  <Ltr>{`${m.date} ${m.startTime}–${m.endTime}`}</Ltr> · {t(`intake.meeting.statuses.${m.status}`)}
                  {m.cancelReason ? ` · ${m.cancelReason}` : ''}
                </List.Item>
              ))}
            </List>
          </section>
        )}
      </Stack>
    </Paper>
  );
}

function BookedMeeting({
  meeting,
  intake,
  canManage,
  answeringFor,
}: {
  meeting: Meeting;
  intake: Intake;
  canManage: boolean;
  answeringFor: string | null;
}) {
  const { t, i18n } = useTranslation();
  const [rescheduling, setRescheduling] = useState(false);
  const reschedule = useRescheduleMeeting(intake.participantId);
  const mine = answeringFor ? meeting.invitations.find((i) => i.organisationId === answeringFor) : undefined;
  return (
    <Stack gap="xs">
      <Text fw={600}>
        <Ltr>{meeting.date}</Ltr> <Ltr>{`${meeting.startTime}–${meeting.endTime}`}</Ltr>
      </Text>
      <Text>
        {t('intake.meeting.place')}: {meeting.place}
      </Text>
      <Text>
        {t('intake.meeting.interpreter')}:{' '}
        {meeting.interpreterLanguage
          ? `${languageName(meeting.interpreterLanguage, i18n.language)} – ${meeting.interpreterBooked ? t('intake.meeting.interpreterIsBooked') : t('intake.meeting.interpreterNotBooked')}`
          : t('intake.meeting.noInterpreter')}
      </Text>
      {meeting.warnings.map((w) => (
        <Alert key={w} color="orange" variant="light" role="status">
          {t(`intake.meeting.warnings.${w}`)}
        </Alert>
      ))}
      <Title order={3} size="h5" id="intake-invitations-heading">
        {t('intake.meeting.invitations')}
      </Title>
      <Stack gap={4} component="ul" aria-labelledby="intake-invitations-heading" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {meeting.invitations.map((i) => (
          <InvitationRow key={i.organisationId} invitation={i} />
        ))}
      </Stack>
      {mine && <AnswerButtons meetingId={meeting.id} answer={mine.answer} />}
      {canManage && !rescheduling && (
        <Group gap="sm">
          <Button variant="light" onClick={() => setRescheduling(true)}>
            {t('intake.meeting.reschedule')}
          </Button>
          {/* Only an organisation that was to be there can say the meeting took place, once its day has come. */}
          {mine && meeting.date <= today() && <MarkHeldButton meeting={meeting} participantId={intake.participantId} />}
          <CancelMeetingButton meeting={meeting} participantId={intake.participantId} />
        </Group>
      )}
      {rescheduling && (
        <MeetingForm
          initial={meetingFields(meeting)}
          invite={false}
          submitLabel={t('intake.meeting.saveReschedule')}
          busy={reschedule.isPending}
          error={reschedule.error}
          onCancel={() => setRescheduling(false)}
          onSubmit={async (fields) => {
            const result = await reschedule.mutateAsync({ meetingId: meeting.id, version: meeting.version, fields });
            setRescheduling(false);
            return result;
          }}
        />
      )}
    </Stack>
  );
}

/** Only the fields a reschedule sends: the server refuses any other property of the meeting. */
const meetingFields = ({ date, startTime, endTime, place, interpreterLanguage, interpreterBooked }: Meeting): MeetingFields => ({
  date,
  startTime,
  endTime,
  place,
  interpreterLanguage,
  interpreterBooked,
});

function InvitationRow({ invitation }: { invitation: Invitation }) {
  return (
    <Group component="li" gap="sm" wrap="wrap">
      <Text>{invitation.organisationName}</Text>
      <AnswerBadge answer={invitation.answer} />
      {invitation.answeredAt && (
        <Text size="sm" c="dimmed">
          {invitation.answeredByName} <Ltr>{formatDateTime(invitation.answeredAt)}</Ltr>
        </Text>
      )}
    </Group>
  );
}
