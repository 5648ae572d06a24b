import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import { budgetAllocations } from '../forbund/tables.ts';
import { initiatives } from '../initiatives/tables.ts';
import { materialDeadline, materialStatus, swedishDay } from './material.ts';
import { mayManageMeetings } from './policy.ts';
import type { Decision, DecisionLog, Meeting, MeetingList } from './schema.ts';
import { agendaDocuments, agendaItems, decisions, meetings } from './tables.ts';

type MeetingRow = typeof meetings.$inferSelect;

/** The area's meetings, the latest first, each with its deadline for material and how many items were late. */
export async function listMeetings(ex: Executor, actor: Actor): Promise<Static<typeof MeetingList>> {
  const rows = await ex.select().from(meetings).where(eq(meetings.tenantId, actor.tenantId)).orderBy(desc(meetings.startsAt));
  const agendas = await loadAgendas(ex, actor.tenantId, rows);
  return {
    items: rows.map((m) => {
      const agenda = agendas.get(m.id) ?? [];
      return {
        ...summary(m, agenda),
      };
    }),
    mayManage: mayManageMeetings(actor),
  };
}

function summary(m: MeetingRow, agenda: Static<typeof Meeting>['agenda']) {
  return {
    id: m.id,
    body: m.body,
    title: m.title,
    startsAt: new Date(m.startsAt).toISOString(),
    place: m.place,
    materialDaysBefore: m.materialDaysBefore,
    materialDeadline: materialDeadline(m.startsAt, m.materialDaysBefore),
    items: agenda.length,
    lateItems: agenda.filter((i) => i.material === 'late' || i.material === 'missing').length,
    decisions: agenda.filter((i) => i.decision !== null).length,
  };
}

export async function getMeeting(ex: Executor, actor: Actor, id: string): Promise<Static<typeof Meeting>> {
  const [m] = await ex
    .select()
    .from(meetings)
    .where(and(eq(meetings.tenantId, actor.tenantId), eq(meetings.id, id)));
  if (!m) throw notFound();
  const agenda = (await loadAgendas(ex, actor.tenantId, [m])).get(m.id) ?? [];
  return { ...summary(m, agenda), attendees: m.attendees, agenda, version: m.version, mayManage: mayManageMeetings(actor) };
}

const preparing = alias(agendaItems, 'preparing');
const preparingMeeting = alias(meetings, 'preparing_meeting');

const decisionColumns = {
  decision: decisions,
  initiativeName: initiatives.name,
  allocationYear: budgetAllocations.year,
  allocationAmountOre: budgetAllocations.amountOre,
};

function presentDecision(d: {
  decision: typeof decisions.$inferSelect;
  initiativeName: string | null;
  allocationYear: number | null;
  allocationAmountOre: number | null;
}): Static<typeof Decision> {
  const x = d.decision;
  return {
    id: x.id,
    outcome: x.outcome,
    wording: x.wording,
    votes: x.votesFor === null ? null : { for: x.votesFor, against: x.votesAgainst ?? 0, abstentions: x.abstentions ?? 0 },
    reservations: x.reservations,
    initiativeId: x.initiativeId,
    initiativeName: d.initiativeName,
    initiativeState: x.initiativeState,
    allocationId: x.allocationId,
    allocationYear: d.allocationYear,
    allocationAmountOre: d.allocationAmountOre,
    decidedAt: new Date(x.decidedAt).toISOString(),
  };
}

const decisionQuery = (ex: Executor) =>
  ex
    .select(decisionColumns)
    .from(decisions)
    .leftJoin(initiatives, and(eq(initiatives.tenantId, decisions.tenantId), eq(initiatives.id, decisions.initiativeId)))
    .leftJoin(budgetAllocations, and(eq(budgetAllocations.tenantId, decisions.tenantId), eq(budgetAllocations.id, decisions.allocationId)));

