import { useState } from 'react';
import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { Period } from '../../../ui/Period.tsx';
import type { Contract } from '../api.ts';
import { useContracts } from '../hooks.ts';
import { ContractFormModal } from './ContractFormModal.tsx';
import { FulfilmentBadge, FulfilmentBar } from './FulfilmentBar.tsx';

/** The contracts with employment requirements, a warning on top naming those behind plan, and the form to add or change one. */
export function ContractsSection() {
  const { t } = useTranslation();
  const contracts = useContracts();
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const behind = contracts.data?.items.filter((c) => c.behind) ?? [];
  return (
    <Stack gap="md" component="section" aria-labelledby="contracts-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3" id="contracts-heading">
          {t('procurement.contracts.title')}
        </Title>
        {contracts.data?.mayCreate && <Button onClick={() => setEditing('new')}>{t('procurement.contracts.add')}</Button>}
      </Group>
      {contracts.data && <Text size="sm">{t('procurement.contracts.intro', { date: isolateLtr(formatDate(contracts.data.today)) })}</Text>}
      {contracts.isPending && <Loading />}
      <ErrorNotice error={contracts.error} />
      {behind.length > 0 && (
        <Alert color="orange" variant="light" title={t('procurement.contracts.warningTitle')}>
          <Text size="sm">{t('procurement.contracts.warning', { count: behind.length })}</Text>
          <List size="sm" mt={4}>
            {behind.map((c) => (
              <List.Item key={c.id}>
                <bdi>{c.name}</bdi>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {contracts.data && contracts.data.items.length === 0 && <Text c="dimmed">{t('procurement.contracts.none')}</Text>}
      <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {contracts.data?.items.map((c) => (
          <ContractCard key={c.id} contract={c} onEdit={() => setEditing(c)} />
        ))}
      </Stack>
      {editing && <ContractFormModal contract={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

/** A contract year's dates as one left-to-right run, so that the range reads the same way in Arabic. */
const range = (y: { from: string; to: string }) => isolateLtr(`${formatDate(y.from)} – ${formatDate(y.to)}`);

function ContractCard({ contract: c, onEdit }: { contract: Contract; onEdit: () => void }) {
  const { t } = useTranslation();
  const years = c.fulfilment.years;
  const current = years[years.length - 1];
  const earlier = years.slice(0, -1);
  return (
    <Paper component="li" withBorder p="md" aria-label={c.name}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4">
              <bdi>{c.name}</bdi>
            </Title>
            <Text size="sm">
              {t('procurement.contracts.supplier')}: <bdi>{c.supplierOrganisationName}</bdi> · {t('procurement.contracts.procurer')}:{' '}
              <bdi>{c.procuringOrganisationName}</bdi>
            </Text>
            <Text size="sm">
              {t('procurement.contracts.period')}: <Period from={c.startDate} to={c.endDate} />
              {c.reference && (
                <>
                  {' '}
                  · {t('procurement.contracts.reference')}: <bdi>{c.reference}</bdi>
                </>
              )}
            </Text>
          </Stack>
          <Group gap="xs">
            <FulfilmentBadge status={c.fulfilment.status} />
            {c.mayChange && (
              <Button variant="default" size="xs" onClick={onEdit} aria-label={`${t('procurement.contracts.edit')}: ${c.name}`}>
                {t('procurement.contracts.edit')}
              </Button>
            )}
          </Group>
        </Group>
        {current && c.requirements.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t('procurement.contracts.year', { n: current.year, period: range(current) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {current.requirements.map((r) => (
                <FulfilmentBar key={r.kind} requirement={r} />
              ))}
            </SimpleGrid>
          </Stack>
        )}
        {c.requirements.length === 0 && <Text size="sm">{t('procurement.contracts.noRequirements')}</Text>}
        {earlier.length > 0 && (
          <details>
            <summary>{t('procurement.contracts.history')}</summary>
            <Stack gap={4} mt="xs">
              {earlier.map((y) => (
                <Text size="sm" key={y.year}>
                  {t('procurement.contracts.year', { n: y.year, period: range(y) })}:{' '}
                  {y.requirements
                    .map(
                      (r) =>
                        `${t(`procurement.requirementKinds.${r.kind}`)} ${r.achieved}/${r.required} (${t(`procurement.status.${r.status}`)})`,
                    )
                    .join(', ')}
                </Text>
              ))}
            </Stack>
          </details>
        )}
        <Text size="sm">
          {t('procurement.contracts.interventions')}:{' '}
          {c.interventions.length === 0
            ? t('procurement.contracts.noInterventions')
            : c.interventions.map((i, n) => (
                <span key={i.id}>
                  {n > 0 && ', '}
                  <Anchor component={Link} to={`/catalogue/${i.id}`}>
                    <bdi>{i.name}</bdi>
                  </Anchor>
                </span>
              ))}
        </Text>
      </Stack>
    </Paper>
  );
}
