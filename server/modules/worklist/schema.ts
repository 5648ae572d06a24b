import { Type, type TSchema } from 'typebox';
import { oneOf } from '../../lib/http/enum.ts';
import { WORKLIST_SCOPES } from './rules.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const WorklistQuery = Type.Object({ scope: Type.Optional(oneOf(WORKLIST_SCOPES)) }, { additionalProperties: false });

/**
 * The person an item is about, as far as the actor may see them: the name only with identity consent (or the own
 * organisation's record) and not hidden by protected identity; `identityReadable` false says only "a person".
 */
export const WorklistParticipant = Type.Object({
  id: Type.String(),
  name: Nullable(Type.String()),
  protectedIdentity: Type.Boolean(),
  identityReadable: Type.Boolean(),
});

/** Every item names its place in the web app; null only where the user has no page to go to. */
const Link = Nullable(Type.String());

export const QuestionItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  threadId: Type.String(),
  askedByOrganisationName: Nullable(Type.String()),
  askedAt: Type.String(),
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  link: Link,
});

export const MeetingItem = Type.Object({
  key: Type.String(),
  source: oneOf(['joint_intake', 'activity'] as const),
  date: Type.String(),
  start: Type.String(),
  end: Type.String(),
  place: Nullable(Type.String()),
  /** The activity's title; null for a joint intake. */
  title: Nullable(Type.String()),
  /** The own organisation's answer to a joint-intake invitation. */
  answer: Nullable(oneOf(['pending', 'accepted', 'declined'] as const)),
  /** Null for an invitation about a person the organisation may not know yet. */
  participant: Nullable(WorklistParticipant),
  link: Link,
});

export const WindowItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  opens: Type.String(),
  closes: Type.String(),
  state: oneOf(['not_yet_open', 'open', 'closed'] as const),
  workingDaysLeft: Type.Integer(),
  link: Link,
});

export const ConsentItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  validTo: Type.String(),
  categories: Type.Array(Type.String()),
  link: Link,
});

export const ActivityItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  activityId: Type.String(),
  title: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  endDate: Type.String(),
  link: Link,
});

export const WarningItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  kind: oneOf(['overlap', 'over_full_time', 'prerequisite_unmet'] as const),
  week: Type.String(),
  titles: Type.Array(Type.String()),
  link: Link,
});

/** A follow-up after an ended participation in the organisation's intervention, due now or missed. */
export const FollowUpItem = Type.Object({
  key: Type.String(),
  participant: WorklistParticipant,
  interventionName: Type.String(),
  daysAfterEnd: Type.Integer(),
  dueDate: Type.String(),
  state: oneOf(['due', 'missed'] as const),
  link: Link,
});

const Group = <T extends TSchema>(item: T) => Type.Object({ count: Type.Integer(), items: Type.Array(item) });

export const Worklist = Type.Object({
  scope: oneOf(WORKLIST_SCOPES),
  today: Type.String(),
  week: Type.String(),
  groups: Type.Object({
    questionsWaiting: Group(QuestionItem),
    repliesOverdue: Group(QuestionItem),
    meetingsToday: Group(MeetingItem),
    meetingsThisWeek: Group(MeetingItem),
    windowsClosing: Group(WindowItem),
    consentsExpiring: Group(ConsentItem),
    activitiesEnding: Group(ActivityItem),
    warnings: Group(WarningItem),
    followUps: Group(FollowUpItem),
  }),
});
