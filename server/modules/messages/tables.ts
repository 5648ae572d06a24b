import { boolean, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { participants } from '../participants/tables.ts';

/**
 * A conversation about one participant: between organisations (`agencies`), or with the participant taking part
 * (`with_participant`). Its messages are the participant's personal data of category `messages`.
 */
export const messageThreads = pgTable(
  'message_threads',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<'agencies' | 'with_participant'>().notNull(),
    subject: text('subject').notNull(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    /** Null when the participant started the thread. */
    createdByOrganisationId: uuid('created_by_organisation_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true, mode: 'string' }),
    doneByUserId: uuid('done_by_user_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    index('message_threads_tenant_participant').on(t.tenantId, t.participantId, t.createdAt),
  ],
);

/** The organisations taking part in a thread; each sees it only with its own consent for `messages`. */
export const threadOrganisations = pgTable(
  'thread_organisations',
  {
    tenantId: uuid('tenant_id').notNull(),
    threadId: uuid('thread_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.threadId, t.organisationId] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [messageThreads.tenantId, messageThreads.id] }),
    index('thread_organisations_tenant_organisation').on(t.tenantId, t.organisationId),
  ],
);

/**
 * One message. A question waits on one organisation (`askedOrganisationId`) until a message from that organisation
 * answers it; it is overdue after that organisation's number of working days.
 */
export const messages = pgTable(
  'messages',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    threadId: uuid('thread_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    authorUserId: uuid('author_user_id').notNull(),
    /** Null when the participant wrote it. */
    authorOrganisationId: uuid('author_organisation_id'),
    body: text('body').notNull(),
    /** The language the text is written in (BCP 47); shown as written, labelled with it. */
    language: text('language'),
    isQuestion: boolean('is_question').notNull().default(false),
    askedOrganisationId: uuid('asked_organisation_id'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    answeredByMessageId: uuid('answered_by_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.threadId], foreignColumns: [messageThreads.tenantId, messageThreads.id] }),
    index('messages_tenant_thread').on(t.tenantId, t.threadId, t.createdAt),
    index('messages_tenant_open_questions').on(t.tenantId, t.askedOrganisationId, t.answeredAt),
  ],
);

/**
 * Read receipts per organisation (the first reader from it), and for the participant (`readerKey` = 'participant').
 * `readerKey` is the organisation's id as text, or 'participant'.
 */
export const messageReads = pgTable(
  'message_reads',
  {
    tenantId: uuid('tenant_id').notNull(),
    messageId: uuid('message_id').notNull(),
    readerKey: text('reader_key').notNull(),
    readByUserId: uuid('read_by_user_id').notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.messageId, t.readerKey] }),
    foreignKey({ columns: [t.tenantId, t.messageId], foreignColumns: [messages.tenantId, messages.id] }),
  ],
);
