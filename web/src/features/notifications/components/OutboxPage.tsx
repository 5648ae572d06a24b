import { Alert, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { Pager } from '../../participants/components/Pager.tsx';
import { OUTBOX_PAGE_SIZE, useOutbox } from '../hooks.ts';
import type { OutboxState } from '../types.ts';

const STATE_COLOURS: Record<OutboxState, string> = { queued: 'gray.8', retrying: 'orange.9', sent: 'green.9', failed: 'red.9' };

/** The administrator's view of notification e-mail: queued, sent or failed, with the error code of the last attempt. */
export function OutboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('outbox.title'));
  const wide = useWideScreen('md');
  const [offset, setOffset] = useState(0);
  const outbox = useOutbox(offset);
  return (
    <Stack gap="md">
      <Title order={1}>{t('outbox.title')}</Title>
      <Text>{t('outbox.intro')}</Text>
      {outbox.data && (
        <Alert variant="light" color={outbox.data.sending ? 'green' : 'yellow'}>
          {outbox.data.sending ? t('outbox.sending') : t('outbox.notSending')}
        </Alert>
      )}
      {outbox.isPending && <Loading />}
      <ErrorNotice error={outbox.error} />
      {outbox.data && outbox.data.total === 0 && <Text>{t('outbox.empty')}</Text>}
      {outbox.data && outbox.data.total > 0 && (
        <Paper withBorder p="md">
          <Table.ScrollContainer minWidth={wide ? 900 : 0}>
            <Table verticalSpacing="xs" className="stacked-table">
              <Table.Caption className="visually-hidden">{t('outbox.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('outbox.createdAt')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.to')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.kind')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.subject')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.state')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.attempts')}</Table.Th>
                  <Table.Th scope="col">{t('outbox.lastError')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outbox.data.items.map((row) => (
                  <Table.Tr key={row.id}>
                    <Table.Td data-label={t('outbox.createdAt')}>
                      <Ltr>{formatDateTime(row.createdAt)}</Ltr>
                    </Table.Td>
                    <Table.Td data-label={t('outbox.to')}>
                      <Ltr>{row.toAddress}</Ltr>
                    </Table.Td>
                    <Table.Td data-label={t('outbox.kind')}>{t(`notifications.kinds.${row.kind}`)}</Table.Td>
                    <Table.Td data-label={t('outbox.subject')}>
                      <details dir="auto">
                        <summary>{row.subject}</summary>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {row.body}
                        </Text>
                      </details>
                    </Table.Td>
                    <Table.Td data-label={t('outbox.state')}>
                      <Badge color={STATE_COLOURS[row.state]} variant="filled">
                        {t(`outbox.states.${row.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td data-label={t('outbox.attempts')}>
                      <Ltr>{row.attempts}</Ltr>
                    </Table.Td>
                    <Table.Td data-label={t('outbox.lastError')}>
                      {row.lastError ? <Ltr>{row.lastError}</Ltr> : t('outbox.noError')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Pager offset={offset} limit={OUTBOX_PAGE_SIZE} total={outbox.data.total} shown={outbox.data.items.length} onChange={setOffset} />
        </Paper>
      )}
    </Stack>
  );
}
