import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { currentTime } from '../../lib/dates.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { notify } from '../notifications/notify.ts';
import { engagedOrganisations, loadThreads, viewerOf } from './load.ts';
import { checkDone, checkNewThread, checkReply, participatingOrganisations, readerKeyOf, seesThread, type Problem } from './policy.ts';
import type { CreateThread, PostMessage, SetDone } from './schema.ts';
import { messageReads, messages, messageThreads, threadOrganisations } from './tables.ts';

function problemError(problem: Problem): AppError {
  if (problem.code === 'not_found') return notFound();
  if (problem.code === 'conflict') return conflict(undefined, { reason: problem.reason });
  return invalid([{ path: problem.path, keyword: problem.reason, message: problem.reason.replace(/_/g, ' ') }]);
}

const staffLink = (participantId: string) => `/participants/${participantId}/messages`;
const SELF_LINK = '/me/messages';

/** Tells the thread's organisations (and the participant in a thread with them) about a new message. */
async function notifyNewMessage(
  tx: Executor,
  actor: Actor,
  participantId: string,
  thread: { kind: string; organisationIds: string[] },
  exceptUserIds: string[] = [],
) {
  const base = { tenantId: actor.tenantId, kind: 'message' as const, participantId, causedByUserId: actor.userId, exceptUserIds };
  await notify(tx, { ...base, organisationIds: thread.organisationIds, link: staffLink(participantId) });
  if (thread.kind === 'with_participant') await notify(tx, { ...base, toParticipant: true, link: SELF_LINK });
}

/** The threads the actor takes part in, with the organisations a new thread may include. */
export function listThreads(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'messages', resourceType: 'message_threads' },
    async ({ tx, today }) => ({
      threads: await loadThreads(tx, actor, participantId, today),
      engagedOrganisations: await engagedOrganisations(tx, actor, participantId, today),
      myOrganisationId: viewerOf(actor).organisationId,
    }),
  );
}

async function oneThread(tx: Executor, actor: Actor, participantId: string, today: string, threadId: string) {
  const [thread] = await loadThreads(tx, actor, participantId, today, threadId);
  if (!thread) throw notFound();
  return thread;
}

/** Starts a thread with its first message (and question), in one transaction with its audit row and notices. */
export function createThread(db: Db, actor: Actor, participantId: string, input: Static<typeof CreateThread>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'messages', resourceType: 'message_thread', action: 'create' },
    async ({ tx, today }) => {
      const viewer = viewerOf(actor);
      const engaged = (await engagedOrganisations(tx, actor, participantId, today)).map((o) => o.id);
      const problem = checkNewThread(viewer, input, engaged);
      if (problem) throw problemError(problem);
      const organisationIds = participatingOrganisations(viewer, input.organisationIds);
      const now = currentTime().toISOString();
      const [thread] = await tx
        .insert(messageThreads)
        .values({
          tenantId: actor.tenantId,
          participantId,
          kind: input.kind,
          subject: input.subject.trim(),
          createdByUserId: actor.userId,
          createdByOrganisationId: viewer.organisationId,
          createdAt: now,
        })
        .returning({ id: messageThreads.id });
      if (!thread) throw new AppError('internal');
      await tx
        .insert(threadOrganisations)
        .values(organisationIds.map((organisationId) => ({ tenantId: actor.tenantId, threadId: thread.id, organisationId, addedAt: now })));
      await insertMessage(tx, actor, participantId, thread.id, input, now);
      await notifyNewMessage(tx, actor, participantId, { kind: input.kind, organisationIds });
      return { thread: await oneThread(tx, actor, participantId, today, thread.id), resourceId: thread.id };
    },
  );
}

async function insertMessage(
  tx: Executor,
  actor: Actor,
  participantId: string,
  threadId: string,
  input: { body: string; language: string; questionTo?: string | null },
  now: string,
) {
  const viewer = viewerOf(actor);
  const [message] = await tx
    .insert(messages)
    .values({
      tenantId: actor.tenantId,
      threadId,
      participantId,
      authorUserId: actor.userId,
      authorOrganisationId: viewer.organisationId,
      body: input.body.trim(),
      language: input.language,
      isQuestion: Boolean(input.questionTo),
      askedOrganisationId: input.questionTo ?? null,
      createdAt: now,
    })
    .returning({ id: messages.id });
  if (!message) throw new AppError('internal');
  // The writer's side has read its own message.
  await tx
    .insert(messageReads)
    .values({ tenantId: actor.tenantId, messageId: message.id, readerKey: readerKeyOf(viewer), readByUserId: actor.userId, readAt: now });
  return message.id;
}

