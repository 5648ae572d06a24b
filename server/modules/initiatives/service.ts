import { and, eq, ilike, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { forbundParties } from '../forbund/tables.ts';
import { atRisk, dateProblems, implementedFromProblems, RISK_STATES, transitionProblems, type Problem } from './lifecycle.ts';
import { interventionOutcomes } from './outcomes.ts';
import { mayManageInitiatives, mayReadInitiatives } from './policy.ts';
import { loadInitiatives, present } from './present.ts';
import type {
  CreateInitiative,
  InitiativeDetail,
  InitiativeList,
  InitiativeQuery,
  TransitionInitiative,
  UpdateInitiative,
} from './schema.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from './tables.ts';

type InitiativeInput = Static<typeof CreateInitiative>;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every reason to be at risk needs an initiative under way whose end date has passed (lifecycle.ts atRisk), so this
 * narrows the rows in SQL and the rule itself decides on what is left.
 */
const mayBeAtRisk = (today: string) => and(inArray(initiatives.state, [...RISK_STATES]), lt(initiatives.endDate, today));

/**
 * The area's initiatives the filters select (a state, only those at risk, words in the text fields), by name, with
 * the number at risk today across all of them.
 */
export async function listInitiatives(db: Db, actor: Actor, query: Static<typeof InitiativeQuery>): Promise<Static<typeof InitiativeList>> {
  if (!mayReadInitiatives(actor)) throw forbidden();
  const today = todayInSweden();
  const where: (SQL | undefined)[] = [query.state === undefined ? undefined : eq(initiatives.state, query.state)];
  if (query.atRisk) where.push(mayBeAtRisk(today));
  const q = query.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(
      or(
        ...[initiatives.name, initiatives.description, initiatives.targetGroup, initiatives.origin, initiatives.municipality].map((c) =>
          ilike(c, like),
        ),
      ),
    );
  }
  const [rows, candidates] = await Promise.all([
    loadInitiatives(db, actor.tenantId, and(...where)),
    db
      .select({ state: initiatives.state, endDate: initiatives.endDate, evaluation: initiatives.evaluation })
      .from(initiatives)
      .where(and(eq(initiatives.tenantId, actor.tenantId), mayBeAtRisk(today))),
  ]);
  let items = await present(db, actor, rows, today);
  if (query.atRisk) items = items.filter((i) => i.atRisk.length > 0);
  return {
    today,
    items,
    atRisk: candidates.filter((c) => atRisk(c, today).length > 0).length,
    mayCreate: mayManageInitiatives(actor),
  };
}

/** One initiative of the area with the results of its linked interventions (404 for another area's). */
export async function getInitiative(ex: Executor, actor: Actor, id: string): Promise<Static<typeof InitiativeDetail>> {
  if (!mayReadInitiatives(actor)) throw forbidden();
  const rows = await loadInitiatives(ex, actor.tenantId, eq(initiatives.id, id));
  if (rows.length === 0) throw notFound();
  const [view] = await present(ex, actor, rows, todayInSweden());
  return { ...view!, outcomes: await interventionOutcomes(ex, actor.tenantId, id) };
}

const refuse = (problems: Problem[]) => {
  if (problems.length > 0) throw invalid(problems);
};

/** A party to the area's förbund, or the problem `unknown_party` at `path`. */
async function partyProblems(tx: Executor, tenantId: string, partyId: string | null | undefined, path: string): Promise<Problem[]> {
  if (!partyId) return [];
  const [found] = await tx
    .select({ id: forbundParties.id })
    .from(forbundParties)
    .where(and(eq(forbundParties.tenantId, tenantId), eq(forbundParties.id, partyId)));
  return found ? [] : [{ path, keyword: 'unknown_party', message: 'unknown_party' }];
}

/**
 * What an initiative refers to must exist: every linked intervention in the area's catalogue (`unknown_intervention`),
 * the owner among the förbund's parties (`unknown_party`), and the initiative it was inspired by another one of the
 * area or a public one of the register (`unknown_initiative`, also for itself). All problems are reported at once.
 */
async function checkReferences(tx: Executor, actor: Actor, input: InitiativeInput, selfId: string | null) {
  const problems: Problem[] = [];
  if (input.interventionIds.length > 0) {
    const found = await tx
      .select({ id: interventions.id })
      .from(interventions)
      .where(and(eq(interventions.tenantId, actor.tenantId), inArray(interventions.id, input.interventionIds)));
    const known = new Set(found.map((f) => f.id));
    input.interventionIds.forEach((id, i) => {
      if (!known.has(id))
        problems.push({ path: `/interventionIds/${i}`, keyword: 'unknown_intervention', message: 'unknown_intervention' });
    });
  }
  problems.push(...(await partyProblems(tx, actor.tenantId, input.ownerPartyId, '/ownerPartyId')));
  if (input.inspiredById !== null) {
    const [found] =
      input.inspiredById === selfId
        ? []
        : await tx
            .select({ id: initiatives.id })
            .from(initiatives)
            .where(and(eq(initiatives.id, input.inspiredById), or(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.public, true))))
            .limit(1);
    if (!found) problems.push({ path: '/inspiredById', keyword: 'unknown_initiative', message: 'unknown_initiative' });
  }
  refuse(problems);
}

