import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../../common/plan.ts';
import { limits } from '../../../../../common/limits.ts';
import { useTransitionActivity } from '../hooks.ts';
import type { Activity, SavedActivity } from '../types.ts';
import { PlanErrorNotice } from './PlanErrorNotice.tsx';

/** Moves an activity to one of the statuses its life cycle allows; cancelling needs a reason. */
export function StatusModal({
  participantId,
  activity,
  onClose,
  onSaved,
  onReload,
}: {
  participantId: string;
  activity: Activity;
  onClose: () => void;
  onSaved: (saved: SavedActivity) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const move = useTransitionActivity(participantId, activity.id);
  const [to, setTo] = useState<ActivityStatus>(activity.allowed.transitions[0] ?? activity.status);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const lacksReason = to === 'cancelled' && !reason.trim();
    setMissing(lacksReason);
    if (lacksReason) return;
    move.mutate({ to, version: activity.version, ...(to === 'cancelled' ? { reason: reason.trim() } : {}) }, { onSuccess: onSaved });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('plan.transition.title', { title: activity.title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect label={t('plan.transition.to')} value={to} onChange={(e) => setTo(e.currentTarget.value as ActivityStatus)}>
            {activity.allowed.transitions.map((status) => (
              <option key={status} value={status}>
                {t(`plan.statuses.${status}`)}
              </option>
            ))}
          </NativeSelect>
          {to === 'cancelled' && (
            <Textarea
              label={t('plan.transition.reason')}
              value={reason}
              required
              autosize
              minRows={2}
              maxLength={limits.textMax}
              error={missing ? t('plan.transition.reasonRequired') : undefined}
              onChange={(e) => setReason(e.currentTarget.value)}
            />
          )}
          {(to === 'done' || to === 'cancelled') && <Text size="sm">{t('plan.transition.lockedHint')}</Text>}
          <PlanErrorNotice error={move.error} subject="activity" onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending}>
              {t('plan.transition.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
