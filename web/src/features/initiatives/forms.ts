import {
  INITIATIVE_TRANSITIONS,
  INITIATIVE_YEARS,
  type FundingSource,
  type InitiativeKind,
  type InitiativeState,
  type MunicipalityRole,
} from '../../../../common/governance.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import type { Initiative, InitiativeBody, TransitionBody } from './api.ts';

/** What the forms say about a field; each has a sentence under `initiatives.problems.`. */
export type Problem =
  | 'required'
  | 'end_before_start'
  | 'date_out_of_range'
  | 'unknown_party'
  | 'unknown_intervention'
  | 'unknown_initiative'
  | 'evaluation_required'
  | 'implementation_incomplete'
  | 'reason_required'
  | 'transition_not_allowed'
  | 'invalid';

const SERVER_PROBLEMS = [
  'end_before_start',
  'date_out_of_range',
  'unknown_party',
  'unknown_intervention',
  'unknown_initiative',
  'evaluation_required',
  'implementation_incomplete',
  'reason_required',
  'transition_not_allowed',
] as const satisfies readonly Problem[];

/** The fields a validation_failed answer points at, with the reason when the form has a sentence for it. */
export const serverProblems = (error: unknown): Record<string, Problem> => fieldReasons(error, SERVER_PROBLEMS);
/** The years an initiative's dates lie in, as the server checks them (common/governance.ts). */
export { INITIATIVE_YEARS };

const outOfRange = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year < INITIATIVE_YEARS.min || year > INITIATIVE_YEARS.max;
};

/** Where an initiative may go from `state` (the lifecycle's rule in common/governance.ts). */
export const nextSteps = (state: InitiativeState): InitiativeState[] => [...INITIATIVE_TRANSITIONS[state]];

export interface InitiativeForm {
  name: string;
  kind: InitiativeKind;
  description: string;
  targetGroup: string;
  origin: string;
  /** '' for none. */
  inspiredById: string;
  ownerPartyId: string;
  fundingSources: FundingSource[];
  municipality: string;
  municipalityRoles: MunicipalityRole[];
  /** YYYY-MM-DD, or '' while not known. */
  startDate: string;
  endDate: string;
  public: boolean;
  interventionIds: string[];
}

export const initiativeForm = (i: Initiative | null): InitiativeForm => ({
  name: i?.name ?? '',
  kind: i?.kind ?? 'project',
  description: i?.description ?? '',
  targetGroup: i?.targetGroup ?? '',
  origin: i?.origin ?? '',
  inspiredById: i?.inspiredById ?? '',
  ownerPartyId: i?.ownerPartyId ?? '',
  fundingSources: i?.fundingSources ?? [],
  municipality: i?.municipality ?? '',
  municipalityRoles: i?.municipalityRoles ?? [],
  startDate: i?.startDate ?? '',
  endDate: i?.endDate ?? '',
  public: i?.public ?? false,
  interventionIds: i?.interventions.map((x) => x.id) ?? [],
});

/** The server's rules, checked before sending: a name, dates (when given) within 2000–2099, the end not before the start. */
export function initiativeProblems(f: InitiativeForm): Partial<Record<keyof InitiativeForm, Problem>> {
  const problems: Partial<Record<keyof InitiativeForm, Problem>> = {};
  if (f.name.trim() === '') problems.name = 'required';
  for (const field of ['startDate', 'endDate'] as const) if (f[field] !== '' && outOfRange(f[field])) problems[field] = 'date_out_of_range';
  if (!problems.startDate && !problems.endDate && f.startDate !== '' && f.endDate !== '' && f.endDate < f.startDate)
    problems.endDate = 'end_before_start';
  return problems;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

export const initiativeBody = (f: InitiativeForm): InitiativeBody => ({
  name: f.name.trim(),
  kind: f.kind,
  description: f.description.trim(),
  targetGroup: f.targetGroup.trim(),
  origin: f.origin.trim(),
  inspiredById: orNull(f.inspiredById),
  ownerPartyId: orNull(f.ownerPartyId),
  fundingSources: f.fundingSources,
  municipality: f.municipality.trim(),
  municipalityRoles: f.municipalityRoles,
  startDate: orNull(f.startDate),
  endDate: orNull(f.endDate),
  public: f.public,
  interventionIds: f.interventionIds,
});

/** What a move may bring: its note, and the fields of the state it goes to. */
export interface StepForm {
  note: string;
  evaluation: string;
  implementedByPartyId: string;
  implementedFrom: string;
  implementationFunding: string;
  endedReason: string;
}

/** The fields each state asks for on the way in (besides the note every move has). */
export const STEP_FIELDS: Record<InitiativeState, readonly (keyof StepForm)[]> = {
  idea: [],
  proposed: [],
  decided: [],
  running: [],
  evaluated: ['evaluation'],
  implemented: ['implementedByPartyId', 'implementedFrom', 'implementationFunding'],
  ended: ['endedReason'],
};

/** A move's form, starting from what the initiative already says (an evaluation written before, say). */
export const stepForm = (i: Initiative): StepForm => ({
  note: '',
  evaluation: i.evaluation ?? '',
  implementedByPartyId: i.implementedByPartyId ?? '',
  implementedFrom: i.implementedFrom ?? '',
  implementationFunding: i.implementationFunding ?? '',
  endedReason: i.endedReason ?? '',
});

/** The server's rules for a move to `to`: every field that state asks for is given, a first day within 2000–2099. */
export function stepProblems(to: InitiativeState, f: StepForm): Partial<Record<keyof StepForm, Problem>> {
  const problems: Partial<Record<keyof StepForm, Problem>> = {};
  for (const field of STEP_FIELDS[to]) if (f[field].trim() === '') problems[field] = 'required';
  if (to === 'implemented' && !problems.implementedFrom && outOfRange(f.implementedFrom)) problems.implementedFrom = 'date_out_of_range';
  return problems;
}

/** The move as sent: the note, and only the fields of the state it goes to. */
export const stepBody = (to: InitiativeState, f: StepForm, version: number): TransitionBody => ({
  to,
  note: orNull(f.note),
  ...Object.fromEntries(STEP_FIELDS[to].map((field) => [field, orNull(f[field])])),
  version,
});
