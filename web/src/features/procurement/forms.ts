import { CONTRACT_REQUIREMENT_KINDS, type ContractRequirementKind, type PurchaseKind } from '../../../../common/offer.ts';
import { PROCUREMENT_YEARS, REQUIREMENT_PER_YEAR_MAX } from '../../../../common/procurement.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import { kronorText, parseKronor } from '../catalogue/money.ts';
import type { Contract, ContractBody, Purchase, PurchaseBody } from './api.ts';

/** What the forms say about a field; each has a sentence under `procurement.problems.`. */
export type Problem =
  | 'required'
  | 'end_before_start'
  | 'date_out_of_range'
  | 'per_year'
  | 'amount'
  | 'year'
  | 'supplier_is_procurer'
  | 'supplier_not_social_enterprise'
  | 'intervention_not_of_supplier'
  | 'invalid';

const SERVER_PROBLEMS = [
  'end_before_start',
  'date_out_of_range',
  'supplier_is_procurer',
  'supplier_not_social_enterprise',
  'intervention_not_of_supplier',
] as const satisfies readonly Problem[];

/** The fields a validation_failed answer points at, with the reason when the form has a sentence for it. */
export const serverProblems = (error: unknown): Record<string, Problem> => fieldReasons(error, SERVER_PROBLEMS);

export interface ContractForm {
  name: string;
  reference: string;
  supplierOrganisationId: string;
  startDate: string;
  endDate: string;
  /** Rows of the requirements table; `perYear` as typed. */
  requirements: { kind: ContractRequirementKind; perYear: string }[];
  interventionIds: string[];
}

export const contractForm = (c: Contract | null): ContractForm =>
  c
    ? {
        name: c.name,
        reference: c.reference ?? '',
        supplierOrganisationId: c.supplierOrganisationId,
        startDate: c.startDate,
        endDate: c.endDate,
        requirements: c.requirements.map((r) => ({ kind: r.kind, perYear: String(r.perYear) })),
        interventionIds: c.interventions.map((i) => i.id),
      }
    : {
        name: '',
        reference: '',
        supplierOrganisationId: '',
        startDate: '',
        endDate: '',
        requirements: CONTRACT_REQUIREMENT_KINDS.map((kind) => ({ kind, perYear: '' })),
        interventionIds: [],
      };

const perYear = (text: string) => (/^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : null);
const yearOf = (date: string) => Number(date.slice(0, 4));

/** The server's rules, checked before sending: names and dates given, dates in order within 2000–2099, whole counts. */
export function contractProblems(f: ContractForm): Partial<Record<keyof ContractForm, Problem>> {
  const problems: Partial<Record<keyof ContractForm, Problem>> = {};
  if (f.name.trim() === '') problems.name = 'required';
  if (f.supplierOrganisationId === '') problems.supplierOrganisationId = 'required';
  for (const field of ['startDate', 'endDate'] as const) {
    if (f[field] === '') problems[field] = 'required';
    else if (yearOf(f[field]) < PROCUREMENT_YEARS.min || yearOf(f[field]) > PROCUREMENT_YEARS.max) problems[field] = 'date_out_of_range';
  }
  if (!problems.startDate && !problems.endDate && f.endDate < f.startDate) problems.endDate = 'end_before_start';
  const counts = f.requirements.map((r) => perYear(r.perYear));
  if (counts.some((n) => n === null || n > REQUIREMENT_PER_YEAR_MAX)) problems.requirements = 'per_year';
  return problems;
}

export const contractBody = (f: ContractForm): ContractBody => ({
  name: f.name.trim(),
  reference: f.reference.trim() === '' ? null : f.reference.trim(),
  supplierOrganisationId: f.supplierOrganisationId,
  startDate: f.startDate,
  endDate: f.endDate,
  requirements: f.requirements.map((r) => ({ kind: r.kind, perYear: perYear(r.perYear)! })),
  interventionIds: f.interventionIds,
});

export interface PurchaseForm {
  supplierOrganisationId: string;
  year: string;
  kind: PurchaseKind;
  /** Kronor as typed, e.g. "12 500,50". */
  amount: string;
  description: string;
}

export const purchaseForm = (p: Purchase | null, defaults: { year: number; supplierOrganisationId: string }): PurchaseForm =>
  p
    ? {
        supplierOrganisationId: p.supplierOrganisationId,
        year: String(p.year),
        kind: p.kind,
        amount: kronorText(p.amountOre),
        description: p.description,
      }
    : {
        supplierOrganisationId: defaults.supplierOrganisationId,
        year: String(defaults.year),
        kind: 'training_places',
        amount: '',
        description: '',
      };

/** A social enterprise chosen, a year in 2000–2099, an amount in kronor above zero (whole öre), a description. */
export function purchaseProblems(f: PurchaseForm): Partial<Record<keyof PurchaseForm, Problem>> {
  const problems: Partial<Record<keyof PurchaseForm, Problem>> = {};
  if (f.supplierOrganisationId === '') problems.supplierOrganisationId = 'required';
  const year = Number(f.year);
  if (!/^\d{4}$/.test(f.year.trim()) || year < PROCUREMENT_YEARS.min || year > PROCUREMENT_YEARS.max) problems.year = 'year';
  const ore = parseKronor(f.amount);
  if (f.amount.trim() === '') problems.amount = 'required';
  else if (ore === null || ore <= 0) problems.amount = 'amount';
  if (f.description.trim() === '') problems.description = 'required';
  return problems;
}

export const purchaseBody = (f: PurchaseForm): PurchaseBody => ({
  supplierOrganisationId: f.supplierOrganisationId,
  year: Number(f.year),
  kind: f.kind,
  amountOre: parseKronor(f.amount)!,
  description: f.description.trim(),
});
