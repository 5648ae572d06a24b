import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { initiatives } from '../initiatives/tables.ts';
import { mayManageMeetings } from './policy.ts';
import { getMeeting } from './read.ts';
import type { CreateItem, CreateMeeting, UpdateItem, UpdateMeeting } from './schema.ts';
import { agendaItems, meetings } from './tables.ts';

export const auditMeeting = (tx: Executor, actor: Actor, resourceType: string, id: string, action: 'create' | 'update' | 'read') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType, resourceId: id }]);

export const refuse = (path: string, keyword: string) => invalid([{ path, keyword, message: keyword }]);

export async function createMeeting(db: Db, actor: Actor, input: Static<typeof CreateMeeting>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(meetings)
      .values({ ...input, tenantId: actor.tenantId, createdByUserId: actor.userId })
      .returning({ id: meetings.id });
    await auditMeeting(tx, actor, 'meeting', row!.id, 'create');
    return getMeeting(tx, actor, row!.id);
  });
}

export async function updateMeeting(db: Db, actor: Actor, id: string, input: Static<typeof UpdateMeeting>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: meetings.version })
      .from(meetings)
      .where(and(eq(meetings.tenantId, actor.tenantId), eq(meetings.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== version) throw conflict();
    await tx
      .update(meetings)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(meetings.tenantId, actor.tenantId), eq(meetings.id, id)));
    await auditMeeting(tx, actor, 'meeting', id, 'update');
    return getMeeting(tx, actor, id);
  });
}

/**
 * What an item may refer to: an initiative of the area (`unknown_initiative`), and for a board item the preparation
 * group's item that prepared it (`unknown_item`; only a board item is prepared, `only_board_items_are_prepared`).
 */
async function checkItem(tx: Executor, actor: Actor, meetingBody: string, input: Static<typeof CreateItem>) {
  if (input.initiativeId) {
    const [found] = await tx
      .select({ id: initiatives.id })
      .from(initiatives)
      .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, input.initiativeId)));
    if (!found) throw refuse('/initiativeId', 'unknown_initiative');
  }
  if (input.preparedByItemId) {
    if (meetingBody !== 'board') throw refuse('/preparedByItemId', 'only_board_items_are_prepared');
    const [found] = await tx
      .select({ body: meetings.body })
      .from(agendaItems)
      .innerJoin(meetings, and(eq(meetings.tenantId, agendaItems.tenantId), eq(meetings.id, agendaItems.meetingId)))
      .where(and(eq(agendaItems.tenantId, actor.tenantId), eq(agendaItems.id, input.preparedByItemId)));
    if (!found || found.body !== 'preparation_group') throw refuse('/preparedByItemId', 'unknown_item');
  }
}

/** Adds an item at the end of a meeting's agenda (the meeting row is locked, so that positions stay unique). */
export async function createItem(db: Db, actor: Actor, meetingId: string, input: Static<typeof CreateItem>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const [meeting] = await tx
      .select({ body: meetings.body })
      .from(meetings)
      .where(and(eq(meetings.tenantId, actor.tenantId), eq(meetings.id, meetingId)))
      .for('update');
    if (!meeting) throw notFound();
    await checkItem(tx, actor, meeting.body, input);
    const [last] = await tx
      .select({ position: sql<number>`coalesce(max(${agendaItems.position}), 0)::int` })
      .from(agendaItems)
      .where(and(eq(agendaItems.tenantId, actor.tenantId), eq(agendaItems.meetingId, meetingId)));
    const [row] = await tx
      .insert(agendaItems)
      .values({ ...input, tenantId: actor.tenantId, meetingId, position: (last?.position ?? 0) + 1 })
      .returning({ id: agendaItems.id });
    await auditMeeting(tx, actor, 'agenda_item', row!.id, 'create');
    return getMeeting(tx, actor, meetingId);
  });
}

/** The item and its meeting, the item locked; 404 when not the area's. */
export async function lockItem(tx: Executor, actor: Actor, id: string) {
  const [found] = await tx
    .select({ item: agendaItems, body: meetings.body })
    .from(agendaItems)
    .innerJoin(meetings, and(eq(meetings.tenantId, agendaItems.tenantId), eq(meetings.id, agendaItems.meetingId)))
    .where(and(eq(agendaItems.tenantId, actor.tenantId), eq(agendaItems.id, id)))
    .for('update', { of: agendaItems });
  if (!found) throw notFound();
  return found;
}

export async function updateItem(db: Db, actor: Actor, id: string, input: Static<typeof UpdateItem>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const { item, body } = await lockItem(tx, actor, id);
    if (item.version !== version) throw conflict();
    await checkItem(tx, actor, body, fields);
    await tx
      .update(agendaItems)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(agendaItems.tenantId, actor.tenantId), eq(agendaItems.id, id)));
    await auditMeeting(tx, actor, 'agenda_item', id, 'update');
    return getMeeting(tx, actor, item.meetingId);
  });
}
