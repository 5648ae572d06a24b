import { INITIATIVE_TRANSITIONS, INITIATIVE_YEARS, type InitiativeState } from '../../../common/governance.ts';

/** A problem with a request's fields together, in the shape of the schema validator's details. */
export interface Problem {
  path: string;
  keyword: string;
  message: string;
}

const problem = (path: string, keyword: string): Problem => ({ path, keyword, message: keyword });

export const TRANSITIONS = INITIATIVE_TRANSITIONS;

export const mayMove = (from: InitiativeState, to: InitiativeState) => TRANSITIONS[from].includes(to);

/** What a move brings with it: the evaluation, who takes it over and from when with what money, why it ended. */
export interface TransitionFields {
  evaluation?: string | null;
  implementedByPartyId?: string | null;
  implementedFrom?: string | null;
  implementationFunding?: string | null;
  endedReason?: string | null;
}

const blank = (text: string | null | undefined) => (text ?? '').trim() === '';

/**
 * Problems with moving an initiative from `from` to `to`: a move the lifecycle does not allow
 * (`transition_not_allowed`), an evaluation without its text (`evaluation_required`), an implementation without the
 * party, the first day or the funding (`implementation_incomplete`, one per field), an end without its reason
 * (`reason_required`).
 */
export function transitionProblems(from: InitiativeState, to: InitiativeState, fields: TransitionFields): Problem[] {
  if (!mayMove(from, to)) return [problem('/to', 'transition_not_allowed')];
  if (to === 'evaluated' && blank(fields.evaluation)) return [problem('/evaluation', 'evaluation_required')];
  if (to === 'implemented')
    return (['implementedByPartyId', 'implementedFrom', 'implementationFunding'] as const)
      .filter((field) => blank(fields[field]))
      .map((field) => problem(`/${field}`, 'implementation_incomplete'));
  if (to === 'ended' && blank(fields.endedReason)) return [problem('/endedReason', 'reason_required')];
  return [];
}

export { INITIATIVE_YEARS };

const inRange = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= INITIATIVE_YEARS.min && year <= INITIATIVE_YEARS.max;
};

/**
 * Problems an initiative's dates have together (each alone is checked by the schema): within the years 2000–2099
 * (`date_out_of_range`), the end not before the start (`end_before_start`).
 */
export function dateProblems(input: { startDate: string | null; endDate: string | null }): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['startDate', 'endDate'] as const) {
    const date = input[field];
    if (date !== null && !inRange(date)) problems.push(problem(`/${field}`, 'date_out_of_range'));
  }
  if (problems.length === 0 && input.startDate !== null && input.endDate !== null && input.endDate < input.startDate)
    problems.push(problem('/endDate', 'end_before_start'));
  return problems;
}

/** The first day of regular operations lies within the same years (`date_out_of_range`). */
export const implementedFromProblems = (date: string | null | undefined): Problem[] =>
  date && !inRange(date) ? [problem('/implementedFrom', 'date_out_of_range')] : [];

/** Why an initiative needs the preparation group's attention. */
export const RISK_REASONS = ['past_end_without_decision', 'not_evaluated'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

/** The states in which an initiative can be at risk: under way, its future not yet decided. */
export const RISK_STATES = ['running', 'evaluated'] as const satisfies readonly InitiativeState[];

/**
 * Why an initiative is at risk on `today` (YYYY-MM-DD), none when it is not: its end date has passed while it runs or
 * waits after its evaluation, with no decision to implement or end it (`past_end_without_decision`), and, while it
 * still runs, nobody has written its evaluation (`not_evaluated`). The end date itself is not past.
 */
export function atRisk(
  initiative: { state: InitiativeState; endDate: string | null; evaluation: string | null },
  today: string,
): RiskReason[] {
  const { state, endDate } = initiative;
  if (endDate === null || endDate >= today || !(RISK_STATES as readonly InitiativeState[]).includes(state)) return [];
  const reasons: RiskReason[] = ['past_end_without_decision'];
  if (state === 'running' && blank(initiative.evaluation)) reasons.push('not_evaluated');
  return reasons;
}
