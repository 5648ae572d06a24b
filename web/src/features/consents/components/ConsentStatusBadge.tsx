import { Group } from '@mantine/core';
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

/** The consent's status, and beside an active one that ends within 30 days, "ends soon". */
export function ConsentStatusBadge({ status, expiresSoon = false }: { status: ConsentStatus; expiresSoon?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <StatusBadge tone={TONES[status]}>{t(`consentStatus.${status}`)}</StatusBadge>
      {expiresSoon && <StatusBadge tone="warning">{t('consents.expiresSoon')}</StatusBadge>}
    </Group>
  );
}
