import { Card, DataList, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { Period } from '../../../ui/Period.tsx';
import type { Consent } from '../types.ts';
import { ConsentMethodText } from './ConsentMethodText.tsx';
import { ConsentStatusBadge } from './ConsentStatusBadge.tsx';
import { isWithdrawable, WithdrawConsentButton } from './WithdrawConsentButton.tsx';

interface ConsentCardProps {
  consent: Consent;
  /** Absent when the user may not withdraw consents. */
  onWithdraw?: (consentId: string) => Promise<unknown>;
}

/** One consent as a card, for narrow screens: for what, for how long, how, and whether it holds. */
export function ConsentCard({ consent, onWithdraw }: ConsentCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="sm" component="li">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xs">
        <Text fw={700}>{t(`categories.${consent.category}`)}</Text>
        <ConsentStatusBadge status={consent.status} expiresSoon={consent.expiresSoon} />
      </Group>
      <DataList size="sm" gap={4} labelWidth="7rem">
        <DataList.Item>
          <DataList.ItemLabel>{t('consents.period')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Period from={consent.validFrom} to={consent.validTo} />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('consents.method')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <ConsentMethodText consent={consent} />
          </DataList.ItemValue>
        </DataList.Item>
        {consent.withdrawnAt && (
          <DataList.Item>
            <DataList.ItemLabel>{t('consents.withdrawnAt')}</DataList.ItemLabel>
            <DataList.ItemValue>
              <Ltr>{formatDateTime(consent.withdrawnAt)}</Ltr>
            </DataList.ItemValue>
          </DataList.Item>
        )}
      </DataList>
      {onWithdraw && isWithdrawable(consent) && (
        <Group justify="flex-end" mt="sm">
          <WithdrawConsentButton consent={consent} onWithdraw={onWithdraw} />
        </Group>
      )}
    </Card>
  );
}
