import { useState } from 'react';
import { Button, Card, Group, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { StatusBadge } from '../../../ui/StatusBadge.tsx';
import { usePageTitle } from '../../../ui/usePageTitle.ts';
import type { FollowUpListItem, FollowUpState } from '../api.ts';
import { useFollowUps } from '../hooks.ts';
import { finsamLabel } from '../types.ts';
import { RecordFollowUpDialog } from './RecordFollowUpDialog.tsx';

const TABS: FollowUpState[] = ['due', 'missed', 'upcoming', 'recorded'];
const TONE = { due: 'info', missed: 'warning', upcoming: 'neutral', recorded: 'success' } as const;

export function FollowUpStateBadge({ state }: { state: FollowUpState }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONE[state]}>{t(`participations.states.${state}`)}</StatusBadge>;
}

/**
 * The organisation's follow-ups after ended participations: due now (from a week before the date), missed (30 days
 * after it, unrecorded), upcoming and recorded. Recording asks for the situation then, or "could not be reached".
 */
export function FollowUpsPage() {
  const { t } = useTranslation();
  usePageTitle(t('participations.followUps.title'));
  const [params, setParams] = useSearchParams();
  const chosen = params.get('state') as FollowUpState | null;
  const state: FollowUpState = chosen && TABS.includes(chosen) ? chosen : 'due';
  const list = useFollowUps(state);
  const [recording, setRecording] = useState<FollowUpListItem | null>(null);
  const counts = list.data?.counts;
  return (
    <Stack gap="md">
      <Title order={1}>{t('participations.followUps.title')}</Title>
      <Text>{t('participations.followUps.intro')}</Text>
      <Tabs value={state} onChange={(v) => v && setParams({ state: v }, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`participations.followUps.tabs.${s}`, { count: counts?.[s] ?? 0 })}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((s) => (
          <Tabs.Panel key={s} value={s} pt="md">
            {list.isPending && <Loading />}
            <ErrorNotice error={list.error} />
            {list.data && list.data.items.length === 0 && <Text>{t('participations.followUps.empty')}</Text>}
            <Stack gap="sm">
              {list.data?.items.map((item) => (
                <FollowUpCard key={item.id} item={item} onRecord={() => setRecording(item)} />
              ))}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>
      {list.data && <MissedByIntervention rows={list.data.missedByIntervention} />}
      {recording && <RecordFollowUpDialog item={recording} onClose={() => setRecording(null)} />}
    </Stack>
  );
}

function FollowUpCard({ item, onRecord }: { item: FollowUpListItem; onRecord: () => void }) {
  const { t } = useTranslation();
  const heading = `follow-up-${item.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={heading}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={heading} dir="auto">
            {item.participantName ?? t('participations.followUps.aParticipant')}
          </Text>
          <FollowUpStateBadge state={item.state} />
        </Group>
        <Text size="sm">
          {t('participations.followUps.intervention')}: <bdi>{item.interventionName}</bdi>
        </Text>
        <Text size="sm">
          {t('participations.followUps.endedOn')}: <Ltr>{formatDate(item.endDate)}</Ltr>
          {item.endReason && <> · {finsamLabel(t, 'endReason', item.endReason)}</>}
        </Text>
        <Text size="sm">
          {t('participations.list.daysAfter', { days: item.daysAfterEnd })} · {t('participations.followUps.dueDate')}:{' '}
          <Ltr>{formatDate(item.dueDate)}</Ltr>
        </Text>
        {item.state === 'recorded' && (
          <Text size="sm">
            {t('participations.followUps.result')}:{' '}
            {item.notReachable
              ? t('participations.followUps.notReachable')
              : item.situation && finsamLabel(t, 'occupation', item.situation.occupation)}
          </Text>
        )}
        {item.state !== 'recorded' && item.state !== 'upcoming' && (
          <Button size="xs" onClick={onRecord} style={{ alignSelf: 'flex-start' }} aria-describedby={heading}>
            {t('participations.followUps.record')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function MissedByIntervention({ rows }: { rows: { interventionId: string; interventionName: string; missed: number }[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="missed-title">
      <Title order={2} size="h4" id="missed-title" mb="xs">
        {t('participations.followUps.missedTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{t('participations.followUps.noneMissed')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('participations.followUps.intervention')}</Table.Th>
              <Table.Th>{t('participations.followUps.missedCount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.interventionId}>
                <Table.Td dir="auto">{r.interventionName}</Table.Td>
                <Table.Td>
                  <Ltr>{r.missed}</Ltr>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
