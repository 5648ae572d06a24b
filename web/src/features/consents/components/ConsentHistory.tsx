import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { Ltr } from '../../../ui/Ltr.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { Consent, ConsentEvent } from '../types.ts';

/** Every change to the person's consents, newest first: what, for whom, who did it and when. */
export function ConsentHistory({ events, consents }: { events: readonly ConsentEvent[]; consents: readonly Consent[] }) {
  const { t } = useTranslation();
  const wide = useWideScreen('sm');
  const byId = new Map(consents.map((c) => [c.id, c]));
  if (events.length === 0) return <Text>{t('consents.historyEmpty')}</Text>;
  const subject = (e: ConsentEvent) => {
    const c = byId.get(e.consentId);
    return c ? t('consents.eventSubject', { category: t(`categories.${c.category}`), organisation: c.organisationName }) : '';
  };
  const who = (e: ConsentEvent) => e.byName ?? t('consents.unknownUser');
  if (!wide)
    return (
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('consents.historyCaption')}>
        {events.map((e) => (
          <li key={`${e.consentId}-${e.kind}`}>
            <Text size="sm" fw={600}>
              {t(`consents.event.${e.kind}`)}: {subject(e)}
            </Text>
            <Text size="sm" c="dimmed">
              <Ltr>{formatDateTime(e.at)}</Ltr> · {who(e)}
            </Text>
          </li>
        ))}
      </Stack>
    );
  return (
    <Table verticalSpacing="xs">
      <Table.Caption className="visually-hidden">{t('consents.historyCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('consents.historyWhen')}</Table.Th>
          <Table.Th scope="col">{t('consents.historyWhat')}</Table.Th>
          <Table.Th scope="col">{t('consents.historyWho')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.map((e) => (
          <Table.Tr key={`${e.consentId}-${e.kind}`}>
            <Table.Td>
              <Ltr>{formatDateTime(e.at)}</Ltr>
            </Table.Td>
            <Table.Td>
              {t(`consents.event.${e.kind}`)}: {subject(e)}
            </Table.Td>
            <Table.Td>{who(e)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
