import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinsamList } from '../../../../../common/offer.ts';
import type { Shown } from '../../evaluation/api.ts';
import type { CountList, SusReport } from '../api.ts';
import { ageBandLabel, categoryLabel, genderLabel } from '../labels.ts';
import { CountsTable, type CountRow } from './CountsTable.tsx';

const ZERO: Shown = { kind: 'value', value: 0 };

/** Before and after side by side, a row per code of either (a code only one of them found is 0 in the other). */
function beforeAfter(before: Omit<CountList, 'total'>, after: Omit<CountList, 'total'>, label: (code: string) => string): CountRow[] {
  const codes = [...before.codes, ...after.codes.filter((c) => !before.codes.includes(c))];
  const cell = (list: Omit<CountList, 'total'>, code: string) => list.cells[list.codes.indexOf(code)] ?? ZERO;
  return codes.map((code) => ({ key: code, label: label(code), cells: [cell(before, code), cell(after, code)] }));
}

const oneColumn = (list: CountList, label: (code: string) => string): CountRow[] =>
  list.codes.map((code, i) => ({ key: code, label: label(code), cells: [list.cells[i]!] }));

/**
 * The report's tables in the national follow-up's order: who took part (gender and age, education, time in public
 * support before), then their participations' situation and income before and after, and why they ended.
 */
export function ReportTables({ report }: { report: SusReport }) {
  const { t } = useTranslation();
  const label = (list: FinsamList) => (code: string) => categoryLabel(t, list, code);
  const g = report.genderByAge;
  const beforeAfterColumns = [t('sus.columns.atStart'), t('sus.columns.atEnd')];
  return (
    <Stack gap="md">
      <CountsTable
        id="sus-gender-age"
        title={t('sus.tables.genderByAge.title')}
        explain={t('sus.tables.genderByAge.explain')}
        rowHeader={t('sus.tables.genderByAge.gender')}
        columns={[...g.ageBands.map((b) => ageBandLabel(t, b)), t('evaluationExport.total')]}
        rows={g.genders.map((gender, r) => ({
          key: gender,
          label: genderLabel(t, gender),
          cells: [...g.cells[r]!, g.rowTotals[r]!],
        }))}
        total={[...g.columnTotals, g.total]}
        minWidth={760}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <CountsTable
          id="sus-education"
          title={t('finsam.lists.educationLevel')}
          explain={t('sus.tables.people')}
          rowHeader={t('finsam.lists.educationLevel')}
          columns={[t('sus.columns.people')]}
          rows={oneColumn(report.educationLevel, label('educationLevel'))}
          total={[report.educationLevel.total]}
        />
        <CountsTable
          id="sus-time-in-support"
          title={t('finsam.lists.timeInSupport')}
          explain={t('sus.tables.people')}
          rowHeader={t('finsam.lists.timeInSupport')}
          columns={[t('sus.columns.people')]}
          rows={oneColumn(report.timeInSupport, label('timeInSupport'))}
          total={[report.timeInSupport.total]}
        />
      </SimpleGrid>
      <CountsTable
        id="sus-occupation"
        title={t('sus.tables.occupation.title')}
        explain={t('sus.tables.occupation.explain')}
        rowHeader={t('finsam.lists.occupation')}
        columns={beforeAfterColumns}
        rows={beforeAfter(report.occupationBefore, report.occupationAfter, label('occupation'))}
        total={[report.occupationBefore.total, report.occupationAfter.total]}
      />
      <CountsTable
        id="sus-income"
        title={t('sus.tables.income.title')}
        explain={t('sus.tables.income.explain')}
        rowHeader={t('finsam.lists.income')}
        columns={beforeAfterColumns}
        rows={beforeAfter(report.incomeBefore, report.incomeAfter, label('income'))}
      />
      <CountsTable
        id="sus-end-reasons"
        title={t('finsam.lists.endReason')}
        explain={t('sus.tables.endReasons')}
        rowHeader={t('finsam.lists.endReason')}
        columns={[t('sus.columns.participations')]}
        rows={oneColumn(report.endReasons, label('endReason'))}
        total={[report.endReasons.total]}
      />
    </Stack>
  );
}
