import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { receiptsOf, seesThread, unreadFor, type ThreadKind, type Viewer } from './policy.ts';
import { questionDueDate, questionOverdue } from './questions.ts';

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

export const viewerOf = (actor: Actor): Viewer => ({ organisationId: actor.participantId !== null ? null : actor.organisationId });

/** The threads about the participant the viewer takes part in, as SQL over `message_threads t`. */
function visibleThreads(actor: Actor): SQL {
  const viewer = viewerOf(actor);
  return viewer.organisationId === null
    ? sql`t.kind = 'with_participant'`
    : sql`exists (select 1 from thread_organisations tor
        where tor.tenant_id = t.tenant_id and tor.thread_id = t.id and tor.organisation_id = ${viewer.organisationId})`;
}

interface ThreadRow {
  id: string;
  kind: ThreadKind;
  subject: string;
  created_at: string;
  done_at: string | null;
  done_by_name: string | null;
  organisations: { id: string; name: string }[];
}

interface MessageRow {
  id: string;
  thread_id: string;
  body: string;
  language: string | null;
  author_user_id: string;
  author_name: string;
  author_organisation_id: string | null;
  author_organisation_name: string | null;
  is_question: boolean;
  asked_organisation_id: string | null;
  asked_organisation_name: string | null;
  reply_working_days: number | null;
  answered_at: string | null;
  answered_by_message_id: string | null;
  answered_by_name: string | null;
  answered_by_organisation_name: string | null;
  created_at: string;
}

/**
 * The viewer's threads about the participant with their messages, questions and read receipts, newest activity
 * first; or only `threadId`. Runs inside the access core's transaction, after its decision.
 */
export async function loadThreads(ex: Executor, actor: Actor, participantId: string, today: string, threadId?: string) {
  const t0 = actor.tenantId;
  const only = threadId ? sql`and t.id = ${threadId}` : sql``;
  const threadRows = await rows<ThreadRow>(
    ex,
    sql`select t.id, t.kind, t.subject, t.created_at::text as created_at, t.done_at::text as done_at, du.display_name as done_by_name,
        coalesce((select json_agg(json_build_object('id', o.id, 'name', o.name) order by o.name, o.id)
          from thread_organisations tor join organisations o on o.tenant_id = tor.tenant_id and o.id = tor.organisation_id
          where tor.tenant_id = t.tenant_id and tor.thread_id = t.id), '[]') as organisations
      from message_threads t
      left join users du on du.tenant_id = t.tenant_id and du.id = t.done_by_user_id
      where t.tenant_id = ${t0} and t.participant_id = ${participantId} and ${visibleThreads(actor)} ${only}`,
  );
  const messageRows = await rows<MessageRow>(
    ex,
    sql`select m.id, m.thread_id, m.body, m.language, m.author_user_id, u.display_name as author_name,
        m.author_organisation_id, ao.name as author_organisation_name, m.is_question, m.asked_organisation_id,
        qo.name as asked_organisation_name, qo.reply_working_days, m.answered_at::text as answered_at,
        m.answered_by_message_id, au.display_name as answered_by_name, aao.name as answered_by_organisation_name,
        m.created_at::text as created_at
      from messages m
      join message_threads t on t.tenant_id = m.tenant_id and t.id = m.thread_id
      join users u on u.tenant_id = m.tenant_id and u.id = m.author_user_id
      left join organisations ao on ao.tenant_id = m.tenant_id and ao.id = m.author_organisation_id
      left join organisations qo on qo.tenant_id = m.tenant_id and qo.id = m.asked_organisation_id
      left join messages a on a.tenant_id = m.tenant_id and a.id = m.answered_by_message_id
      left join users au on au.tenant_id = a.tenant_id and au.id = a.author_user_id
      left join organisations aao on aao.tenant_id = a.tenant_id and aao.id = a.author_organisation_id
      where m.tenant_id = ${t0} and m.participant_id = ${participantId} and ${visibleThreads(actor)} ${only}
      order by m.created_at, m.id`,
  );
  const readRows = await rows<{ message_id: string; reader_key: string; read_at: string }>(
    ex,
    sql`select r.message_id, r.reader_key, r.read_at::text as read_at
      from message_reads r
      join messages m on m.tenant_id = r.tenant_id and m.id = r.message_id
      join message_threads t on t.tenant_id = m.tenant_id and t.id = m.thread_id
      where r.tenant_id = ${t0} and m.participant_id = ${participantId} and ${visibleThreads(actor)} ${only}`,
  );
  const reads = new Map<string, Map<string, string>>();
  for (const r of readRows) {
    if (!reads.has(r.message_id)) reads.set(r.message_id, new Map());
    reads.get(r.message_id)!.set(r.reader_key, iso(r.read_at)!);
  }
  const viewer = viewerOf(actor);
  const threads = threadRows
    .map((t) => present(actor, viewer, t, messageRows, reads, today))
    .filter((t) => seesThread(viewer, { kind: t.kind as ThreadKind, organisationIds: t.organisations.map((o) => o.id) }));
  return threads.sort((a, b) => (a.lastMessageAt < b.lastMessageAt ? 1 : a.lastMessageAt > b.lastMessageAt ? -1 : 0));
}

