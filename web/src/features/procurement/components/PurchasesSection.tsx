import { useState } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { formatKronor } from '../../catalogue/money.ts';
import type { Purchase, PurchaseFilters, PurchaseList } from '../api.ts';
import { usePurchases } from '../hooks.ts';
import { PurchaseFormModal } from './PurchaseFormModal.tsx';

/**
 * What the municipality buys from social enterprises, per year and enterprise with totals, narrowed to one year or
 * one enterprise, and the form to record a purchase or correct one.
 */
export function PurchasesSection() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<PurchaseFilters>({});
  const list = usePurchases(filters);
  const [editing, setEditing] = useState<Purchase | 'new' | null>(null);
  const kronor = (ore: number) => <Ltr>{formatKronor(ore, i18n.language)}</Ltr>;
  return (
    <Stack gap="md" component="section" aria-labelledby="purchases-heading">
      <Group justify="space-between" align="flex-end" gap="xs">
        <Title order={2} size="h3" id="purchases-heading">
          {t('procurement.purchases.title')}
        </Title>
        {list.data?.mayCreate && <Button onClick={() => setEditing('new')}>{t('procurement.purchases.add')}</Button>}
      </Group>
      <Text size="sm">{t('procurement.purchases.intro')}</Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('procurement.purchases.year')}
          data={[
            { value: '', label: t('procurement.purchases.allYears') },
            ...(list.data?.years ?? []).map((y) => ({ value: String(y), label: String(y) })),
          ]}
          value={filters.year === undefined ? '' : String(filters.year)}
          onChange={(e) => setFilters({ ...filters, year: e.currentTarget.value ? Number(e.currentTarget.value) : undefined })}
        />
        <NativeSelect
          label={t('procurement.purchases.enterprise')}
          data={[
            { value: '', label: t('procurement.purchases.allEnterprises') },
            ...(list.data?.socialEnterprises ?? []).map((e) => ({ value: e.id, label: e.name })),
          ]}
          value={filters.supplierOrganisationId ?? ''}
          onChange={(e) => setFilters({ ...filters, supplierOrganisationId: e.currentTarget.value || undefined })}
        />
      </Group>
      {list.isPending && <Loading />}
      <ErrorNotice error={list.error} />
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('procurement.purchases.none')}</Text>}
      {list.data && list.data.totals.length > 0 && <Totals totals={list.data.totals} kronor={kronor} />}
      {list.data && list.data.items.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="purchase-list-heading">
          <Title order={3} size="h4" id="purchase-list-heading">
            {t('procurement.purchases.list')}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {list.data.items.map((p) => (
              <Paper component="li" withBorder p="sm" key={p.id}>
                <Group justify="space-between" align="flex-start" gap="xs">
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      <Ltr>{p.year}</Ltr> · <bdi>{p.supplierOrganisationName}</bdi> · {t(`procurement.purchaseKinds.${p.kind}`)} ·{' '}
                      {kronor(p.amountOre)}
                    </Text>
                    <Text size="sm" dir="auto">
                      {p.description}
                    </Text>
                    <Text size="xs">
                      {t('procurement.purchases.buyer')}: <bdi>{p.buyerOrganisationName}</bdi>
                    </Text>
                  </Stack>
                  {p.mayChange && (
                    <Button
                      variant="default"
                      size="xs"
                      onClick={() => setEditing(p)}
                      aria-label={`${t('procurement.purchases.edit')}: ${p.description}`}
                    >
                      {t('procurement.purchases.edit')}
                    </Button>
                  )}
                </Group>
              </Paper>
            ))}
          </Stack>
        </Stack>
      )}
      {editing && list.data && (
        <PurchaseFormModal
          purchase={editing === 'new' ? null : editing}
          socialEnterprises={list.data.socialEnterprises}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** Per year, the total and each enterprise's sum with its kinds. */
function Totals({ totals, kronor }: { totals: PurchaseList['totals']; kronor: (ore: number) => React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="purchase-totals-heading">
      <Title order={3} size="h4" id="purchase-totals-heading">
        {t('procurement.purchases.totals')}
      </Title>
      {totals.map((y) => (
        <Paper withBorder p="sm" key={y.year}>
          <Text fw={600}>
            {t('procurement.purchases.totalYear', { year: y.year })}: {kronor(y.amountOre)}
          </Text>
          <Stack gap={2} component="ul" style={{ paddingInlineStart: 18, margin: 0 }}>
            {y.suppliers.map((s) => (
              <Text component="li" size="sm" key={s.supplierOrganisationId}>
                <bdi>{s.supplierOrganisationName}</bdi>: {kronor(s.amountOre)} (
                {s.byKind.map((k, i) => (
                  <span key={k.kind}>
                    {i > 0 && ', '}
                    {t(`procurement.purchaseKinds.${k.kind}`)} {kronor(k.amountOre)}
                  </span>
                ))}
                )
              </Text>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
