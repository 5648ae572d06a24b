import { BUDGET_YEARS, KEY_WEIGHT_MAX, type PartyKind } from '../../../../common/governance.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import { kronorText, parseKronor, parseSignedKronor } from '../catalogue/money.ts';
import type { Allocation, AllocationBody, BudgetYear, Party, PartyBody, SpendingBody, YearBody } from './api.ts';

/** What the forms say about a field; each has a sentence under `forbund.problems.`. */
export type Problem =
  | 'required'
  | 'amount'
  | 'signed_amount'
  | 'not_zero'
  | 'year'
  | 'year_exists'
  | 'key_weight'
  | 'organisation_in_other_party'
  | 'unknown_organisation'
  | 'unknown_initiative'
  | 'year_not_open'
  | 'invalid';

type Problems<F> = Partial<Record<keyof F, Problem>>;

const SERVER_PROBLEMS = [
  'organisation_in_other_party',
  'unknown_organisation',
  'unknown_initiative',
  'year_not_open',
] as const satisfies readonly Problem[];

/** The body's fields whose form field has another name: amounts are typed as kronor text. */
const FORM_FIELD: Record<string, string> = { amountOre: 'amount', totalOre: 'total', openingEquityOre: 'openingEquity' };

/**
 * The problem to show under each field: the form's own check first (once the user has tried to save), then what the
 * server's last validation_failed answer said about the field.
 */
export function fieldProblems<F extends object>(own: Problems<F>, error: unknown): Problems<F> {
  const fromServer = Object.entries(fieldReasons(error, SERVER_PROBLEMS)).map(([field, p]) => [FORM_FIELD[field] ?? field, p]);
  return { ...Object.fromEntries(fromServer), ...own } as Problems<F>;
}

const trimmedOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

function amountProblem(text: string, signed: boolean): Problem | undefined {
  if (text.trim() === '') return 'required';
  const ore = signed ? parseSignedKronor(text) : parseKronor(text);
  return ore === null ? (signed ? 'signed_amount' : 'amount') : undefined;
}

export interface PartyForm {
  name: string;
  kind: PartyKind | '';
  /** As typed; spaces between thousands are allowed ("45 000"). */
  keyWeight: string;
  organisationIds: string[];
}

export const partyForm = (p: Party | null): PartyForm =>
  p
    ? { name: p.name, kind: p.kind, keyWeight: String(p.keyWeight), organisationIds: p.organisations.map((o) => o.id) }
    : { name: '', kind: '', keyWeight: '', organisationIds: [] };

const keyWeight = (text: string) => {
  const compact = text.replace(/[\s\u00a0]/g, '');
  return /^\d{1,9}$/.test(compact) && Number(compact) >= 1 && Number(compact) <= KEY_WEIGHT_MAX ? Number(compact) : null;
};

/** A name, a kind, and a whole weight from 1 to KEY_WEIGHT_MAX. */
export function partyProblems(f: PartyForm): Problems<PartyForm> {
  const problems: Problems<PartyForm> = {};
  if (f.name.trim() === '') problems.name = 'required';
  if (f.kind === '') problems.kind = 'required';
  if (f.keyWeight.trim() === '') problems.keyWeight = 'required';
  else if (keyWeight(f.keyWeight) === null) problems.keyWeight = 'key_weight';
  return problems;
}

export const partyBody = (f: PartyForm): PartyBody => ({
  name: f.name.trim(),
  kind: f.kind as PartyKind,
  keyWeight: keyWeight(f.keyWeight)!,
  organisationIds: f.organisationIds,
});

export interface YearForm {
  year: string;
  /** The parties' contributions together, in kronor as typed. */
  total: string;
  /** Equity brought in, in kronor; empty when none is recorded (a deficit is negative). */
  openingEquity: string;
  note: string;
}

/** The year's figures to change, or a new year: the one after the latest, or `thisYear` when none is open. */
export const yearForm = (y: BudgetYear | null, years: readonly number[], thisYear: number): YearForm =>
  y
    ? {
        year: String(y.year),
        total: kronorText(y.totalOre),
        openingEquity: y.openingEquityOre === null ? '' : kronorText(y.openingEquityOre),
        note: y.note ?? '',
      }
    : { year: String(years.length > 0 ? Math.max(...years) + 1 : thisYear), total: '', openingEquity: '', note: '' };

/** A year in range and not yet open (for a new one), a total in kronor, and an opening equity that is empty or an amount. */
export function yearProblems(f: YearForm, openYears: readonly number[], isNew: boolean): Problems<YearForm> {
  const problems: Problems<YearForm> = {};
  const year = Number(f.year);
  if (!/^\d{4}$/.test(f.year.trim()) || year < BUDGET_YEARS.min || year > BUDGET_YEARS.max) problems.year = 'year';
  else if (isNew && openYears.includes(year)) problems.year = 'year_exists';
  const total = amountProblem(f.total, false);
  if (total) problems.total = total;
  if (f.openingEquity.trim() !== '' && parseSignedKronor(f.openingEquity) === null) problems.openingEquity = 'signed_amount';
  return problems;
}

export const yearBody = (f: YearForm, version: number | null): YearBody => ({
  year: Number(f.year),
  totalOre: parseKronor(f.total)!,
  openingEquityOre: f.openingEquity.trim() === '' ? null : parseSignedKronor(f.openingEquity)!,
  note: trimmedOrNull(f.note),
  version,
});

export interface AllocationForm {
  name: string;
  /** '' for the förbund's own operation. */
  initiativeId: string;
  amount: string;
}

export const allocationForm = (a: Allocation | null): AllocationForm =>
  a ? { name: a.name, initiativeId: a.initiativeId ?? '', amount: kronorText(a.allocatedOre) } : { name: '', initiativeId: '', amount: '' };

export function allocationProblems(f: AllocationForm): Problems<AllocationForm> {
  const problems: Problems<AllocationForm> = {};
  if (f.name.trim() === '') problems.name = 'required';
  const amount = amountProblem(f.amount, false);
  if (amount) problems.amount = amount;
  return problems;
}

export const allocationBody = (f: AllocationForm): AllocationBody => ({
  name: f.name.trim(),
  initiativeId: f.initiativeId === '' ? null : f.initiativeId,
  amountOre: parseKronor(f.amount)!,
});

export interface SpendingForm {
  /** '1'–'12'. */
  month: string;
  /** Kronor as typed; a correction starts with a minus. */
  amount: string;
  note: string;
}

/** The month spending is most likely for: this month in the current year, December of a year gone by, else January. */
export function defaultMonth(year: number, today: string): number {
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return year === thisYear ? thisMonth : year < thisYear ? 12 : 1;
}

export const spendingForm = (month: number): SpendingForm => ({ month: String(month), amount: '', note: '' });

/** An amount in kronor that is not zero; negative for a correction. */
export function spendingProblems(f: SpendingForm): Problems<SpendingForm> {
  const problems: Problems<SpendingForm> = {};
  const amount = amountProblem(f.amount, true);
  if (amount) problems.amount = amount;
  else if (parseSignedKronor(f.amount) === 0) problems.amount = 'not_zero';
  return problems;
}

export const spendingBody = (f: SpendingForm): SpendingBody => ({
  month: Number(f.month),
  amountOre: parseSignedKronor(f.amount)!,
  note: trimmedOrNull(f.note),
});
