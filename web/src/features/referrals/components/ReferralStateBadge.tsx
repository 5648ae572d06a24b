import { useTranslation } from 'react-i18next';
import type { ReferralState } from '../../../../../common/offer.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';

const TONE: Record<ReferralState, 'success' | 'neutral' | 'warning' | 'info'> = {
  draft: 'neutral',
  sent: 'info',
  accepted: 'success',
  declined: 'warning',
  waitlisted: 'info',
  started: 'success',
  ended: 'neutral',
  withdrawn: 'neutral',
  expired: 'warning',
};

export function ReferralStateBadge({ state }: { state: ReferralState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[state]}>{t(`offer.referralStates.${state}`)}</StatusBadge>;
}
