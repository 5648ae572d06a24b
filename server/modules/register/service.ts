import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Executor } from '../../db/client.ts';
import { forbundParties } from '../forbund/tables.ts';
import { interventionOutcomes, publishOutcomes } from '../initiatives/outcomes.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from '../initiatives/tables.ts';
import { tenants } from '../tenants/tables.ts';
import { buildNetwork, initiativeYear, matchesRegister, municipalitiesOf, statusDates } from './network.ts';
import type { RegisterList, RegisterNetwork, RegisterQuery } from './schema.ts';

/** At most this many public initiatives are read: every area together publishes hundreds, not thousands. */
export const REGISTER_LIMIT = 2000;

const owner = alias(forbundParties, 'owner');
const implementer = alias(forbundParties, 'implementer');

/**
 * Every public initiative of every area, the one read across tenants in Kitt: only the columns the register shows,
 * named one by one, never who recorded or moved them. `inspiredBy` is kept only when that initiative is public too.
 */
async function loadPublic(ex: Executor) {
  const rows = await ex
    .select({
      tenantId: initiatives.tenantId,
      id: initiatives.id,
      name: initiatives.name,
      kind: initiatives.kind,
      state: initiatives.state,
      description: initiatives.description,
      targetGroup: initiatives.targetGroup,
      origin: initiatives.origin,
      inspiredById: initiatives.inspiredById,
      municipality: initiatives.municipality,
      municipalityRoles: initiatives.municipalityRoles,
      fundingSources: initiatives.fundingSources,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      evaluation: initiatives.evaluation,
      implementedFrom: initiatives.implementedFrom,
      createdAt: initiatives.createdAt,
      areaName: tenants.name,
      homeOrganisation: owner.name,
      implementedBy: implementer.name,
    })
    .from(initiatives)
    .innerJoin(tenants, eq(tenants.id, initiatives.tenantId))
    .leftJoin(owner, and(eq(owner.tenantId, initiatives.tenantId), eq(owner.id, initiatives.ownerPartyId)))
    .leftJoin(implementer, and(eq(implementer.tenantId, initiatives.tenantId), eq(implementer.id, initiatives.implementedByPartyId)))
    .where(eq(initiatives.public, true))
    .orderBy(asc(initiatives.name), asc(initiatives.id))
    .limit(REGISTER_LIMIT);
  const published = new Map(rows.map((r) => [r.id, r.name]));
  return rows.map(({ inspiredById, ...row }) => {
    const source = inspiredById === null ? undefined : published.get(inspiredById);
    return {
      ...row,
      inspiredBy: source === undefined ? null : inspiredById,
      inspiredByName: source ?? null,
      year: initiativeYear(row),
    };
  });
}

type Loaded = Awaited<ReturnType<typeof loadPublic>>[number];

/** The loaded initiatives' tenants and ids, to read their rows by the tenant-led indexes. */
const keysOf = (loaded: Loaded[]) => ({ tenantIds: [...new Set(loaded.map((l) => l.tenantId))], ids: loaded.map((l) => l.id) });

/** Rows of the loaded initiatives' own tenant only: an id is unique within its tenant. */
const ownRows = <T extends { tenantId: string; initiativeId: string }>(rows: T[], loaded: Loaded[]) => {
  const keys = new Set(loaded.map((l) => `${l.tenantId}/${l.id}`));
  return rows.filter((r) => keys.has(`${r.tenantId}/${r.initiativeId}`));
};

/** Each initiative's moves to running, implemented and ended (not who made them). */
async function stateEvents(ex: Executor, loaded: Loaded[]) {
  if (loaded.length === 0) return new Map<string, ReturnType<typeof statusDates>>();
  const { tenantIds, ids } = keysOf(loaded);
  const rows = await ex
    .select({
      tenantId: initiativeEvents.tenantId,
      initiativeId: initiativeEvents.initiativeId,
      toState: initiativeEvents.toState,
      at: initiativeEvents.at,
    })
    .from(initiativeEvents)
    .where(
      and(
        inArray(initiativeEvents.tenantId, tenantIds),
        inArray(initiativeEvents.initiativeId, ids),
        inArray(initiativeEvents.toState, ['running', 'implemented', 'ended']),
      ),
    );
  const own = ownRows(rows, loaded);
  return new Map(loaded.map((l) => [l.id, statusDates(own.filter((e) => e.initiativeId === l.id))]));
}

/**
 * The results of each initiative's linked interventions, suppressed (initiatives/outcomes.ts); one without linked
 * interventions has none to count, and is not asked.
 */
async function resultsOf(ex: Executor, loaded: Loaded[]) {
  const none = publishOutcomes({ people: 0, started: 0, ended: 0, workOrStudies: 0 });
  if (loaded.length === 0) return new Map<string, typeof none>();
  const { tenantIds, ids } = keysOf(loaded);
  const links = await ex
    .selectDistinct({ tenantId: initiativeInterventions.tenantId, initiativeId: initiativeInterventions.initiativeId })
    .from(initiativeInterventions)
    .where(and(inArray(initiativeInterventions.tenantId, tenantIds), inArray(initiativeInterventions.initiativeId, ids)));
  const linked = new Set(ownRows(links, loaded).map((l) => l.initiativeId));
  const results = await Promise.all(
    loaded.map(async (l) => [l.id, linked.has(l.id) ? await interventionOutcomes(ex, l.tenantId, l.id) : none] as const),
  );
  return new Map(results);
}

/** The public register across every area: the initiatives the filters select, by name, with every municipality in it. */
export async function listRegister(ex: Executor, query: Static<typeof RegisterQuery>): Promise<Static<typeof RegisterList>> {
  const all = await loadPublic(ex);
  const selected = all.filter((i) => matchesRegister(i, query));
  const [dates, results] = await Promise.all([stateEvents(ex, selected), resultsOf(ex, selected)]);
  return {
    items: selected.map(({ tenantId: _tenant, createdAt: _created, ...i }) => ({
      ...i,
      statusDates: dates.get(i.id)!,
      results: results.get(i.id)!,
    })),
    municipalities: municipalitiesOf(all),
    total: all.length,
  };
}

/** The network of the whole register: who borrowed from whom, and where each initiative works, by year. */
export async function registerNetwork(ex: Executor): Promise<Static<typeof RegisterNetwork>> {
  return buildNetwork(await loadPublic(ex));
}
