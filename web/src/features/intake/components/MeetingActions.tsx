import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_LIMITS, limitsIntake } from '../../../../../common/intake.ts';
import { today } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { useCancelMeeting, useMarkHeld } from '../hooks.ts';
import type { Meeting } from '../types.ts';

interface ActionProps {
  meeting: Meeting;
  participantId: string;
}

/** A button opening a small dialog that asks one thing before changing the booked meeting. */
function ConfirmDialog({
  label,
  confirmLabel,
  color,
  ready,
  busy,
  error,
  onConfirm,
  children,
}: {
  label: string;
  confirmLabel: string;
  color?: string;
  ready: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: (close: () => void) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <Button variant={color ? 'default' : 'light'} color={color} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal opened={open} onClose={close} title={label} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack>
          {children}
          <ErrorNotice error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            <Button color={color} disabled={!ready} loading={busy} onClick={() => onConfirm(close)}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function CancelMeetingButton({ meeting, participantId }: ActionProps) {
  const { t } = useTranslation();
  const cancel = useCancelMeeting(participantId);
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      label={t('intake.meeting.cancel')}
      confirmLabel={t('intake.meeting.confirmCancel')}
      color="red.8"
      ready={reason.trim() !== ''}
      busy={cancel.isPending}
      error={cancel.error}
      onConfirm={(close) => cancel.mutate({ meetingId: meeting.id, version: meeting.version, reason: reason.trim() }, { onSuccess: close })}
    >
      <Textarea
        required
        label={t('intake.meeting.cancelReason')}
        maxLength={limitsIntake.reasonMax}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}

/** Records the day the meeting took place: its booked day by default, never a day ahead. */
export function MarkHeldButton({ meeting, participantId }: ActionProps) {
  const { t } = useTranslation();
  const held = useMarkHeld(participantId);
  const latest = today();
  const [heldOn, setHeldOn] = useState(meeting.date);
  const earliest = new Date(Date.parse(`${latest}T00:00:00Z`) - DATE_LIMITS.heldOn.back * 86_400_000).toISOString().slice(0, 10);
  return (
    <ConfirmDialog
      label={t('intake.meeting.markHeld')}
      confirmLabel={t('intake.meeting.confirmHeld')}
      ready={heldOn !== '' && heldOn <= latest}
      busy={held.isPending}
      error={held.error}
      onConfirm={(close) => held.mutate({ meetingId: meeting.id, version: meeting.version, heldOn }, { onSuccess: close })}
    >
      <TextInput
        type="date"
        required
        label={t('intake.meeting.heldDate')}
        min={earliest}
        max={latest}
        value={heldOn}
        onChange={(e) => setHeldOn(e.currentTarget.value)}
      />
    </ConfirmDialog>
  );
}
