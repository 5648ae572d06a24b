import { and, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden } from '../../lib/errors.ts';
import { insertAllocation } from '../forbund/budget.ts';
import { moveInitiative } from '../initiatives/service.ts';
import { initiatives } from '../initiatives/tables.ts';
import { mayManageMeetings } from './policy.ts';
import { getMeeting } from './read.ts';
import type { RecordDecision } from './schema.ts';
import { decisions } from './tables.ts';
import { auditMeeting, lockItem, refuse } from './write.ts';

/**
 * Records the board's decision on an agenda item, and in the same transaction what it changes: the item's initiative
 * moves to the state decided (through the initiative's own rules: a step not allowed is refused), and an adopted
 * decision may allocate money of an open year to the initiative. Only the board decides (`not_a_board_item`), only on
 * an item that asks for a decision (`not_a_decision_item`), once (409). A tabled item changes nothing.
 */
export async function recordDecision(db: Db, actor: Actor, itemId: string, input: Static<typeof RecordDecision>) {
  if (!mayManageMeetings(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const { item, body } = await lockItem(tx, actor, itemId);
    if (body !== 'board') throw refuse('/', 'not_a_board_item');
    if (item.kind !== 'decision') throw refuse('/', 'not_a_decision_item');
    const [already] = await tx
      .select({ id: decisions.id })
      .from(decisions)
      .where(and(eq(decisions.tenantId, actor.tenantId), eq(decisions.itemId, itemId)));
    if (already) throw conflict();
    if (input.outcome === 'tabled' && (input.initiativeState || input.allocation)) throw refuse('/outcome', 'tabled_changes_nothing');
    if (input.allocation && input.outcome !== 'adopted') throw refuse('/allocation', 'only_adopted_allocates');
    if (input.initiativeState && !item.initiativeId) throw refuse('/initiativeState', 'item_has_no_initiative');
    if (input.allocation && input.allocation.initiativeId !== item.initiativeId)
      throw refuse('/allocation/initiativeId', 'not_the_items_initiative');

    if (input.initiativeState && item.initiativeId) {
      const [initiative] = await tx
        .select({ version: initiatives.version })
        .from(initiatives)
        .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, item.initiativeId)));
      // The decision's wording is the move's note, and the reason when it ends the initiative.
      await moveInitiative(tx, actor, item.initiativeId, {
        to: input.initiativeState,
        note: input.wording,
        endedReason: input.initiativeState === 'ended' ? input.wording : null,
        version: initiative!.version,
      });
    }
    const allocationId = input.allocation ? await insertAllocation(tx, actor, input.allocation) : null;
    const [row] = await tx
      .insert(decisions)
      .values({
        tenantId: actor.tenantId,
        itemId,
        outcome: input.outcome,
        wording: input.wording,
        votesFor: input.votes?.for ?? null,
        votesAgainst: input.votes?.against ?? null,
        abstentions: input.votes?.abstentions ?? null,
        reservations: input.reservations,
        initiativeId: item.initiativeId,
        initiativeState: input.initiativeState,
        allocationId,
        decidedByUserId: actor.userId,
      })
      .returning({ id: decisions.id });
    await auditMeeting(tx, actor, 'decision', row!.id, 'create');
    return getMeeting(tx, actor, item.meetingId);
  });
}
