import ExcelJS from 'exceljs';
import type { Static } from 'typebox';
import { translator } from '../../lib/i18n.ts';
import type { Budget } from './schema.ts';

const KRONOR = '#,##0.00';
const kronor = (ore: number) => ore / 100;

/**
 * The joint budget as a workbook for the board's material: the years' outcome, and the year shown in detail with
 * each party's contribution and each allocation against its spending by month. Amounts are kronor (numbers, not
 * text), headers in the chosen language, right to left for Arabic.
 */
export async function budgetXlsx(budget: Static<typeof Budget>, language: string): Promise<Buffer> {
  const { t } = translator(language);
  const tr = (key: string, options?: Record<string, unknown>) => t(key as never, options as never) as unknown as string;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kitt';
  const sheet = (name: string, headers: string[], widths: number[]) => {
    const s = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1, rightToLeft: language === 'ar' }] });
    s.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 16 }));
    s.getRow(1).font = { bold: true };
    return s;
  };

  const years = sheet(
    tr('budgetExport.years'),
    ['year', 'contributions', 'carriedIn', 'available', 'allocated', 'unallocated', 'spent', 'carriedOut'].map((k) =>
      tr(`budgetExport.columns.${k}`),
    ),
    [10],
  );
  for (const y of budget.years)
    years.addRow([
      y.year,
      ...[y.totalOre, y.carriedInOre, y.availableOre, y.allocatedOre, y.unallocatedOre, y.spentOre, y.carriedOutOre].map(kronor),
    ]);
  for (let c = 2; c <= 8; c++) years.getColumn(c).numFmt = KRONOR;

  const y = budget.year;
  if (y) {
    const months = Array.from({ length: 12 }, (_, m) => tr(`budgetExport.months.${m + 1}`));
    const detail = sheet(
      tr('budgetExport.allocations', { year: y.year }),
      [
        tr('budgetExport.columns.allocation'),
        tr('budgetExport.columns.allocated'),
        tr('budgetExport.columns.spent'),
        tr('budgetExport.columns.remaining'),
        ...months,
      ],
      [40, 16, 16, 16, ...months.map(() => 12)],
    );
    for (const a of y.allocations)
      detail.addRow([a.initiativeName ?? a.name, ...[a.allocatedOre, a.spentOre, a.remainingOre, ...a.spentByMonth].map(kronor)]);
    const total = detail.addRow([
      tr('budgetExport.total'),
      ...[y.allocatedOre, y.spentOre, y.allocatedOre - y.spentOre, ...y.spentByMonth].map(kronor),
    ]);
    total.font = { bold: true };
    for (let c = 2; c <= 16; c++) detail.getColumn(c).numFmt = KRONOR;

    const parties = sheet(
      tr('budgetExport.contributions', { year: y.year }),
      [
        tr('budgetExport.columns.party'),
        tr('budgetExport.columns.group'),
        tr('budgetExport.columns.share'),
        tr('budgetExport.columns.contribution'),
      ],
      [40, 20, 12, 18],
    );
    for (const c of y.contributions)
      parties.addRow([c.partyName, tr(`budgetExport.groups.${c.group}`), c.sharePpm / 1_000_000, kronor(c.amountOre)]);
    parties.addRow([tr('budgetExport.total'), '', 1, kronor(y.totalOre)]).font = { bold: true };
    parties.getColumn(3).numFmt = '0.00%';
    parties.getColumn(4).numFmt = KRONOR;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
