import { Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { Pager } from '../../participants/components/Pager.tsx';
import { RETENTION_LOG_PAGE_SIZE, useRetentionLog } from '../hooks.ts';

/** What the job removed, newest first, a page at a time: never the content, never the person. */
export function RetentionLogTable() {
  const { t } = useTranslation();
  const wide = useWideScreen('sm');
  const [offset, setOffset] = useState(0);
  const log = useRetentionLog(offset);
  if (log.isPending) return <Loading />;
  if (!log.data) return <ErrorNotice error={log.error} />;
  if (log.data.total === 0) return <Text>{t('retention.logEmpty')}</Text>;
  const category = (c: string) => t(`retention.categories.${c}`, { defaultValue: c });
  return (
    <>
      <Table.ScrollContainer minWidth={wide ? 760 : 0}>
        <Table verticalSpacing="xs" className="stacked-table">
          <Table.Caption className="visually-hidden">{t('retention.logCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('retention.at')}</Table.Th>
              <Table.Th scope="col">{t('retention.category')}</Table.Th>
              <Table.Th scope="col">{t('retention.table')}</Table.Th>
              <Table.Th scope="col">{t('retention.action')}</Table.Th>
              <Table.Th scope="col">{t('retention.rows')}</Table.Th>
              <Table.Th scope="col">{t('retention.rule')}</Table.Th>
              <Table.Th scope="col">{t('retention.lastEngagementEnd')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {log.data.items.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td data-label={t('retention.at')}>
                  <Ltr>{formatDateTime(entry.at)}</Ltr>
                </Table.Td>
                <Table.Td data-label={t('retention.category')}>{category(entry.category)}</Table.Td>
                <Table.Td data-label={t('retention.table')}>
                  <Ltr>{entry.table}</Ltr>
                </Table.Td>
                <Table.Td data-label={t('retention.action')}>{t(`retention.actions.${entry.action}`)}</Table.Td>
                <Table.Td data-label={t('retention.rows')}>
                  <Ltr>{entry.rows}</Ltr>
                </Table.Td>
                <Table.Td data-label={t('retention.rule')}>{t('retention.ruleMonths', { months: entry.ruleMonths })}</Table.Td>
                <Table.Td data-label={t('retention.lastEngagementEnd')}>
                  <Ltr>{formatDate(entry.lastEngagementEnd)}</Ltr>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Pager offset={offset} limit={RETENTION_LOG_PAGE_SIZE} total={log.data.total} shown={log.data.items.length} onChange={setOffset} />
    </>
  );
}
