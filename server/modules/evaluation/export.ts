import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { translator } from '../../lib/i18n.ts';
import type { Shown } from './linked.ts';
import type { EvaluationResult, Figures } from './schema.ts';

type Cell = string | number | null;
/** A column: its header key (under evaluationExport.columns), its kind for number formats, and its cell. */
interface Column {
  key: string;
  days?: number;
  kind: 'count' | 'share' | 'days' | 'kronor';
  cell: (f: Figures) => Shown | number | null;
}

/**
 * The report as a table for people: one line per group and the total, with exactly the published figures — a
 * suppressed count is the text "< 5" or "–", never a number — and headers in the chosen language.
 */
function table(report: EvaluationResult, language: string) {
  const { t } = translator(language);
  const tr = (key: string, options?: Record<string, unknown>) => t(key as never, options as never) as unknown as string;
  const kronor = (ore: number | null) => (ore === null ? null : ore / 100);
  const columns: Column[] = [
    { key: 'sent', kind: 'count', cell: (f) => f.referrals?.sent ?? null },
    { key: 'acceptedOrLater', kind: 'count', cell: (f) => f.referrals?.acceptedOrLater ?? null },
    { key: 'waitlisted', kind: 'count', cell: (f) => f.referrals?.waitlisted ?? null },
    { key: 'declined', kind: 'count', cell: (f) => f.referrals?.declined ?? null },
    { key: 'expired', kind: 'count', cell: (f) => f.referrals?.expired ?? null },
    { key: 'withdrawn', kind: 'count', cell: (f) => f.referrals?.withdrawn ?? null },
    { key: 'open', kind: 'count', cell: (f) => f.referrals?.open ?? null },
    { key: 'closedLoop', kind: 'count', cell: (f) => f.referrals?.closedLoop ?? null },
    { key: 'closedLoopRate', kind: 'share', cell: (f) => f.referrals?.closedLoopRate ?? null },
    { key: 'medianDaysToStart', kind: 'days', cell: (f) => f.referrals?.medianDaysToStart ?? null },
    { key: 'started', kind: 'count', cell: (f) => f.participations.started },
    { key: 'running', kind: 'count', cell: (f) => f.participations.running },
    { key: 'ended', kind: 'count', cell: (f) => f.participations.ended },
    { key: 'completed', kind: 'count', cell: (f) => f.participations.completed },
    { key: 'droppedOut', kind: 'count', cell: (f) => f.participations.droppedOut },
    { key: 'completionRate', kind: 'share', cell: (f) => f.participations.completionRate },
    { key: 'endWork', kind: 'count', cell: (f) => f.situationAtEnd.work },
    { key: 'endStudies', kind: 'count', cell: (f) => f.situationAtEnd.studies },
    { key: 'endJobSeeking', kind: 'count', cell: (f) => f.situationAtEnd.jobSeeking },
    { key: 'endOther', kind: 'count', cell: (f) => f.situationAtEnd.other },
    { key: 'endShareInWorkOrStudies', kind: 'share', cell: (f) => f.situationAtEnd.shareInWorkOrStudies },
    ...report.followUpDays.flatMap((days, n): Column[] => [
      { key: 'followUpWorkOrStudies', days, kind: 'count', cell: (f) => f.followUps[n]!.workOrStudies },
      { key: 'followUpOther', days, kind: 'count', cell: (f) => f.followUps[n]!.other },
      { key: 'followUpNotReachable', days, kind: 'count', cell: (f) => f.followUps[n]!.notReachable },
      { key: 'followUpMissing', days, kind: 'count', cell: (f) => f.followUps[n]!.missing },
      { key: 'followUpNotYetDue', days, kind: 'count', cell: (f) => f.followUps[n]!.notYetDue },
      { key: 'followUpShareInWorkOrStudies', days, kind: 'share', cell: (f) => f.followUps[n]!.shareInWorkOrStudies },
    ]),
    { key: 'people', kind: 'count', cell: (f) => f.cost.people },
    { key: 'peopleInWorkOrStudiesAtEnd', kind: 'count', cell: (f) => f.cost.peopleInWorkOrStudiesAtEnd },
    { key: 'costTotal', kind: 'kronor', cell: (f) => kronor(f.cost.totalOre) },
    { key: 'costPerParticipant', kind: 'kronor', cell: (f) => kronor(f.cost.perParticipantOre) },
    { key: 'costPerOutcome', kind: 'kronor', cell: (f) => kronor(f.cost.perOutcomeOre) },
  ];
  const text = (v: Shown | number | null): Cell => {
    if (v === null || typeof v === 'number') return v;
    return v.kind === 'value' ? v.value : v.kind === 'small' ? tr('evaluationExport.small') : tr('evaluationExport.hidden');
  };
  const groupName = (key: string | null, label: string | null) => {
    if (label !== null) return label;
    if (key === null) return tr('evaluationExport.none');
    if (report.groupBy === 'targetGroup') return tr(`catalogue.targetGroups.${key}`);
    if (report.groupBy === 'gender') return tr(`evaluationExport.genders.${key}`);
    return key;
  };
  const line = (name: string, f: Figures): Cell[] => [name, ...columns.map((c) => text(c.cell(f)))];
  return {
    headers: [
      tr(`evaluationExport.groupBy.${report.groupBy}`),
      ...columns.map((c) => tr(`evaluationExport.columns.${c.key}`, { days: c.days })),
    ],
    kinds: columns.map((c) => c.kind),
    rows: [...report.rows.map((r) => line(groupName(r.key, r.label), r.figures)), line(tr('evaluationExport.total'), report.total)],
    title: tr('evaluationExport.title'),
  };
}

/** CSV with a header row, UTF-8 with a byte-order mark so that spreadsheet programs read å, ä, ö and Arabic right. */
export function evaluationCsv(report: EvaluationResult, language: string): string {
  const { headers, rows } = table(report, language);
  return '\ufeff' + stringify([headers, ...rows.map((r) => r.map((v) => v ?? ''))]);
}

const FORMATS: Record<Column['kind'], string> = { count: '0', share: '0.0%', days: '0.0', kronor: '#,##0' };

/** One worksheet: bold, frozen header row and group column; numbers stay numbers, shares as percentages. */
export async function evaluationXlsx(report: EvaluationResult, language: string): Promise<Buffer> {
  const { headers, rows, kinds, title } = table(report, language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kitt';
  const sheet = workbook.addWorksheet(title.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1, rightToLeft: language === 'ar' }],
  });
  sheet.columns = headers.map((header, i) => ({ header, width: i === 0 ? 36 : 14 }));
  sheet.getRow(1).font = { bold: true };
  kinds.forEach((kind, i) => (sheet.getColumn(i + 2).numFmt = FORMATS[kind]));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(sheet.rowCount).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
