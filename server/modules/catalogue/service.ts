import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { evaluateEligibility, type EligibilityResult } from '../../../common/eligibility.ts';
import { limits } from '../../../common/limits.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { eligibilityFactsFor } from '../circumstances/facts.ts';
import { contracts } from '../procurement/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { interventionProblems, mayManageIntervention, mayPublish } from './policy.ts';
import type { CatalogueQuery, CreateIntervention, UpdateIntervention } from './schema.ts';
import { interventions } from './tables.ts';

type InterventionRow = typeof interventions.$inferSelect;
export interface CatalogueItem extends Omit<InterventionRow, 'tenantId' | 'createdAt' | 'updatedAt'> {
  organisationName: string;
  organisationKind: string;
  contractName: string | null;
  /** Places taken now (running participations), places free now, and people on the waiting list. */
  placesTaken: number;
  freePlaces: number;
  waitingList: number;
  updatedAt: string;
  mayChange: boolean;
  eligibilityResult?: EligibilityResult;
}

/**
 * Capacity from the offer's own records: a place is taken by a running participation, and the waiting list is the
 * referrals the provider waitlisted. Counted in SQL so that the free-places filter runs there too.
 */
const taken = sql<number>`(select count(*)::int from participations p where p.tenant_id = ${interventions.tenantId} and p.intervention_id = ${interventions.id} and p.end_date is null)`;
const capacity = {
  placesTaken: taken,
  waitingList: sql<number>`(select count(*)::int from referrals r where r.tenant_id = ${interventions.tenantId} and r.intervention_id = ${interventions.id} and r.state = 'waitlisted')`,
};
export const hasFreePlaces = sql`${interventions.places} > ${taken}`;

/** The tenant's interventions matching the filters that SQL can apply, with their provider and contract. */
async function loadInterventions(ex: Executor, tenantId: string, where: SQL[]) {
  return ex
    .select({
      intervention: interventions,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      contractName: contracts.name,
      ...capacity,
    })
    .from(interventions)
    .innerJoin(organisations, and(eq(organisations.tenantId, interventions.tenantId), eq(organisations.id, interventions.organisationId)))
    .leftJoin(contracts, and(eq(contracts.tenantId, interventions.tenantId), eq(contracts.id, interventions.contractId)))
    .where(and(eq(interventions.tenantId, tenantId), ...where))
    .orderBy(asc(interventions.name), asc(interventions.id));
}

type Loaded = Awaited<ReturnType<typeof loadInterventions>>[number];

function present(actor: Actor, row: Loaded): CatalogueItem {
  const { tenantId: _tenant, createdAt: _created, ...intervention } = row.intervention;
  return {
    ...intervention,
    organisationName: row.organisationName,
    organisationKind: row.organisationKind,
    contractName: row.contractName,
    placesTaken: Number(row.placesTaken),
    freePlaces: Math.max(intervention.places - Number(row.placesTaken), 0),
    waitingList: Number(row.waitingList),
    updatedAt: new Date(intervention.updatedAt).toISOString(),
    mayChange: mayManageIntervention(actor, intervention.organisationId),
  };
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The catalogue across all organisations: free text, kind, language, provider, target group, funding, status, free
 * workplaces, and — for one person — eligibility (their facts are read with consent and audited).
 */
export async function searchCatalogue(db: Db, actor: Actor, query: Static<typeof CatalogueQuery>) {
  const where: SQL[] = [];
  if (query.status !== 'any') where.push(eq(interventions.status, query.status ?? 'active'));
  if (query.kind) where.push(eq(interventions.kind, query.kind));
  if (query.organisationId) where.push(eq(interventions.organisationId, query.organisationId));
  if (query.funding) where.push(eq(interventions.funding, query.funding));
  if (query.language) where.push(sql`${interventions.languages} @> ${JSON.stringify([query.language])}::jsonb`);
  if (query.targetGroup) where.push(sql`${interventions.targetGroups} @> ${JSON.stringify([query.targetGroup])}::jsonb`);
  if (query.workplaces) where.push(sql`${interventions.workplace} is not null`);
  if (query.freePlaces) where.push(hasFreePlaces);
  const q = query.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(
      sql`(${interventions.name} ilike ${like} or ${interventions.description} ilike ${like} or ${organisations.name} ilike ${like}
        or coalesce(${interventions.locationName}, '') ilike ${like} or coalesce(${interventions.city}, '') ilike ${like}
        or coalesce(${interventions.workplace}, '') ilike ${like})`,
    );
  }
  // The person's facts first, so that a 404 or a refusal comes before any catalogue work.
  const facts = query.eligibleFor ? await eligibilityFactsFor(db, actor, query.eligibleFor) : null;
  const rows = await loadInterventions(db, actor.tenantId, where);
  let items = rows.map((row) => present(actor, row));
  if (facts) {
    items = items.map((i) => ({ ...i, eligibilityResult: evaluateEligibility(i.eligibility, facts) }));
    if (query.eligibility === 'eligible') items = items.filter((i) => i.eligibilityResult!.result === 'eligible');
    if (query.eligibility === 'not_excluded') items = items.filter((i) => i.eligibilityResult!.result !== 'not_eligible');
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? limits.pageSizeDefault;
  return { items: items.slice(offset, offset + limit), total: items.length, mayCreate: mayPublish(actor) };
}

/** Every intervention of the tenant, for the exports (all statuses). */
export async function allInterventions(db: Db, actor: Actor): Promise<CatalogueItem[]> {
  const rows = await loadInterventions(db, actor.tenantId, []);
  return rows.map((row) => present(actor, row));
}

export async function getIntervention(db: Db, actor: Actor, id: string, participantId?: string): Promise<CatalogueItem> {
  const facts = participantId ? await eligibilityFactsFor(db, actor, participantId) : null;
  const [row] = await loadInterventions(db, actor.tenantId, [eq(interventions.id, id)]);
  if (!row) throw notFound();
  const item = present(actor, row);
  return facts ? { ...item, eligibilityResult: evaluateEligibility(item.eligibility, facts) } : item;
}

type Fields = Omit<Static<typeof UpdateIntervention>, 'version'>;

/** A contract may be linked only when it is the tenant's and the intervention's provider is its supplier. */
async function checkContract(ex: Executor, tenantId: string, organisationId: string, contractId: string | null) {
  if (contractId === null) return;
  const [contract] = await ex
    .select({ supplier: contracts.supplierOrganisationId })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), eq(contracts.id, contractId)));
  if (!contract || contract.supplier !== organisationId)
    throw invalid([{ path: '/contractId', keyword: 'contract_not_of_provider', message: 'contract_not_of_provider' }]);
}