/** The thread's organisations and state, for the actor's rules; 404 when the actor does not take part. */
async function threadFacts(tx: Executor, actor: Actor, participantId: string, threadId: string) {
  const [thread] = await tx
    .select({ id: messageThreads.id, kind: messageThreads.kind, doneAt: messageThreads.doneAt })
    .from(messageThreads)
    .where(
      and(eq(messageThreads.tenantId, actor.tenantId), eq(messageThreads.id, threadId), eq(messageThreads.participantId, participantId)),
    );
  if (!thread) throw notFound();
  const orgs = await tx
    .select({ id: threadOrganisations.organisationId })
    .from(threadOrganisations)
    .where(and(eq(threadOrganisations.tenantId, actor.tenantId), eq(threadOrganisations.threadId, threadId)));
  const facts = { ...thread, organisationIds: orgs.map((o) => o.id) };
  if (!seesThread(viewerOf(actor), facts)) throw notFound();
  return facts;
}

/**
 * Writes a message in a thread; it may ask a participating organisation, and may answer an open question put to
 * the writer's organisation (which closes it and tells the asker). Writing in a done thread opens it again.
 */
export function postMessage(db: Db, actor: Actor, participantId: string, input: Static<typeof PostMessage>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'messages', resourceType: 'message', action: 'create' },
    async ({ tx, today }) => {
      const thread = await threadFacts(tx, actor, participantId, input.threadId);
      const [answered] = input.answers
        ? await tx
            .select({
              threadId: messages.threadId,
              askedOrganisationId: messages.askedOrganisationId,
              isQuestion: messages.isQuestion,
              answeredAt: messages.answeredAt,
              authorUserId: messages.authorUserId,
              authorOrganisationId: messages.authorOrganisationId,
            })
            .from(messages)
            .where(and(eq(messages.tenantId, actor.tenantId), eq(messages.id, input.answers), eq(messages.participantId, participantId)))
        : [];
      const problem = checkReply(viewerOf(actor), thread, input, answered ?? null);
      if (problem) throw problemError(problem);
      const now = currentTime().toISOString();
      const messageId = await insertMessage(tx, actor, participantId, thread.id, input, now);
      if (input.answers && answered) {
        const closed = await tx
          .update(messages)
          .set({ answeredAt: now, answeredByMessageId: messageId })
          .where(and(eq(messages.tenantId, actor.tenantId), eq(messages.id, input.answers), sql`${messages.answeredAt} is null`))
          .returning({ id: messages.id });
        // Someone else answered it between our read and this update.
        if (closed.length === 0) throw conflict(undefined, { reason: 'already_answered' });
        await notify(tx, {
          tenantId: actor.tenantId,
          kind: 'answer',
          userIds: [answered.authorUserId],
          participantId,
          toParticipant: answered.authorOrganisationId === null,
          link: answered.authorOrganisationId === null ? SELF_LINK : staffLink(participantId),
          causedByUserId: actor.userId,
        });
      }
      if (thread.doneAt !== null)
        await tx
          .update(messageThreads)
          .set({ doneAt: null, doneByUserId: null })
          .where(and(eq(messageThreads.tenantId, actor.tenantId), eq(messageThreads.id, thread.id)));
      // The asker of an answered question is told by the `answer` notice, once.
      await notifyNewMessage(tx, actor, participantId, thread, input.answers && answered ? [answered.authorUserId] : []);
      return { thread: await oneThread(tx, actor, participantId, today, thread.id), resourceId: messageId };
    },
  );
}

/** Records the first read of each message by the actor's organisation (or by the participant): the read receipts. */
export function markThreadRead(db: Db, actor: Actor, participantId: string, threadId: string) {
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'messages', resourceType: 'message_thread', resourceId: threadId },
    async ({ tx, today }) => {
      await threadFacts(tx, actor, participantId, threadId);
      const reader = readerKeyOf(viewerOf(actor));
      await tx.execute(sql`insert into message_reads (tenant_id, message_id, reader_key, read_by_user_id, read_at)
        select m.tenant_id, m.id, ${reader}, ${actor.userId}, ${currentTime().toISOString()}
        from messages m where m.tenant_id = ${actor.tenantId} and m.thread_id = ${threadId}
        on conflict do nothing`);
      return { thread: await oneThread(tx, actor, participantId, today, threadId) };
    },
  );
}

/** Marks a thread done, or opens it again; only a participating organisation may. */
export function setThreadDone(db: Db, actor: Actor, participantId: string, input: Static<typeof SetDone>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'messages', resourceType: 'message_thread', resourceId: input.threadId, action: 'update' },
    async ({ tx, today }) => {
      const thread = await threadFacts(tx, actor, participantId, input.threadId);
      const problem = checkDone(viewerOf(actor), thread, input.done);
      if (problem) throw problemError(problem);
      await tx
        .update(messageThreads)
        .set(input.done ? { doneAt: currentTime().toISOString(), doneByUserId: actor.userId } : { doneAt: null, doneByUserId: null })
        .where(and(eq(messageThreads.tenantId, actor.tenantId), eq(messageThreads.id, thread.id)));
      return { thread: await oneThread(tx, actor, participantId, today, thread.id) };
    },
  );
}
