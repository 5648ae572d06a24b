import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { readableParticipantsSql } from '../../lib/access/filters.ts';
import { auditListRead } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { questionDueDate, questionOverdue } from './questions.ts';

/** One question waiting for an answer from the actor's organisation. */
export interface OpenQuestion {
  messageId: string;
  threadId: string;
  participantId: string;
  /** The organisation that asked; null when the participant asked (they cannot ask questions today). */
  askedByOrganisationId: string | null;
  askedAt: string;
  /** The last day to answer in time (YYYY-MM-DD, Swedish working days of the actor's organisation). */
  dueDate: string;
  overdue: boolean;
}

/**
 * The questions waiting for the actor's organisation, oldest first, about participants whose messages the actor
 * may read today (engagement and consent for `messages`). Writes one audit row per participant shown, in `ex`:
 * call it inside the transaction of the page that shows them. `within` narrows to the participants a page shows (e.g.
 * the worklist's "mine"), so nobody gets a read row for a question they were not shown. Stable: the worklist calls it.
 */
export async function openQuestionsFor(ex: Executor, actor: Actor, within?: ReadonlySet<string>): Promise<OpenQuestion[]> {
  if (actor.organisationId === null || actor.participantId !== null) return [];
  const today = todayInSweden();
  const found = await rows<{
    message_id: string;
    thread_id: string;
    participant_id: string;
    asked_by: string | null;
    asked_at: string;
    reply_days: number;
  }>(
    ex,
    sql`select m.id as message_id, m.thread_id, m.participant_id, m.author_organisation_id as asked_by,
        m.created_at::text as asked_at, o.reply_working_days as reply_days
      from messages m
      join organisations o on o.tenant_id = m.tenant_id and o.id = m.asked_organisation_id
      join participants on participants.tenant_id = m.tenant_id and participants.id = m.participant_id
      where m.tenant_id = ${actor.tenantId} and m.asked_organisation_id = ${actor.organisationId}
        and m.is_question and m.answered_at is null
        and ${readableParticipantsSql(actor, 'messages', today)}
      order by m.created_at, m.id`,
  );
  const items = found
    .filter((r) => within === undefined || within.has(r.participant_id))
    .map((r) => {
      const askedAt = new Date(r.asked_at).toISOString();
      const dueDate = questionDueDate(askedAt, r.reply_days);
      return {
        messageId: r.message_id,
        threadId: r.thread_id,
        participantId: r.participant_id,
        askedByOrganisationId: r.asked_by,
        askedAt,
        dueDate,
        overdue: questionOverdue(dueDate, today),
      };
    });
  const participantIds = [...new Set(items.map((i) => i.participantId))];
  // The filter grants staff only by engagement and consent for `messages`.
  await auditListRead(
    ex,
    actor,
    'messages',
    participantIds.map((id) => ({ id, grant: 'consent' as const })),
  );
  return items;
}
