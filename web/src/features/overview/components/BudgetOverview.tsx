import { Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { statusColors } from '../../../app/theme.ts';
import { ErrorNotice } from '../../../ui/ErrorNotice.tsx';
import { Loading } from '../../../ui/Loading.tsx';
import { Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { formatKronor } from '../../catalogue/money.ts';
import type { BudgetYear } from '../../forbund/api.ts';
import { BudgetChart } from '../../forbund/components/BudgetChart.tsx';
import { useBudget } from '../../forbund/hooks.ts';
import { OverviewSection } from './OverviewSection.tsx';

/** The year's four figures the board follows: the parties' contributions, what is allocated, spent, and left of it. */
const figuresOf = (y: BudgetYear) =>
  [
    ['contributions', y.totalOre],
    ['allocated', y.allocatedOre],
    ['spent', y.spentOre],
    ['remaining', y.allocatedOre - y.spentOre],
  ] as const;

/**
 * The current budget year (the latest open one when this year is not): its figures, budget against outcome per
 * allocation as bars and month by month, and the same per allocation in a table for screen readers and phones.
 */
export function BudgetOverview() {
  const { t, i18n } = useTranslation();
  const budget = useBudget(undefined);
  const year = budget.data?.year ?? null;
  const kronor = (ore: number) => <Ltr>{formatKronor(ore, i18n.language)}</Ltr>;
  const label = (key: 'contributions' | 'allocated' | 'spent' | 'remaining') =>
    key === 'remaining' ? t('overview.budget.remaining') : t(`forbund.figures.${key}`);
  const column = (key: 'allocated' | 'spent' | 'remaining') => t(`forbund.allocations.${key}`);
  return (
    <OverviewSection
      id="overview-budget"
      title={year ? t('overview.budget.title', { year: year.year }) : t('overview.budget.titleNoYear')}
      to={year ? `/forbund?year=${year.year}` : '/forbund'}
      linkLabel={t('overview.budget.link')}
    >
      {budget.isPending && <Loading />}
      <ErrorNotice error={budget.error} />
      {budget.data && !year && <Text c="dimmed">{t('forbund.budget.none')}</Text>}
      {year && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
            {figuresOf(year).map(([key, ore]) => (
              <Paper key={key} withBorder p="sm">
                <Text component="dt" size="sm">
                  {label(key)}
                </Text>
                <Text component="dd" m={0} fw={700}>
                  {kronor(ore)}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <BudgetChart year={year} />
          {year.allocations.length > 0 && (
            <ScrollTable label={t('overview.budget.perAllocation', { year: year.year })} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('forbund.allocations.name')}</Table.Th>
                  {(['allocated', 'spent', 'remaining'] as const).map((key) => (
                    <Table.Th key={key} scope="col">
                      {column(key)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.allocations.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th scope="row">
                      <bdi>{a.name}</bdi>
                    </Table.Th>
                    <Table.Td data-label={column('allocated')}>{kronor(a.allocatedOre)}</Table.Td>
                    <Table.Td data-label={column('spent')}>{kronor(a.spentOre)}</Table.Td>
                    <Table.Td data-label={column('remaining')} c={a.overspent ? statusColors.warning : undefined}>
                      {kronor(a.remainingOre)}
                      {a.overspent && ` (${t('forbund.allocations.overspent')})`}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )}
        </>
      )}
    </OverviewSection>
  );
}
