import { Type } from 'typebox';
import { FINSAM, finsamCodes, GENDERS } from '../../../common/offer.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';
import { FOLLOW_UP_STATES } from './followups.ts';
import { FOLLOW_UP_LIMITS } from './rules.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
/** The codes of a FINSAM list as an enum, read from common/finsam-categories.json. */
const Code = (list: keyof typeof FINSAM) => oneOf(finsamCodes(list));

/** The person's situation in the national follow-up's categories; extent only for work and studies. */
export const SituationSchema = Type.Object(
  {
    occupation: Code('occupation'),
    incomeSources: Type.Array(Code('income'), { minItems: 1, maxItems: FINSAM.income.length, uniqueItems: true }),
    extentPercent: Nullable(Type.Integer({ minimum: 0, maximum: 100 })),
  },
  { additionalProperties: false },
);

/** What a provider records when a participation starts (the referral's start dialog sends it). */
export const StartParticipationBody = Type.Object(
  {
    startDate: DateString(),
    timeInSupport: Code('timeInSupport'),
    educationLevel: Code('educationLevel'),
    situation: SituationSchema,
  },
  { additionalProperties: false },
);

/** The provider's start of an accepted referral: the start, the hours a week for the plan, the referral's version. */
export const StartFromReferralBody = Type.Object(
  {
    ...StartParticipationBody.properties,
    hoursPerWeek: Type.Number({ exclusiveMinimum: 0, maximum: 60 }),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

export const Started = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  activityId: Type.String(),
  referral: Type.Object({ id: Type.String(), state: Type.Literal('started'), version: Type.Integer() }),
});

export const Ended = Type.Object({ id: Type.String(), version: Type.Integer(), followUpIds: Type.Array(Type.String()) });

/** What a provider records when a participation ends. */
export const EndParticipationBody = Type.Object(
  { endDate: DateString(), endReason: Code('endReason'), situation: SituationSchema },
  { additionalProperties: false },
);

/** A correction of the situation at start or at end (with the start's background or the end reason). */
export const CorrectSituationBody = Type.Object(
  {
    at: oneOf(['start', 'end'] as const),
    situation: SituationSchema,
    timeInSupport: Type.Optional(Code('timeInSupport')),
    educationLevel: Type.Optional(Code('educationLevel')),
    endReason: Type.Optional(Code('endReason')),
    version: Type.Integer({ minimum: 1 }),
  },
  { additionalProperties: false },
);

const SituationOut = Type.Object({
  occupation: Type.String(),
  incomeSources: Type.Array(Type.String()),
  extentPercent: Nullable(Type.Integer()),
});

const State = oneOf(FOLLOW_UP_STATES);

export const FollowUp = Type.Object({
  id: Type.String(),
  daysAfterEnd: Type.Integer(),
  dueDate: Type.String(),
  state: State,
  recordedAt: Nullable(Type.String()),
  notReachable: Type.Boolean(),
  situation: Nullable(SituationOut),
  version: Type.Integer(),
});

export const Participation = Type.Object({
  id: Type.String(),
  interventionId: Type.String(),
  interventionName: Type.String(),
  interventionKind: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  referralId: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
  gender: oneOf(GENDERS),
  ageAtStart: Nullable(Type.Integer()),
  timeInSupport: Type.String(),
  educationLevel: Type.String(),
  start: SituationOut,
  endReason: Nullable(Type.String()),
  end: Nullable(SituationOut),
  followUps: Type.Array(FollowUp),
  /** The reader's organisation is the provider: it may correct the situations and record follow-ups. */
  mayWrite: Type.Boolean(),
  version: Type.Integer(),
});

export const ParticipationList = Type.Object({ items: Type.Array(Participation) });

export const FollowUpsQuery = Type.Object({ state: Type.Optional(State) }, { additionalProperties: false });

export const FollowUpListItem = Type.Object({
  id: Type.String(),
  participationId: Type.String(),
  participantId: Type.String(),
  /** Only where the reader may see the person's identity; otherwise the screen says "a participant". */
  participantName: Nullable(Type.String()),
  interventionName: Type.String(),
  endDate: Type.String(),
  endReason: Nullable(Type.String()),
  daysAfterEnd: Type.Integer(),
  dueDate: Type.String(),
  state: State,
  recordedAt: Nullable(Type.String()),
  notReachable: Type.Boolean(),
  situation: Nullable(SituationOut),
  version: Type.Integer(),
});

export const FollowUpList = Type.Object({
  items: Type.Array(FollowUpListItem),
  /** How many of the organisation's follow-ups are in each state, for the tabs. */
  counts: Type.Object({ upcoming: Type.Integer(), due: Type.Integer(), missed: Type.Integer(), recorded: Type.Integer() }),
  /** Missing (missed) follow-ups per intervention of the organisation. */
  missedByIntervention: Type.Array(Type.Object({ interventionId: Type.String(), interventionName: Type.String(), missed: Type.Integer() })),
});

/** Record a follow-up: the situation then, or that the person could not be reached. */
export const RecordFollowUpBody = Type.Union([
  Type.Object(
    { notReachable: Type.Literal(false), situation: SituationSchema, version: Type.Integer({ minimum: 1 }) },
    { additionalProperties: false },
  ),
  Type.Object({ notReachable: Type.Literal(true), version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
]);

export const FollowUpDays = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: FOLLOW_UP_LIMITS.minDays, maximum: FOLLOW_UP_LIMITS.maxDays }), {
      minItems: FOLLOW_UP_LIMITS.minPoints,
      maxItems: FOLLOW_UP_LIMITS.maxPoints,
    }),
  },
  { additionalProperties: false },
);

export const ParticipationParams = Type.Object({ id: Uuid() }, { additionalProperties: false });
