import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../ui/Loading.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import { Period } from '../../../ui/Period.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { useEngagements } from '../hooks.ts';
import type { Engagement } from '../types.ts';

/** Which organisations work with the person, since when, and who their case worker is. */
export function EngagementList({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const engagements = useEngagements(participantId);
  const wide = useWideScreen('sm');
  const items = engagements.data ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="engagements-heading">
      <Title order={2} size="h3" id="engagements-heading" mb="sm">
        {t('engagements.title')}
      </Title>
      <Stack>
        {engagements.isPending && <Loading />}
        <QueryError error={engagements.error} topic="engagements" />
        {engagements.data && items.length === 0 && <Text>{t('engagements.empty')}</Text>}
        {items.length > 0 && (wide ? <EngagementTable items={items} /> : <EngagementStack items={items} />)}
      </Stack>
    </Paper>
  );
}

function EngagementTable({ items }: { items: Engagement[] }) {
  const { t } = useTranslation();
  return (
    <Table aria-labelledby="engagements-heading">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('engagements.organisation')}</Table.Th>
          <Table.Th scope="col">{t('engagements.caseworker')}</Table.Th>
          <Table.Th scope="col">{t('engagements.period')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((engagement) => (
          <Table.Tr key={engagement.id}>
            <Table.Td>{engagement.organisationName}</Table.Td>
            <Table.Td>{engagement.caseworkerName ?? t('common.none')}</Table.Td>
            <Table.Td>
              <Period from={engagement.startDate} to={engagement.endDate} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: one short block per organisation instead of a table that does not fit. */
function EngagementStack({ items }: { items: Engagement[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((engagement) => (
        <li key={engagement.id}>
          <Text fw={600}>{engagement.organisationName}</Text>
          <Text size="sm">{t('engagements.caseworkerIs', { name: engagement.caseworkerName ?? t('common.none') })}</Text>
          <Text size="sm" c="dimmed">
            <Period from={engagement.startDate} to={engagement.endDate} />
          </Text>
        </li>
      ))}
    </Stack>
  );
}
