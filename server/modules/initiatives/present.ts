import { and, asc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { interventions } from '../catalogue/tables.ts';
import { forbundParties } from '../forbund/tables.ts';
import { users } from '../users/tables.ts';
import { atRisk } from './lifecycle.ts';
import { mayManageInitiatives } from './policy.ts';
import type { Initiative } from './schema.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from './tables.ts';

export type InitiativeView = Static<typeof Initiative>;

/** At most this many initiatives are listed; an area runs tens a year. */
export const LIST_LIMIT = 1000;

const owner = alias(forbundParties, 'owner');
const implementer = alias(forbundParties, 'implementer');

/** The tenant's initiatives (all, or those `where` selects) with their parties' names, by name. */
export function loadInitiatives(ex: Executor, tenantId: string, where?: SQL) {
  return ex
    .select({ initiative: initiatives, ownerPartyName: owner.name, implementedByPartyName: implementer.name })
    .from(initiatives)
    .leftJoin(owner, and(eq(owner.tenantId, initiatives.tenantId), eq(owner.id, initiatives.ownerPartyId)))
    .leftJoin(implementer, and(eq(implementer.tenantId, initiatives.tenantId), eq(implementer.id, initiatives.implementedByPartyId)))
    .where(and(eq(initiatives.tenantId, tenantId), where))
    .orderBy(asc(initiatives.name), asc(initiatives.id))
    .limit(LIST_LIMIT);
}

type Loaded = Awaited<ReturnType<typeof loadInitiatives>>[number];

const iso = (timestamp: string) => new Date(timestamp).toISOString();

function groupBy<T extends { initiativeId: string }>(rows: T[]) {
  const by = new Map<string, T[]>();
  for (const row of rows) {
    const list = by.get(row.initiativeId) ?? [];
    list.push(row);
    by.set(row.initiativeId, list);
  }
  return by;
}

/**
 * Initiatives as the client sees them: with their linked interventions, their moves between states (by whom), the
 * initiative each was inspired by (of the area, or public in the register) and why each is at risk on `today`.
 */
export async function present(ex: Executor, actor: Actor, rows: Loaded[], today: string): Promise<InitiativeView[]> {
  const ids = rows.map((r) => r.initiative.id);
  const inspiredIds = [...new Set(rows.flatMap((r) => (r.initiative.inspiredById ? [r.initiative.inspiredById] : [])))];
  const [linked, events, inspirations] = await Promise.all([
    ids.length === 0
      ? []
      : ex
          .select({ initiativeId: initiativeInterventions.initiativeId, id: interventions.id, name: interventions.name })
          .from(initiativeInterventions)
          .innerJoin(
            interventions,
            and(eq(interventions.tenantId, initiativeInterventions.tenantId), eq(interventions.id, initiativeInterventions.interventionId)),
          )
          .where(and(eq(initiativeInterventions.tenantId, actor.tenantId), inArray(initiativeInterventions.initiativeId, ids)))
          .orderBy(asc(interventions.name), asc(interventions.id)),
    ids.length === 0
      ? []
      : ex
          .select({
            initiativeId: initiativeEvents.initiativeId,
            fromState: initiativeEvents.fromState,
            toState: initiativeEvents.toState,
            at: initiativeEvents.at,
            byUserName: users.displayName,
            note: initiativeEvents.note,
          })
          .from(initiativeEvents)
          .leftJoin(users, and(eq(users.tenantId, initiativeEvents.tenantId), eq(users.id, initiativeEvents.byUserId)))
          .where(and(eq(initiativeEvents.tenantId, actor.tenantId), inArray(initiativeEvents.initiativeId, ids)))
          .orderBy(asc(initiativeEvents.at), asc(initiativeEvents.id)),
    // The register across areas: another area's initiative is named only while it is public.
    inspiredIds.length === 0
      ? []
      : ex
          .select({ id: initiatives.id, name: initiatives.name, tenantId: initiatives.tenantId })
          .from(initiatives)
          .where(and(inArray(initiatives.id, inspiredIds), or(eq(initiatives.tenantId, actor.tenantId), eq(initiatives.public, true)))),
  ]);
  const linkedBy = groupBy(linked);
  const eventsBy = groupBy(events);
  const names = new Map(inspirations.map((i) => [i.id, i.name]));
  const otherArea = new Set(inspirations.filter((i) => i.tenantId !== actor.tenantId).map((i) => i.id));
  const mayChange = mayManageInitiatives(actor);
  return rows.map(({ initiative: i, ownerPartyName, implementedByPartyName }) => ({
    id: i.id,
    name: i.name,
    kind: i.kind,
    state: i.state,
    description: i.description,
    targetGroup: i.targetGroup,
    origin: i.origin,
    inspiredById: i.inspiredById,
    inspiredByName: i.inspiredById ? (names.get(i.inspiredById) ?? null) : null,
    inspiredByOtherArea: i.inspiredById !== null && otherArea.has(i.inspiredById),
    ownerPartyId: i.ownerPartyId,
    ownerPartyName,
    fundingSources: i.fundingSources,
    municipality: i.municipality,
    municipalityRoles: i.municipalityRoles,
    startDate: i.startDate,
    endDate: i.endDate,
    evaluation: i.evaluation,
    implementedByPartyId: i.implementedByPartyId,
    implementedByPartyName,
    implementedFrom: i.implementedFrom,
    implementationFunding: i.implementationFunding,
    endedReason: i.endedReason,
    public: i.public,
    interventions: (linkedBy.get(i.id) ?? []).map(({ id, name }) => ({ id, name })),
    events: (eventsBy.get(i.id) ?? []).map((e) => ({
      fromState: e.fromState,
      toState: e.toState,
      at: iso(e.at),
      byUserName: e.byUserName,
      note: e.note,
    })),
    atRisk: atRisk(i, today),
    createdAt: iso(i.createdAt),
    updatedAt: iso(i.updatedAt),
    version: i.version,
    mayChange,
  }));
}
