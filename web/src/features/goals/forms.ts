import type { Indicator, TargetDirection } from '../../../../common/governance.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import type { GoalBody, IndicatorBody, IndicatorView, PartyGoal } from './api.ts';
import { DEFAULT_DIRECTION, UNIT } from './indicators.ts';

/** What the forms say about a field; each has a sentence under `goals.problems.`. */
export type Problem =
  | 'required'
  | 'target'
  | 'percent'
  | 'unknown_party'
  | 'unknown_joint_goal'
  | 'joint_goal_in_use'
  | 'only_joint_goals_are_measured'
  | 'invalid';

const SERVER_PROBLEMS = [
  'unknown_party',
  'unknown_joint_goal',
  'joint_goal_in_use',
  'only_joint_goals_are_measured',
] as const satisfies readonly Problem[];

/** The fields a validation_failed answer points at, with the reason when the form has a sentence for it. */
export const serverProblems = (error: unknown): Record<string, Problem> => fieldReasons(error, SERVER_PROBLEMS);

type Problems<F> = Partial<Record<keyof F, Problem>>;

/** The largest target the server takes (people or days; a share at most 100). */
export const TARGET_MAX = 1_000_000;

export interface GoalForm {
  title: string;
  description: string;
  /** '' for a joint goal. */
  partyId: string;
  jointGoalIds: string[];
}

/** A goal to change, or a new one: a joint goal, or (with `partyId`) a party's goal. */
export const goalForm = (goal: (Pick<PartyGoal, 'title' | 'description'> & { jointGoalIds?: string[] }) | null, partyId = ''): GoalForm =>
  goal
    ? { title: goal.title, description: goal.description, partyId, jointGoalIds: goal.jointGoalIds ?? [] }
    : { title: '', description: '', partyId, jointGoalIds: [] };

/** A title; a party's goal needs its party (a joint goal has none). */
export function goalProblems(f: GoalForm, isParty: boolean): Problems<GoalForm> {
  const problems: Problems<GoalForm> = {};
  if (f.title.trim() === '') problems.title = 'required';
  if (isParty && f.partyId === '') problems.partyId = 'required';
  return problems;
}

export const goalBody = (f: GoalForm, isParty: boolean): GoalBody => ({
  title: f.title.trim(),
  description: f.description.trim(),
  partyId: isParty ? f.partyId : null,
  jointGoalIds: isParty ? f.jointGoalIds : [],
});

export interface IndicatorForm {
  indicator: Indicator | '';
  /** As typed: "40", "40,5" or "12.25". */
  target: string;
  direction: TargetDirection;
}

export const indicatorForm = (i: Pick<IndicatorView, 'indicator' | 'target' | 'direction'> | null): IndicatorForm =>
  i
    ? { indicator: i.indicator, target: String(i.target).replace('.', ','), direction: i.direction }
    : { indicator: '', target: '', direction: 'at_least' };

/** The form after choosing another indicator: its usual direction with it (fewer days is better). */
export const withIndicator = (f: IndicatorForm, indicator: Indicator | ''): IndicatorForm => ({
  ...f,
  indicator,
  direction: indicator === '' ? f.direction : DEFAULT_DIRECTION[indicator],
});

/** A target as typed to a number with at most two decimals, from 0 to TARGET_MAX; null when it is not one. */
export function parseTarget(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const value = Number(`${match[1]}.${match[2] ?? '0'}`);
  return value <= TARGET_MAX ? value : null;
}

/** An indicator chosen and a target that is a number, a share no more than 100 %. */
export function indicatorProblems(f: IndicatorForm): Problems<IndicatorForm> {
  const problems: Problems<IndicatorForm> = {};
  if (f.indicator === '') problems.indicator = 'required';
  const target = parseTarget(f.target);
  if (f.target.trim() === '') problems.target = 'required';
  else if (target === null) problems.target = 'target';
  else if (f.indicator !== '' && UNIT[f.indicator] === 'percent' && target > 100) problems.target = 'percent';
  return problems;
}

export const indicatorBody = (f: IndicatorForm): IndicatorBody => ({
  indicator: f.indicator as Indicator,
  target: parseTarget(f.target)!,
  direction: f.direction,
});
