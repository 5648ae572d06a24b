import { useState } from 'react';
import { Alert, Button, Group, List, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DECLINE_REASONS, type DeclineReason } from '../../../../../common/offer.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import type { ReferralAction } from '../api.ts';
import { useMoveReferral } from '../hooks.ts';

type Movable = Exclude<ReferralAction, 'expire'>;
export type WarningCode = 'not_eligible' | 'eligibility_unknown' | 'not_active' | 'no_places';

/** The buttons for the steps open to the user's side; declining asks for a reason, withdrawing for a text. */
export function ReferralActions({ id, version, actions }: { id: string; version: number; actions: ReferralAction[] }) {
  const { t } = useTranslation();
  const move = useMoveReferral();
  const [asking, setAsking] = useState<'decline' | 'withdraw' | null>(null);
  const [declineReason, setDeclineReason] = useState<DeclineReason>('no_capacity');
  const [reason, setReason] = useState('');
  const warnings = isApiError(move.error, 'conflict')
    ? ((move.error.details as { warnings?: { code: WarningCode }[] } | undefined)?.warnings ?? null)
    : null;
  const go = (action: Movable, extra: object = {}) => move.mutate({ id, action, version, ...extra }, { onSuccess: () => setAsking(null) });
  const open = actions.filter((a): a is Movable => a !== 'expire');
  if (open.length === 0) return null;
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {open.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'accept' || action === 'send' ? 'filled' : 'default'}
            loading={move.isPending && move.variables?.action === action}
            onClick={() => (action === 'decline' || action === 'withdraw' ? setAsking(action) : go(action))}
          >
            {t(`referralsStaff.actions.${action}`)}
          </Button>
        ))}
      </Group>
      {asking === 'decline' && (
        <Group align="flex-end" gap="xs">
          <Select
            label={t('referralsStaff.declineReason')}
            data={DECLINE_REASONS.map((r) => ({ value: r, label: t(`referralsStaff.declineReasons.${r}`) }))}
            value={declineReason}
            allowDeselect={false}
            onChange={(r) => r && setDeclineReason(r as DeclineReason)}
          />
          <Button size="sm" onClick={() => go('decline', { declineReason })}>
            {t('referralsStaff.actions.decline')}
          </Button>
        </Group>
      )}
      {asking === 'withdraw' && (
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('referralsStaff.withdrawReason')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required
            dir="auto"
          />
          <Button size="sm" disabled={!reason.trim()} onClick={() => go('withdraw', { reason })}>
            {t('referralsStaff.actions.withdraw')}
          </Button>
        </Group>
      )}
      {warnings ? (
        <Alert color="yellow" title={t('referralsStaff.warningsTitle')}>
          <List size="sm">
            {warnings.map((w) => (
              <List.Item key={w.code}>{t(`referralsStaff.warnings.${w.code}`)}</List.Item>
            ))}
          </List>
          <Button mt="xs" size="xs" onClick={() => go('send', { confirmWarnings: true })}>
            {t('referralsStaff.sendAnyway')}
          </Button>
        </Alert>
      ) : (
        <ErrorNotice error={isApiError(move.error, 'conflict') ? null : move.error} />
      )}
      {isApiError(move.error, 'conflict') && !warnings && <Alert color="red">{t('referralsStaff.changedMeanwhile')}</Alert>}
    </Stack>
  );
}
