import { useState } from 'react';
import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { budgetExportUrl, type Allocation } from '../api.ts';
import { useBudget } from '../hooks.ts';
import { AllocationFormModal } from './AllocationFormModal.tsx';
import { AllocationsSection } from './AllocationsSection.tsx';
import { BudgetChart } from './BudgetChart.tsx';
import { SpendingFormModal } from './SpendingFormModal.tsx';
import { YearFigures } from './YearFigures.tsx';
import { YearFormModal } from './YearFormModal.tsx';
import { YearsTable } from './YearsTable.tsx';

type Editing =
  | { form: 'year'; isNew: boolean }
  | { form: 'allocation'; allocation: Allocation | null }
  | { form: 'spending'; allocation: Allocation }
  | null;

/**
 * One budget year in detail — its figures, the parties' contributions, the allocations with their spending and the
 * chart of budget against outcome — chosen among the years, which are summed up below; the forms for managers.
 */
export function BudgetSection({ year, onYear }: { year: number | undefined; onYear: (year: number) => void }) {
  const { t, i18n } = useTranslation();
  const budget = useBudget(year);
  const [editing, setEditing] = useState<Editing>(null);
  const data = budget.data;
  const shown = data?.year ?? null;
  const years = data?.years.map((y) => y.year) ?? [];
  return (
    <Stack gap="lg" component="section" aria-labelledby="budget-heading">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Title order={2} size="h3" id="budget-heading">
          {t('forbund.budget.title')}
        </Title>
        {data?.mayManage && <Button onClick={() => setEditing({ form: 'year', isNew: true })}>{t('forbund.budget.openYear')}</Button>}
      </Group>
      {budget.isPending && <Loading />}
      <ErrorNotice error={budget.error} />
      {data && years.length === 0 && <Text>{t(data.mayManage ? 'forbund.budget.noneManage' : 'forbund.budget.none')}</Text>}
      {years.length > 0 && (
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('forbund.budget.year')}
            data={[...(shown ? [] : [{ value: '', label: t('forbund.budget.chooseYear') }]), ...[...years].reverse().map((y) => String(y))]}
            value={shown ? String(shown.year) : ''}
            onChange={(e) => e.currentTarget.value && onYear(Number(e.currentTarget.value))}
            w={{ base: '100%', xs: 160 }}
          />
          {shown && data?.mayManage && (
            <Button variant="default" onClick={() => setEditing({ form: 'year', isNew: false })}>
              {t('forbund.budget.editYear', { year: shown.year })}
            </Button>
          )}
          {shown && (
            <Anchor
              href={budgetExportUrl(shown.year, i18n.language)}
              download
              aria-label={t('forbund.budget.exportLabel', { year: shown.year })}
            >
              {t('forbund.budget.export')}
            </Anchor>
          )}
        </Group>
      )}
      {/* A year asked for in the address that is not open (yet). */}
      {data && !shown && years.length > 0 && <Text>{t('forbund.budget.notOpen', { year: year ?? '' })}</Text>}
      {shown && (
        <>
          {shown.note && (
            <Text size="sm" dir="auto">
              {t('forbund.budget.note')}: {shown.note}
            </Text>
          )}
          <YearFigures year={shown} />
          <AllocationsSection
            year={shown}
            mayManage={data?.mayManage ?? false}
            onAdd={() => setEditing({ form: 'allocation', allocation: null })}
            onEdit={(allocation) => setEditing({ form: 'allocation', allocation })}
            onSpend={(allocation) => setEditing({ form: 'spending', allocation })}
          />
          <BudgetChart year={shown} />
        </>
      )}
      {data && data.years.length > 0 && <YearsTable years={data.years} shown={shown?.year ?? null} onShow={onYear} />}
      {editing?.form === 'year' && data && (
        <YearFormModal
          year={editing.isNew ? null : shown}
          openYears={years}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            onYear(saved);
          }}
        />
      )}
      {editing?.form === 'allocation' && shown && data && (
        <AllocationFormModal
          allocation={editing.allocation}
          year={shown.year}
          initiatives={data.initiatives}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.form === 'spending' && shown && <SpendingFormModal allocation={editing.allocation} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
