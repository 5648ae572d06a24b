import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { Period } from '../../../ui/Period.tsx';
import type { Consent } from '../types.ts';
import { ConsentMethodText } from './ConsentMethodText.tsx';
import { ConsentStatusBadge } from './ConsentStatusBadge.tsx';
import { isWithdrawable, WithdrawConsentButton } from './WithdrawConsentButton.tsx';

interface ConsentTableProps {
  consents: Consent[];
  /** Absent when the user may not withdraw consents. */
  onWithdraw?: (consentId: string) => Promise<unknown>;
  /** The id of the heading naming the organisation. */
  labelledBy: string;
}

/** One organisation's consents as a table, for wide screens. */
export function ConsentTable({ consents, onWithdraw, labelledBy }: ConsentTableProps) {
  const { t } = useTranslation();
  return (
    <Table verticalSpacing="xs" layout="fixed" aria-labelledby={labelledBy}>
      <Table.Thead>
        <Table.Tr>
          {/* Fixed widths keep the columns aligned across the organisations' tables. */}
          <Table.Th scope="col" w="24%">
            {t('consents.category')}
          </Table.Th>
          <Table.Th scope="col" w="22%">
            {t('consents.period')}
          </Table.Th>
          <Table.Th scope="col" w="24%">
            {t('consents.method')}
          </Table.Th>
          <Table.Th scope="col" w="14%">
            {t('consents.status')}
          </Table.Th>
          {onWithdraw && (
            <Table.Th scope="col" w="16%">
              {t('common.actions')}
            </Table.Th>
          )}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {consents.map((consent) => (
          <Table.Tr key={consent.id}>
            <Table.Td>{t(`categories.${consent.category}`)}</Table.Td>
            <Table.Td>
              <Period from={consent.validFrom} to={consent.validTo} />
            </Table.Td>
            <Table.Td>
              <ConsentMethodText consent={consent} />
            </Table.Td>
            <Table.Td>
              <ConsentStatusBadge status={consent.status} expiresSoon={consent.expiresSoon} />
              {consent.withdrawnAt && (
                <Text size="xs" c="dimmed" mt={4}>
                  <Ltr>{formatDateTime(consent.withdrawnAt)}</Ltr>
                </Text>
              )}
            </Table.Td>
            {onWithdraw && (
              <Table.Td>{isWithdrawable(consent) && <WithdrawConsentButton consent={consent} onWithdraw={onWithdraw} />}</Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
