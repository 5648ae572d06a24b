import { Type } from 'typebox';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../../common/plan.ts';
import { oneOf } from '../../lib/http/enum.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const Time = Type.String();

export const WEEK_PATTERN = '^[0-9]{4}-W[0-9]{2}$';
const Week = Type.String({ pattern: WEEK_PATTERN, maxLength: 8, description: 'An ISO week, e.g. 2026-W48' });

export const WeekQuery = Type.Object(
  {
    week: Type.Optional(
      Type.String({ pattern: WEEK_PATTERN, maxLength: 8, description: 'An ISO week, e.g. 2026-W48; this week when left out' }),
    ),
  },
  { additionalProperties: false },
);

export const Acknowledgement = Type.Object({
  key: Type.String(),
  reason: Type.String(),
  byName: Nullable(Type.String()),
  byOrganisationName: Nullable(Type.String()),
  at: Type.String(),
});

/** A calendar warning (common/plan.ts PlanWarning), as the plan's save answers may also return it. */
export const PlanWarningSchema = Type.Union([
  Type.Object({
    kind: Type.Literal('overlap'),
    key: Type.String(),
    activityIds: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
    date: Type.String(),
    start: Time,
    end: Time,
  }),
  Type.Object({
    kind: Type.Literal('over_full_time'),
    key: Type.String(),
    week: Type.String(),
    hours: Type.Number(),
    fullTimeHours: Type.Number(),
    activityIds: Type.Array(Type.String()),
  }),
  Type.Object({
    kind: Type.Literal('prerequisite_unmet'),
    key: Type.String(),
    activityIds: Type.Array(Type.String(), { minItems: 1, maxItems: 1 }),
    requirement: oneOf(['sfi_level', 'civic_orientation'] as const),
    required: Type.String(),
    /** The person's SFI level, `none`, or `not_done`; null when the actor may not read the person's progression. */
    actual: Nullable(Type.String()),
  }),
]);

/** A warning in the week view: the titles and kinds of its activities (in `activityIds` order) and its acknowledgement. */
export const WeekWarning = Type.Intersect([
  PlanWarningSchema,
  Type.Object({
    titles: Type.Array(Type.String()),
    kinds: Type.Array(oneOf(ACTIVITY_KINDS)),
    acknowledgement: Type.Union([Acknowledgement, Type.Null()]),
  }),
]);

const OccurrenceFields = {
  activityId: Type.String(),
  title: Type.String(),
  kind: oneOf(ACTIVITY_KINDS),
  status: oneOf(ACTIVITY_STATUSES),
  ownerOrganisationName: Nullable(Type.String()),
  hours: Type.Number(),
};

export const WeekView = Type.Object({
  week: Week,
  previousWeek: Week,
  nextWeek: Week,
  /** The week of today, in Sweden. */
  currentWeek: Week,
  days: Type.Array(
    Type.Object({
      date: Type.String(),
      weekday: Type.Integer({ minimum: 1, maximum: 7 }),
      /** The Swedish name of a public holiday or closed eve on this day. */
      holiday: Nullable(Type.String()),
      occurrences: Type.Array(Type.Object({ ...OccurrenceFields, start: Time, end: Time })),
    }),
  ),
  /** Activities with weekly hours but no fixed times, with their hours this week. */
  unscheduled: Type.Array(Type.Object(OccurrenceFields)),
  totalHours: Type.Number(),
  fullTimeHours: Type.Number(),
  /** Whether the actor may read the person's progression, so whether `actual` levels are shown. */
  progressionVisible: Type.Boolean(),
  warnings: Type.Array(WeekWarning),
});

export const AcknowledgeWarning = Type.Object(
  {
    key: Type.String({
      minLength: 1,
      maxLength: 120,
      pattern:
        '^(overlap:[0-9a-f-]{36}:[0-9a-f-]{36}:[0-9]{4}-W[0-9]{2}|over_full_time:[0-9]{4}-W[0-9]{2}|prerequisite:[0-9a-f-]{36}:(sfi_level|civic_orientation))$',
    }),
    reason: Type.String({ minLength: 1, maxLength: 1000 }),
  },
  { additionalProperties: false },
);
