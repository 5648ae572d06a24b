import { Type, type TSchema } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Strict = { additionalProperties: false } as const;

const Language = () => Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', maxLength: 12 });
const Body = () => Type.String({ minLength: 1, maxLength: limits.textMax, pattern: '\\S' });

export const THREAD_KINDS = ['agencies', 'with_participant'] as const;

export const CreateThread = Type.Object(
  {
    kind: oneOf(THREAD_KINDS),
    subject: Type.String({ minLength: 1, maxLength: limits.nameMax, pattern: '\\S' }),
    /** The other organisations taking part; the writer's own organisation always takes part. */
    organisationIds: Type.Array(Uuid(), { maxItems: 20, uniqueItems: true }),
    body: Body(),
    language: Language(),
    /** Ask this participating organisation a question with the first message. */
    questionTo: Type.Optional(Nullable(Uuid())),
  },
  Strict,
);

export const PostMessage = Type.Object(
  {
    threadId: Uuid(),
    body: Body(),
    language: Language(),
    questionTo: Type.Optional(Nullable(Uuid())),
    /** The open question to the writer's organisation that this message answers. */
    answers: Type.Optional(Nullable(Uuid())),
  },
  Strict,
);

export const ThreadRef = Type.Object({ threadId: Uuid() }, Strict);
export const SetDone = Type.Object({ threadId: Uuid(), done: Type.Boolean() }, Strict);

const OrganisationRef = Type.Object({ id: Type.String(), name: Type.String() });

export const Receipt = Type.Object({
  /** An organisation's id, or `participant`. */
  reader: Type.String(),
  organisationName: Nullable(Type.String()),
  readAt: Nullable(Type.String()),
});

export const Question = Type.Object({
  organisationId: Type.String(),
  organisationName: Type.String(),
  dueDate: Type.String(),
  overdue: Type.Boolean(),
  answeredAt: Nullable(Type.String()),
  answeredByMessageId: Nullable(Type.String()),
  answeredByName: Nullable(Type.String()),
  answeredByOrganisationName: Nullable(Type.String()),
  /** The viewer's organisation is asked and may answer it. */
  mayAnswer: Type.Boolean(),
});

export const Message = Type.Object({
  id: Type.String(),
  body: Type.String(),
  language: Nullable(Type.String()),
  authorName: Type.String(),
  authorOrganisationId: Nullable(Type.String()),
  authorOrganisationName: Nullable(Type.String()),
  byParticipant: Type.Boolean(),
  mine: Type.Boolean(),
  createdAt: Type.String(),
  question: Nullable(Question),
  /** The questions this message answers. */
  answersMessageIds: Type.Array(Type.String()),
  receipts: Type.Array(Receipt),
  unread: Type.Boolean(),
});

export const Thread = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  subject: Type.String(),
  organisations: Type.Array(OrganisationRef),
  createdAt: Type.String(),
  lastMessageAt: Type.String(),
  doneAt: Nullable(Type.String()),
  doneByName: Nullable(Type.String()),
  unreadCount: Type.Integer(),
  /** Open questions: waiting since the oldest; overdue when any is. */
  openQuestions: Type.Integer(),
  waitingSince: Nullable(Type.String()),
  overdue: Type.Boolean(),
  messages: Type.Array(Message),
});

export const MessagesView = Type.Object({
  threads: Type.Array(Thread),
  /** Organisations with an active engagement: those a new thread can include. */
  engagedOrganisations: Type.Array(OrganisationRef),
  /** The viewer's organisation; null for the participant. */
  myOrganisationId: Nullable(Type.String()),
});
