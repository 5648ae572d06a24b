import { Type } from 'typebox';
import { INDICATORS, TARGET_DIRECTIONS } from '../../../common/governance.ts';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

const goalFields = {
  title: Type.String({ minLength: 1, maxLength: limits.nameMax }),
  description: Type.String({ maxLength: limits.textMax }),
  /** Null for a joint goal of the förbund; a party for the party's own goal. */
  partyId: Nullable(Uuid()),
  /** For a party's goal: the joint goals it serves (its translation). Empty for a joint goal. */
  jointGoalIds: Type.Array(Uuid(), { maxItems: 50, uniqueItems: true }),
};
export const CreateGoal = Type.Object(goalFields, { additionalProperties: false });
export const UpdateGoal = Type.Object({ ...goalFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const indicatorFields = {
  indicator: oneOf(INDICATORS),
  /** A share in percent, days or people, by the indicator. */
  target: Type.Number({ minimum: 0, maximum: 1_000_000, multipleOf: 0.01 }),
  direction: oneOf(TARGET_DIRECTIONS),
};
export const CreateIndicator = Type.Object(indicatorFields, { additionalProperties: false });
export const UpdateIndicator = Type.Object({ ...indicatorFields, version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

const ShownCount = Type.Union([
  Type.Object({ kind: Type.Literal('value'), value: Type.Number() }),
  Type.Object({ kind: Type.Literal('small') }),
  Type.Object({ kind: Type.Literal('hidden') }),
]);
const Point = Type.Object({
  quarter: Type.String(),
  value: Nullable(Type.Number()),
  suppressed: Nullable(oneOf(['small', 'hidden'] as const)),
  base: ShownCount,
});

export const IndicatorView = Type.Object({
  id: Type.String(),
  indicator: oneOf(INDICATORS),
  target: Type.Number(),
  direction: oneOf(TARGET_DIRECTIONS),
  points: Type.Array(Point),
  /** The latest quarter that could be published. */
  latest: Nullable(Point),
  status: oneOf(['met', 'not_met', 'unknown'] as const),
  trend: oneOf(['up', 'down', 'flat', 'unknown'] as const),
  /** People per party and quarter (people_in_forbund_funded only). */
  byParty: Nullable(
    Type.Object({
      parties: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
      quarters: Type.Array(Type.Object({ quarter: Type.String(), cells: Type.Record(Type.String(), ShownCount) })),
    }),
  ),
  version: Type.Integer(),
});

const GoalBase = {
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  version: Type.Integer(),
};

export const GoalList = Type.Object({
  /** The quarters the indicators cover, oldest first. */
  quarters: Type.Array(Type.String()),
  joint: Type.Array(
    Type.Object({
      ...GoalBase,
      indicators: Type.Array(IndicatorView),
      /** The parties' goals that serve this one. */
      partyGoals: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), partyId: Type.String(), partyName: Type.String() })),
    }),
  ),
  parties: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      goals: Type.Array(Type.Object({ ...GoalBase, jointGoalIds: Type.Array(Type.String()) })),
    }),
  ),
  mayManage: Type.Boolean(),
});
