import { useTranslation } from 'react-i18next';
import type { statusColors } from '../../../app/theme.ts';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import type { ConsentStatus } from '../types.ts';

const TONES: Record<ConsentStatus, keyof typeof statusColors> = {
  active: 'success',
  future: 'info',
  expired: 'warning',
  withdrawn: 'neutral',
};

export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]}>{t(`consentStatus.${status}`)}</StatusBadge>;
}