function refuseProblems(fields: Fields) {
  const problems = interventionProblems(fields);
  if (problems.length > 0) throw invalid(problems);
}

/** Publishes an intervention for the actor's organisation (an administrator names any organisation). */
export async function createIntervention(db: Db, actor: Actor, input: Static<typeof CreateIntervention>) {
  const { organisationId: asked, ...fields } = input;
  const organisationId = asked ?? actor.organisationId;
  if (!organisationId || !mayManageIntervention(actor, organisationId)) throw forbidden();
  refuseProblems(fields);
  return db
    .transaction(async (tx) => {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, organisationId)));
      if (!org) throw invalid([{ path: '/organisationId', keyword: 'unknown_organisation', message: 'unknown_organisation' }]);
      await checkContract(tx, actor.tenantId, organisationId, fields.contractId);
      const [row] = await tx
        .insert(interventions)
        .values({ ...fields, tenantId: actor.tenantId, organisationId })
        .returning({ id: interventions.id });
      return { id: row!.id };
    })
    .then(({ id }) => getIntervention(db, actor, id));
}

/** Changes one of the own organisation's interventions; a stale version is a conflict. */
export async function updateIntervention(db: Db, actor: Actor, id: string, input: Static<typeof UpdateIntervention>) {
  const { version, ...fields } = input;
  refuseProblems(fields);
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ organisationId: interventions.organisationId, version: interventions.version })
      .from(interventions)
      .where(and(eq(interventions.tenantId, actor.tenantId), eq(interventions.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (!mayManageIntervention(actor, current.organisationId)) throw forbidden();
    if (current.version !== version) throw conflict();
    await checkContract(tx, actor.tenantId, current.organisationId, fields.contractId);
    await tx
      .update(interventions)
      .set({ ...fields, version: version + 1, updatedAt: sql`now()` })
      .where(and(eq(interventions.tenantId, actor.tenantId), eq(interventions.id, id)));
  });
  return getIntervention(db, actor, id);
}

/** Contracts an organisation's interventions may be linked to: those where it is the supplier. */
export async function contractOptions(db: Db, actor: Actor, organisationId = actor.organisationId) {
  if (organisationId === null) return [];
  return db
    .select({ id: contracts.id, name: contracts.name, supplierOrganisationId: contracts.supplierOrganisationId })
    .from(contracts)
    .where(and(eq(contracts.tenantId, actor.tenantId), eq(contracts.supplierOrganisationId, organisationId)))
    .orderBy(asc(contracts.name));
}
