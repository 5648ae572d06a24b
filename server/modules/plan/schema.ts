import { Type, type TSchema } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, GOAL_STATUSES, SFI_LEVELS, type Weekday } from '../../../common/plan.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';
import { PlanWarningSchema } from '../calendar/schema.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Strict = { additionalProperties: false } as const;

const TimeOfDay = () => Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', description: 'HH:MM, Swedish local time' });
const Language = () => Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', maxLength: 12 });

export const ActivityKind = oneOf(ACTIVITY_KINDS);
export const ActivityStatus = oneOf(ACTIVITY_STATUSES);
export const GoalStatus = oneOf(GOAL_STATUSES);

export const Slot = Type.Object(
  {
    weekday: Type.Unsafe<Weekday>(Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday, 1 = Monday' })),
    start: TimeOfDay(),
    end: TimeOfDay(),
  },
  Strict,
);

export const Schedule = Type.Union([
  Type.Object({ kind: Type.Literal('weekly_hours'), hours: Type.Number({ exclusiveMinimum: 0, maximum: 80 }) }, Strict),
  Type.Object({ kind: Type.Literal('recurring'), slots: Type.Array(Slot, { minItems: 1, maxItems: 21 }) }, Strict),
  Type.Object({ kind: Type.Literal('once'), date: DateString(), start: TimeOfDay(), end: TimeOfDay() }, Strict),
]);

export const Prerequisites = Type.Object(
  { sfiLevelAtLeast: Type.Optional(oneOf(SFI_LEVELS)), civicOrientationDone: Type.Optional(Type.Boolean()) },
  Strict,
);

const Title = () => Type.String({ minLength: 1, maxLength: limits.nameMax, pattern: '\\S' });
const LongText = () => Type.String({ maxLength: limits.textMax });
const Version = () => Type.Integer({ minimum: 0, maximum: 2_147_483_647 });

export const PlanParams = Type.Object({ id: Uuid() }, Strict);
export const GoalParams = Type.Object({ id: Uuid(), goalId: Uuid() }, Strict);
export const ActivityParams = Type.Object({ id: Uuid(), activityId: Uuid() }, Strict);

export const Plan = Type.Object({ fullTimeHours: Type.Number(), version: Type.Integer() });

export const Goal = Type.Object({
  id: Type.String(),
  text: Type.String(),
  language: Nullable(Type.String()),
  status: Type.String(),
  writtenByParticipant: Type.Boolean(),
  writtenByName: Nullable(Type.String()),
  writtenByOrganisationName: Nullable(Type.String()),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  mayEdit: Type.Boolean(),
});

export const Activity = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  description: Nullable(Type.String()),
  ownerOrganisationId: Nullable(Type.String()),
  ownerOrganisationName: Nullable(Type.String()),
  status: Type.String(),
  cancelReason: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  schedule: Type.Unknown(),
  place: Nullable(Type.String()),
  goalId: Nullable(Type.String()),
  agreed: Type.Boolean(),
  prerequisites: Type.Unknown(),
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  allowed: Type.Object({ change: Type.Boolean(), agree: Type.Boolean(), transitions: Type.Array(Type.String()) }),
});

export const PlanView = Type.Object({ plan: Plan, goals: Type.Array(Goal), activities: Type.Array(Activity) });
export const SavedActivity = Type.Object({ activity: Activity, warnings: Type.Array(PlanWarningSchema) });

export const UpdatePlan = Type.Object({ fullTimeHours: Type.Number({ minimum: 1, maximum: 60 }), version: Version() }, Strict);

export const CreateGoal = Type.Object(
  { text: Type.String({ minLength: 1, maxLength: limits.textMax, pattern: '\\S' }), language: Type.Optional(Nullable(Language())) },
  Strict,
);

export const UpdateGoal = Type.Object(
  {
    text: Type.Optional(Type.String({ minLength: 1, maxLength: limits.textMax, pattern: '\\S' })),
    language: Type.Optional(Nullable(Language())),
    status: Type.Optional(GoalStatus),
    version: Version(),
  },
  Strict,
);

const activityFields = {
  kind: ActivityKind,
  title: Title(),
  description: Type.Optional(Nullable(LongText())),
  ownerOrganisationId: Nullable(Uuid()),
  startDate: DateString(),
  endDate: Type.Optional(Nullable(DateString())),
  schedule: Schedule,
  place: Type.Optional(Nullable(Type.String({ maxLength: limits.nameMax }))),
  goalId: Type.Optional(Nullable(Uuid())),
  agreed: Type.Optional(Type.Boolean()),
  prerequisites: Type.Optional(Nullable(Prerequisites)),
};

export const CreateActivity = Type.Object({ ...activityFields, status: Type.Optional(oneOf(['proposed', 'planned'] as const)) }, Strict);

export const UpdateActivity = Type.Object(
  {
    kind: Type.Optional(activityFields.kind),
    title: Type.Optional(activityFields.title),
    description: activityFields.description,
    ownerOrganisationId: Type.Optional(activityFields.ownerOrganisationId),
    startDate: Type.Optional(activityFields.startDate),
    endDate: activityFields.endDate,
    schedule: Type.Optional(activityFields.schedule),
    place: activityFields.place,
    goalId: activityFields.goalId,
    agreed: activityFields.agreed,
    prerequisites: activityFields.prerequisites,
    version: Version(),
  },
  Strict,
);

export const Transition = Type.Object(
  { to: ActivityStatus, reason: Type.Optional(Nullable(Type.String({ maxLength: limits.textMax }))), version: Version() },
  Strict,
);

export const ActivityVersion = Type.Object({
  version: Type.Integer(),
  changedAt: Type.String(),
  changedByName: Nullable(Type.String()),
  changedByOrganisationName: Nullable(Type.String()),
  byParticipant: Type.Boolean(),
  changes: Type.Array(Type.Object({ field: Type.String(), from: Type.Unknown(), to: Type.Unknown() })),
});

export const ActivityHistory = Type.Object({ items: Type.Array(ActivityVersion) });
