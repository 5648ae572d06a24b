import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReferralState } from '../../../../../common/offer.ts';
import { EndParticipationDialog, StartParticipationDialog } from '../../participations/components/ParticipationDialog.tsx';
import { finsamLabel } from '../../participations/types.ts';

interface Props {
  referral: {
    id: string;
    state: ReferralState;
    version: number;
    interventionName: string;
    participationId: string | null;
    outcome: string | null;
    mayRecordParticipation: boolean;
  };
}

/**
 * The loop's last steps on a referral: the provider starts an accepted one and ends a started one; once ended, both
 * sides read the outcome (the end reason).
 */
export function ParticipationSteps({ referral: r }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'start' | 'end' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      {r.state === 'ended' && r.outcome && (
        <Text size="sm">
          {t('referralsStaff.outcome')}: <strong>{finsamLabel(t, 'endReason', r.outcome)}</strong>
        </Text>
      )}
      {r.mayRecordParticipation && (r.state === 'accepted' || (r.state === 'started' && r.participationId)) && (
        <Group gap="xs">
          <Button size="xs" onClick={() => setOpen(r.state === 'accepted' ? 'start' : 'end')}>
            {t(r.state === 'accepted' ? 'referralsStaff.actions.start' : 'referralsStaff.actions.end')}
          </Button>
        </Group>
      )}
      {open === 'start' && (
        <StartParticipationDialog referralId={r.id} version={r.version} interventionName={r.interventionName} onClose={close} />
      )}
      {open === 'end' && r.participationId && (
        <EndParticipationDialog participationId={r.participationId} interventionName={r.interventionName} onClose={close} />
      )}
    </>
  );
}