/** Links exactly `ids` to the initiative: interventions linked before and not listed are let go. */
async function linkInterventions(tx: Executor, tenantId: string, initiativeId: string, ids: readonly string[]) {
  const mine = and(eq(initiativeInterventions.tenantId, tenantId), eq(initiativeInterventions.initiativeId, initiativeId));
  await tx
    .delete(initiativeInterventions)
    .where(ids.length === 0 ? mine : and(mine, notInArray(initiativeInterventions.interventionId, [...ids])));
  if (ids.length === 0) return;
  await tx
    .insert(initiativeInterventions)
    .values(ids.map((interventionId) => ({ tenantId, initiativeId, interventionId })))
    .onConflictDoNothing();
}

const auditInitiative = (tx: Executor, actor: Actor, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType: 'initiative', resourceId: id }]);

/** Records an idea: the initiative starts in state idea, with an event saying who recorded it. */
export async function createInitiative(db: Db, actor: Actor, input: InitiativeInput) {
  if (!mayManageInitiatives(actor)) throw forbidden();
  refuse(dateProblems(input));
  return db.transaction(async (tx) => {
    await checkReferences(tx, actor, input, null);
    const { interventionIds, ...fields } = input;
    const [row] = await tx
      .insert(initiatives)
      .values({ ...fields, tenantId: actor.tenantId, state: 'idea', createdByUserId: actor.userId })
      .returning({ id: initiatives.id });
    const id = row!.id;
    await linkInterventions(tx, actor.tenantId, id, interventionIds);
    await tx
      .insert(initiativeEvents)
      .values({ tenantId: actor.tenantId, initiativeId: id, fromState: null, toState: 'idea', byUserId: actor.userId });
    await auditInitiative(tx, actor, id, 'create');
    return getInitiative(tx, actor, id);
  });
}

/** Locks the initiative for a write at the version read: 404 when the area has none such, 409 when it is stale. */
async function lockCurrent(tx: Executor, actor: Actor, id: string, version: number) {
  const [current] = await tx
    .select({ state: initiatives.state, version: initiatives.version })
    .from(initiatives)
    .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, id)))
    .for('update');
  if (!current) throw notFound();
  if (current.version !== version) throw conflict();
  return current;
}

const bumped = (version: number) => ({ version: version + 1, updatedAt: sql`now()` });

/**
 * Changes what an initiative is (its state moves only by transitionInitiative), at the version read, and links
 * exactly the interventions given.
 */
export async function updateInitiative(db: Db, actor: Actor, id: string, input: Static<typeof UpdateInitiative>) {
  if (!mayManageInitiatives(actor)) throw forbidden();
  const { version, ...fields } = input;
  refuse(dateProblems(fields));
  return db.transaction(async (tx) => {
    await lockCurrent(tx, actor, id, version);
    await checkReferences(tx, actor, fields, id);
    const { interventionIds, ...columns } = fields;
    await tx
      .update(initiatives)
      .set({ ...columns, ...bumped(version) })
      .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, id)));
    await linkInterventions(tx, actor.tenantId, id, interventionIds);
    await auditInitiative(tx, actor, id, 'update');
    return getInitiative(tx, actor, id);
  });
}

/** What a move to `to` writes on the initiative besides its state: only the fields that state is about. */
function fieldsOf(input: Static<typeof TransitionInitiative>) {
  switch (input.to) {
    case 'evaluated':
      return { evaluation: input.evaluation ?? null };
    case 'implemented':
      return {
        implementedByPartyId: input.implementedByPartyId ?? null,
        implementedFrom: input.implementedFrom ?? null,
        implementationFunding: input.implementationFunding ?? null,
      };
    case 'ended':
      return { endedReason: input.endedReason ?? null };
    default:
      return {};
  }
}

/**
 * Moves an initiative to another state along its lifecycle (lifecycle.ts), at the version read, with what the new
 * state needs, and records the move with its note as an event.
 */
/**
 * Moves an initiative to another state inside the caller's transaction, at the version read (409 when stale): checks
 * the step and what it needs, stores the fields of the target state and writes the event. A board decision moves an
 * initiative this way in the decision's own transaction.
 */
export async function moveInitiative(tx: Executor, actor: Actor, id: string, input: Static<typeof TransitionInitiative>) {
  const current = await lockCurrent(tx, actor, id, input.version);
  refuse(transitionProblems(current.state, input.to, input));
  if (input.to === 'implemented') {
    refuse(implementedFromProblems(input.implementedFrom));
    refuse(await partyProblems(tx, actor.tenantId, input.implementedByPartyId, '/implementedByPartyId'));
  }
  await tx
    .update(initiatives)
    .set({ state: input.to, ...fieldsOf(input), ...bumped(input.version) })
    .where(and(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.id, id)));
  await tx.insert(initiativeEvents).values({
    tenantId: actor.tenantId,
    initiativeId: id,
    fromState: current.state,
    toState: input.to,
    byUserId: actor.userId,
    note: input.note,
  });
  await auditInitiative(tx, actor, id, 'update');
}

export async function transitionInitiative(db: Db, actor: Actor, id: string, input: Static<typeof TransitionInitiative>) {
  if (!mayManageInitiatives(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    await moveInitiative(tx, actor, id, input);
    return getInitiative(tx, actor, id);
  });
}
