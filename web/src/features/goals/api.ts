import type { Indicator, TargetDirection } from '../../../../common/governance.ts';
import { http } from '../../lib/http.ts';
import type { Shown } from '../evaluation/api.ts';

/** One quarter of an indicator as published: its value (percent, days or people) or why it is not shown. */
export interface Point {
  /** "2026-Q3". */
  quarter: string;
  value: number | null;
  /** `small`: fewer than five to publish; `hidden`: withheld so that a small cell cannot be worked out; null: shown (or no data). */
  suppressed: 'small' | 'hidden' | null;
  /** How many people (or referrals) the value rests on, as published. */
  base: Shown;
}

export interface IndicatorView {
  id: string;
  indicator: Indicator;
  target: number;
  direction: TargetDirection;
  /** One a quarter, oldest first. */
  points: Point[];
  /** The latest quarter that could be published. */
  latest: Point | null;
  status: 'met' | 'not_met' | 'unknown';
  trend: 'up' | 'down' | 'flat' | 'unknown';
  /** People per party and quarter (people_in_forbund_funded only); the party `none` runs interventions for no party. */
  byParty: {
    parties: { id: string; name: string }[];
    quarters: { quarter: string; cells: Record<string, Shown> }[];
  } | null;
  version: number;
}

export interface JointGoal {
  id: string;
  title: string;
  description: string;
  version: number;
  indicators: IndicatorView[];
  /** The parties' goals that serve this one. */
  partyGoals: { id: string; title: string; partyId: string; partyName: string }[];
}

export interface PartyGoal {
  id: string;
  title: string;
  description: string;
  version: number;
  jointGoalIds: string[];
}

export interface GoalList {
  /** The quarters the indicators cover, oldest first. */
  quarters: string[];
  joint: JointGoal[];
  parties: { id: string; name: string; goals: PartyGoal[] }[];
  mayManage: boolean;
}

export interface GoalBody {
  title: string;
  description: string;
  /** Null for a joint goal. */
  partyId: string | null;
  /** For a party's goal, the joint goals it serves; empty for a joint goal. */
  jointGoalIds: string[];
}

export interface IndicatorBody {
  indicator: Indicator;
  target: number;
  direction: TargetDirection;
}

export const goalKeys = { all: ['goals'] as const };

export const listGoals = (): Promise<GoalList> => http.get('/api/goals', 'read the goals');

export const saveGoal = (id: string | null, body: GoalBody & { version?: number }): Promise<GoalList> =>
  id ? http.put(`/api/goals/${id}`, body, 'change a goal') : http.post('/api/goals', body, 'add a goal');

/** Adds an indicator to the joint goal `goalId`, or changes the indicator `id`. */
export const saveIndicator = (
  target: { goalId: string } | { id: string },
  body: IndicatorBody & { version?: number },
): Promise<GoalList> =>
  'id' in target
    ? http.put(`/api/goal-indicators/${target.id}`, body, 'change an indicator')
    : http.post(`/api/goals/${target.goalId}/indicators`, body, 'add an indicator');
