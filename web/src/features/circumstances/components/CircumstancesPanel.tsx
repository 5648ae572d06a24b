import { useState } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CIRCUMSTANCE_KINDS, type CircumstanceKind } from '../../../../../common/offer.ts';
import { formatDate, today } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/http.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { QueryError } from '../../../ui/QueryError.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { useWideScreen } from '../../../ui/useScreen.ts';
import type { PersonSectionProps } from '../../person/types.ts';
import type { Circumstance } from '../api.ts';
import { useCircumstances, useRecordCircumstance } from '../hooks.ts';

function Period({ c }: { c: Circumstance }) {
  return (
    <Ltr>
      {formatDate(c.fromDate)} – {c.toDate ? formatDate(c.toDate) : ''}
    </Ltr>
  );
}

/**
 * The person's circumstances that decide which interventions they can take part in (registered at
 * Arbetsförmedlingen, establishment programme, social assistance, utbildningsplikt, short education): shown to the
 * person and to staff with consent for intake; casework staff record and end them.
 */
export function CircumstancesPanel({ participantId, viewer }: PersonSectionProps) {
  const { t } = useTranslation();
  const wide = useWideScreen('sm');
  const list = useCircumstances(participantId);
  const { record, end } = useRecordCircumstance(participantId);
  const [kind, setKind] = useState<CircumstanceKind>('establishment_programme');
  const [fromDate, setFromDate] = useState(today());
  const [toDate, setToDate] = useState('');
  const [ending, setEnding] = useState<{ id: string; toDate: string } | null>(null);
  const mayRecord = viewer === 'staff' && !!list.data?.mayRecord;
  const items = list.data?.items ?? [];
  const status = (c: Circumstance) => (
    <StatusBadge tone={c.active ? 'success' : 'neutral'}>{t(c.active ? 'circumstances.active' : 'circumstances.ended')}</StatusBadge>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="circumstances-heading">
      <Title order={2} size="h3" id="circumstances-heading">
        {t('circumstances.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('circumstances.intro')}
      </Text>
      <QueryError error={list.error} topic="intake" />
      {list.data && items.length === 0 && <Text size="sm">{t('circumstances.none')}</Text>}
      {items.length > 0 && wide && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('circumstances.kind')}</Table.Th>
              <Table.Th>{t('circumstances.since')}</Table.Th>
              <Table.Th>{t('circumstances.recordedBy')}</Table.Th>
              <Table.Th />
              {mayRecord && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{t(`circumstances.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>
                  <Period c={c} />
                </Table.Td>
                <Table.Td>{c.recordedByOrganisationName}</Table.Td>
                <Table.Td>{status(c)}</Table.Td>
                {mayRecord && (
                  <Table.Td>
                    {c.toDate === null && (
                      <Button size="xs" variant="default" onClick={() => setEnding({ id: c.id, toDate: today() })}>
                        {t('circumstances.end')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {items.length > 0 && !wide && (
        <Stack gap="xs">
          {items.map((c) => (
            <Paper key={c.id} withBorder p="xs">
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {t(`circumstances.kinds.${c.kind}`)}
                </Text>
                {status(c)}
              </Group>
              <Text size="sm">
                <Period c={c} /> · {c.recordedByOrganisationName}
              </Text>
              {mayRecord && c.toDate === null && (
                <Button mt={4} size="xs" variant="default" onClick={() => setEnding({ id: c.id, toDate: today() })}>
                  {t('circumstances.end')}
                </Button>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {ending && (
        <Group align="flex-end" mt="sm">
          <TextInput
            type="date"
            label={t('circumstances.endDate')}
            value={ending.toDate}
            onChange={(e) => setEnding({ ...ending, toDate: e.currentTarget.value })}
          />
          <Button onClick={() => end.mutate(ending, { onSuccess: () => setEnding(null) })} loading={end.isPending}>
            {t('circumstances.end')}
          </Button>
        </Group>
      )}
      <ErrorNotice error={end.error} />
      {mayRecord && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            record.mutate({ kind, fromDate, toDate: toDate || null }, { onSuccess: () => setToDate('') });
          }}
        >
          <Group align="flex-end" mt="md" wrap="wrap">
            <Select
              label={t('circumstances.kind')}
              data={CIRCUMSTANCE_KINDS.map((k) => ({ value: k, label: t(`circumstances.kinds.${k}`) }))}
              value={kind}
              allowDeselect={false}
              onChange={(k) => k && setKind(k as CircumstanceKind)}
              w={{ base: '100%', sm: 300 }}
            />
            <TextInput
              type="date"
              required
              label={t('circumstances.fromDate')}
              value={fromDate}
              onChange={(e) => setFromDate(e.currentTarget.value)}
            />
            <TextInput type="date" label={t('circumstances.toDate')} value={toDate} onChange={(e) => setToDate(e.currentTarget.value)} />
            <Button type="submit" loading={record.isPending}>
              {t('circumstances.add')}
            </Button>
          </Group>
          {isApiError(record.error, 'conflict') ? (
            <Alert color="red" mt="sm">
              {t('circumstances.overlaps')}
            </Alert>
          ) : (
            <ErrorNotice error={record.error} />
          )}
        </form>
      )}
    </Paper>
  );
}
