import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { describeEligibility } from '../../../common/eligibility.ts';
import { translator } from '../../lib/i18n.ts';
import type { CatalogueItem } from './service.ts';

/** The catalogue's columns for people: a translated header and the cell of one intervention. */
function table(items: readonly CatalogueItem[], language: string) {
  const { t } = translator(language);
  const tr = (key: string, options?: Record<string, unknown>) => t(key as never, options as never) as unknown as string;
  const columns: { key: string; width: number; cell: (i: CatalogueItem) => string | number | null }[] = [
    { key: 'name', width: 40, cell: (i) => i.name },
    { key: 'provider', width: 36, cell: (i) => i.organisationName },
    { key: 'kind', width: 18, cell: (i) => tr(`offer.interventionKinds.${i.kind}`) },
    { key: 'status', width: 12, cell: (i) => tr(`catalogue.statuses.${i.status}`) },
    { key: 'places', width: 8, cell: (i) => i.places },
    { key: 'freePlaces', width: 8, cell: (i) => i.freePlaces },
    { key: 'waitingList', width: 8, cell: (i) => i.waitingList },
    { key: 'languages', width: 14, cell: (i) => i.languages.join(', ') },
    { key: 'costPerPlace', width: 12, cell: (i) => (i.costPerPlaceOre === null ? null : i.costPerPlaceOre / 100) },
    { key: 'funding', width: 22, cell: (i) => tr(`catalogue.funding.${i.funding}`) },
    { key: 'targetGroups', width: 30, cell: (i) => i.targetGroups.map((g) => tr(`catalogue.targetGroups.${g}`)).join(', ') },
    { key: 'eligibility', width: 50, cell: (i) => describeEligibility(i.eligibility, tr) },
    { key: 'location', width: 30, cell: (i) => [i.locationName, i.address, i.postalCode, i.city].filter(Boolean).join(', ') },
    { key: 'workplace', width: 26, cell: (i) => i.workplace },
    { key: 'schedule', width: 24, cell: (i) => i.scheduleDescription },
    { key: 'startDate', width: 12, cell: (i) => i.startDate },
    { key: 'endDate', width: 12, cell: (i) => i.endDate },
    { key: 'contract', width: 26, cell: (i) => i.contractName },
    { key: 'contact', width: 30, cell: (i) => [i.contactEmail, i.contactPhone].filter(Boolean).join(', ') },
  ];
  return {
    headers: columns.map((c) => tr(`catalogue.columns.${c.key}`)),
    widths: columns.map((c) => c.width),
    rows: items.map((i) => columns.map((c) => c.cell(i))),
    title: tr('catalogue.title'),
  };
}

/** CSV with a header row, UTF-8 with a byte-order mark so that spreadsheet programs read å, ä, ö and Arabic right. */
export function catalogueCsv(items: readonly CatalogueItem[], language: string): string {
  const { headers, rows } = table(items, language);
  return '\ufeff' + stringify([headers, ...rows.map((r) => r.map((v) => v ?? ''))]);
}

/** One worksheet: bold header row, frozen, typed cells (numbers stay numbers), column widths. */
export async function catalogueXlsx(items: readonly CatalogueItem[], language: string): Promise<Buffer> {
  const { headers, rows, widths, title } = table(items, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kitt';
  const sheet = workbook.addWorksheet(title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: language === 'ar' }],
  });
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