function present(
  actor: Actor,
  viewer: Viewer,
  t: ThreadRow,
  messageRows: MessageRow[],
  reads: Map<string, Map<string, string>>,
  today: string,
) {
  const facts = { kind: t.kind, organisationIds: t.organisations.map((o) => o.id) };
  const nameOf = new Map(t.organisations.map((o) => [o.id, o.name]));
  const own = messageRows.filter((m) => m.thread_id === t.id);
  const messages = own.map((m) => {
    const createdAt = iso(m.created_at)!;
    const seen = reads.get(m.id) ?? new Map<string, string>();
    const dueDate = m.is_question && m.reply_working_days !== null ? questionDueDate(createdAt, m.reply_working_days) : null;
    return {
      id: m.id,
      body: m.body,
      language: m.language,
      authorName: m.author_name,
      authorOrganisationId: m.author_organisation_id,
      authorOrganisationName: m.author_organisation_name,
      byParticipant: m.author_organisation_id === null,
      mine: m.author_user_id === actor.userId,
      createdAt,
      question:
        m.is_question && m.asked_organisation_id && dueDate
          ? {
              organisationId: m.asked_organisation_id,
              organisationName: m.asked_organisation_name ?? '',
              dueDate,
              overdue: m.answered_at === null && questionOverdue(dueDate, today),
              answeredAt: iso(m.answered_at),
              answeredByMessageId: m.answered_by_message_id,
              answeredByName: m.answered_by_name,
              answeredByOrganisationName: m.answered_by_organisation_name,
              mayAnswer: m.answered_at === null && viewer.organisationId === m.asked_organisation_id,
            }
          : null,
      answersMessageIds: own.filter((q) => q.answered_by_message_id === m.id).map((q) => q.id),
      receipts: receiptsOf({ authorOrganisationId: m.author_organisation_id }, facts, seen).map((r) => ({
        ...r,
        organisationName: nameOf.get(r.reader) ?? null,
      })),
      unread: unreadFor(viewer, { authorOrganisationId: m.author_organisation_id }, seen),
    };
  });
  const open = messages.filter((m) => m.question && m.question.answeredAt === null);
  return {
    id: t.id,
    kind: t.kind,
    subject: t.subject,
    organisations: t.organisations,
    createdAt: iso(t.created_at)!,
    lastMessageAt: messages.at(-1)?.createdAt ?? iso(t.created_at)!,
    doneAt: iso(t.done_at),
    doneByName: t.done_by_name,
    unreadCount: messages.filter((m) => m.unread).length,
    openQuestions: open.length,
    waitingSince: open[0]?.createdAt ?? null,
    overdue: open.some((m) => m.question!.overdue),
    messages,
  };
}

/** Organisations with an active engagement with the participant: those a new thread can include. */
export function engagedOrganisations(ex: Executor, actor: Actor, participantId: string, today: string) {
  return rows<{ id: string; name: string }>(
    ex,
    sql`select distinct o.id, o.name from engagements e
      join organisations o on o.tenant_id = e.tenant_id and o.id = e.organisation_id
      where e.tenant_id = ${actor.tenantId} and e.participant_id = ${participantId}
        and e.start_date <= ${today} and (e.end_date is null or e.end_date >= ${today})
      order by o.name, o.id`,
  );
}
