import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvitationAnswer } from '../../../../../common/intake.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { useAnswerInvitation } from '../hooks.ts';

const answerTone = { accepted: 'success', declined: 'warning', pending: 'neutral' } as const;

/** An organisation's answer to its invitation, in words and colour. */
export function AnswerBadge({ answer }: { answer: InvitationAnswer }) {
  const { t } = useTranslation();
  return <StatusBadge tone={answerTone[answer]}>{t(`intake.answers.${answer}`)}</StatusBadge>;
}

/**
 * Accept and decline for the signed-in staff member's organisation. `date` names the meeting in the buttons' names
 * where several invitations are listed together (the overview); the button already chosen is disabled.
 */
export function AnswerButtons({ meetingId, answer, date }: { meetingId: string; answer: InvitationAnswer; date?: string }) {
  const { t } = useTranslation();
  const mutation = useAnswerInvitation();
  const size = date ? 'compact-sm' : 'sm';
  return (
    <>
      <Group gap="sm">
        <Button
          size={size}
          loading={mutation.isPending}
          disabled={answer === 'accepted'}
          onClick={() => mutation.mutate({ meetingId, answer: 'accepted' })}
          aria-label={date ? t('intake.overview.acceptFor', { date }) : undefined}
        >
          {t('intake.meeting.accept')}
        </Button>
        <Button
          size={size}
          variant="default"
          loading={mutation.isPending}
          disabled={answer === 'declined'}
          onClick={() => mutation.mutate({ meetingId, answer: 'declined' })}
          aria-label={date ? t('intake.overview.declineFor', { date }) : undefined}
        >
          {t('intake.meeting.decline')}
        </Button>
      </Group>
      <ErrorNotice error={mutation.error} />
    </>
  );
}
