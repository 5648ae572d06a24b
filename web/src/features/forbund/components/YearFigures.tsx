import { Alert, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolateLtr, Ltr } from '../../../ui/Ltr.tsx';
import { ScrollTable } from '../../../ui/ScrollTable.tsx';
import { formatKronor } from '../../catalogue/money.ts';
import type { BudgetYear } from '../api.ts';
import { contributionGroups, FIGURE_LABEL, formatShare, type Figure } from '../figures.ts';

const FIGURES = Object.keys(FIGURE_LABEL) as Figure[];

/**
 * The year in figures — contributions in, equity carried in, what there is to allocate, allocated, unallocated, spent
 * and equity carried out — with a warning when more is allocated than the year has, and each party's contribution by
 * the law's groups.
 */
export function YearFigures({ year }: { year: BudgetYear }) {
  const { t, i18n } = useTranslation();
  const kronor = (ore: number) => <Ltr>{formatKronor(ore, i18n.language)}</Ltr>;
  const share = (ppm: number) => <Ltr>{formatShare(ppm, i18n.language)}</Ltr>;
  const groups = contributionGroups(year.contributions);
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="figures-heading">
        <Title order={3} size="h4" id="figures-heading">
          {t('forbund.figures.title', { year: year.year })}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
          {FIGURES.map((f) => {
            const warn = f === 'unallocatedOre' && year.overAllocated;
            return (
              <Paper key={f} withBorder p="sm" bg={warn ? 'var(--mantine-color-orange-light)' : undefined}>
                <Text component="dt" size="sm">
                  {t(`forbund.figures.${FIGURE_LABEL[f]}`)}
                </Text>
                <Text component="dd" m={0} fw={700}>
                  {kronor(year[f])}
                </Text>
              </Paper>
            );
          })}
        </SimpleGrid>
        {year.overAllocated && (
          <Alert color="orange" variant="light" role="alert" title={t('forbund.figures.overAllocatedTitle')}>
            {t('forbund.figures.overAllocated', { amount: isolateLtr(formatKronor(-year.unallocatedOre, i18n.language)) })}
          </Alert>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="contributions-heading">
        <Title order={3} size="h4" id="contributions-heading">
          {t('forbund.contributions.title', { year: year.year })}
        </Title>
        <Text size="sm">{t('forbund.contributions.intro')}</Text>
        <ScrollTable label={t('forbund.contributions.title', { year: year.year })} minWidth={460} stacked={false}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forbund.contributions.party')}</Table.Th>
              <Table.Th scope="col">{t('forbund.contributions.share')}</Table.Th>
              <Table.Th scope="col">{t('forbund.contributions.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          {groups.map((g) => (
            <Table.Tbody key={g.group}>
              <Table.Tr>
                <Table.Th scope="rowgroup" fw={700}>
                  {t(`budgetExport.groups.${g.group}`)}
                </Table.Th>
                <Table.Td fw={700}>{share(g.sharePpm)}</Table.Td>
                <Table.Td fw={700}>{kronor(g.amountOre)}</Table.Td>
              </Table.Tr>
              {g.parties.map((c) => (
                <Table.Tr key={c.partyId}>
                  <Table.Th scope="row" fw={400} ps="lg">
                    <bdi>{c.partyName}</bdi>
                  </Table.Th>
                  <Table.Td>{share(c.sharePpm)}</Table.Td>
                  <Table.Td>{kronor(c.amountOre)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          ))}
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('forbund.contributions.total')}</Table.Th>
              <Table.Td fw={700}>{share(1_000_000)}</Table.Td>
              <Table.Td fw={700}>{kronor(year.totalOre)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </ScrollTable>
      </Stack>
    </>
  );
}