/** The agendas of the given meetings: items in order with their documents (never the content), material and decision. */
async function loadAgendas(ex: Executor, tenantId: string, rows: MeetingRow[]) {
  const out = new Map<string, Static<typeof Meeting>['agenda']>();
  if (rows.length === 0) return out;
  const items = await ex
    .select({
      item: agendaItems,
      initiativeName: initiatives.name,
      preparedBy: { meetingId: preparingMeeting.id, meetingTitle: preparingMeeting.title, itemTitle: preparing.title },
    })
    .from(agendaItems)
    .leftJoin(initiatives, and(eq(initiatives.tenantId, agendaItems.tenantId), eq(initiatives.id, agendaItems.initiativeId)))
    .leftJoin(preparing, and(eq(preparing.tenantId, agendaItems.tenantId), eq(preparing.id, agendaItems.preparedByItemId)))
    .leftJoin(preparingMeeting, and(eq(preparingMeeting.tenantId, preparing.tenantId), eq(preparingMeeting.id, preparing.meetingId)))
    .where(
      and(
        eq(agendaItems.tenantId, tenantId),
        inArray(
          agendaItems.meetingId,
          rows.map((m) => m.id),
        ),
      ),
    )
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
  const itemIds = items.map((i) => i.item.id);
  const [documents, decided] =
    itemIds.length === 0
      ? [[], []]
      : await Promise.all([
          ex
            .select({
              id: agendaDocuments.id,
              itemId: agendaDocuments.itemId,
              fileName: agendaDocuments.fileName,
              mediaType: agendaDocuments.mediaType,
              size: agendaDocuments.size,
              sentAt: agendaDocuments.sentAt,
            })
            .from(agendaDocuments)
            .where(and(eq(agendaDocuments.tenantId, tenantId), inArray(agendaDocuments.itemId, itemIds)))
            .orderBy(asc(agendaDocuments.sentAt)),
          decisionQuery(ex).where(and(eq(decisions.tenantId, tenantId), inArray(decisions.itemId, itemIds))),
        ]);
  const now = new Date();
  for (const m of rows) {
    const deadline = materialDeadline(m.startsAt, m.materialDaysBefore);
    out.set(
      m.id,
      items
        .filter((i) => i.item.meetingId === m.id)
        .map(({ item, initiativeName, preparedBy }) => {
          const docs = documents.filter((d) => d.itemId === item.id);
          const decision = decided.find((d) => d.decision.itemId === item.id);
          return {
            id: item.id,
            position: item.position,
            kind: item.kind,
            title: item.title,
            proposal: item.proposal,
            initiativeId: item.initiativeId,
            initiativeName,
            preparedByItemId: item.preparedByItemId,
            preparedBy: preparedBy?.meetingId ? (preparedBy as { meetingId: string; meetingTitle: string; itemTitle: string }) : null,
            material: materialStatus({
              meetingStartsAt: m.startsAt,
              daysBefore: m.materialDaysBefore,
              needsMaterial: item.kind === 'decision',
              firstSentAt: docs[0]?.sentAt ?? null,
              now,
            }),
            documents: docs.map((d) => ({
              id: d.id,
              fileName: d.fileName,
              mediaType: d.mediaType,
              size: d.size,
              sentAt: new Date(d.sentAt).toISOString(),
              late: swedishDay(d.sentAt) > deadline,
            })),
            decision: decision ? presentDecision(decision) : null,
            version: item.version,
          };
        }),
    );
  }
  return out;
}

/** Every decision, the latest first, with the meeting and item it was taken at and what it changed; by initiative if asked. */
export async function decisionLog(ex: Executor, actor: Actor, initiativeId?: string): Promise<Static<typeof DecisionLog>> {
  const rows = await ex
    .select({
      ...decisionColumns,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      itemTitle: agendaItems.title,
    })
    .from(decisions)
    .innerJoin(agendaItems, and(eq(agendaItems.tenantId, decisions.tenantId), eq(agendaItems.id, decisions.itemId)))
    .innerJoin(meetings, and(eq(meetings.tenantId, agendaItems.tenantId), eq(meetings.id, agendaItems.meetingId)))
    .leftJoin(initiatives, and(eq(initiatives.tenantId, decisions.tenantId), eq(initiatives.id, decisions.initiativeId)))
    .leftJoin(budgetAllocations, and(eq(budgetAllocations.tenantId, decisions.tenantId), eq(budgetAllocations.id, decisions.allocationId)))
    .where(and(eq(decisions.tenantId, actor.tenantId), initiativeId ? eq(decisions.initiativeId, initiativeId) : undefined))
    .orderBy(desc(meetings.startsAt), sql`${agendaItems.position} desc`)
    .limit(500);
  return {
    items: rows.map((r) => ({
      ...presentDecision(r),
      meetingId: r.meetingId,
      meetingTitle: r.meetingTitle,
      meetingStartsAt: new Date(r.meetingStartsAt).toISOString(),
      itemTitle: r.itemTitle,
    })),
  };
}
