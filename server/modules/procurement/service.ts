import { and, asc, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { participations } from '../participations/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { achievementsOf, contractFulfilment } from './fulfilment.ts';
import { contractProblems, mayChangeAs, mayProcure } from './policy.ts';
import type { Contract, CreateContract, UpdateContract } from './schema.ts';
import { contracts } from './tables.ts';

type ContractView = Static<typeof Contract>;
type ContractInput = Static<typeof CreateContract>;

const procurer = alias(organisations, 'procurer');
const supplier = alias(organisations, 'supplier');

/** The tenant's contracts (all, or those `where` selects) with their organisations' names, by name. */
function loadContracts(ex: Executor, tenantId: string, where?: SQL) {
  return ex
    .select({
      contract: contracts,
      procuringOrganisationName: procurer.name,
      supplierOrganisationName: supplier.name,
    })
    .from(contracts)
    .innerJoin(procurer, and(eq(procurer.tenantId, contracts.tenantId), eq(procurer.id, contracts.procuringOrganisationId)))
    .innerJoin(supplier, and(eq(supplier.tenantId, contracts.tenantId), eq(supplier.id, contracts.supplierOrganisationId)))
    .where(and(eq(contracts.tenantId, tenantId), where))
    .orderBy(asc(contracts.name), asc(contracts.id));
}

/**
 * Contracts with their fulfilment on `today`, computed from the participations in the interventions linked to each
 * (interventions.contract_id): who took part is never read, only when participations started and ended and how.
 */
async function present(ex: Executor, actor: Actor, rows: Awaited<ReturnType<typeof loadContracts>>, today: string) {
  const ids = rows.map((r) => r.contract.id);
  const linked =
    ids.length === 0
      ? []
      : await ex
          .select({ id: interventions.id, name: interventions.name, contractId: interventions.contractId })
          .from(interventions)
          .where(and(eq(interventions.tenantId, actor.tenantId), inArray(interventions.contractId, ids)))
          .orderBy(asc(interventions.name));
  const counted =
    ids.length === 0
      ? []
      : await ex
          .select({
            contractId: interventions.contractId,
            startDate: participations.startDate,
            endDate: participations.endDate,
            endReason: participations.endReason,
            endOccupation: participations.endOccupation,
          })
          .from(participations)
          .innerJoin(
            interventions,
            and(eq(interventions.tenantId, participations.tenantId), eq(interventions.id, participations.interventionId)),
          )
          .where(and(eq(participations.tenantId, actor.tenantId), inArray(interventions.contractId, ids)));
  const byContract = new Map<string, typeof counted>();
  for (const p of counted) {
    const list = byContract.get(p.contractId!) ?? [];
    list.push(p);
    byContract.set(p.contractId!, list);
  }
  return rows.map(({ contract: c, procuringOrganisationName, supplierOrganisationName }): ContractView => {
    const fulfilment = contractFulfilment(c, achievementsOf(byContract.get(c.id) ?? []), today);
    return {
      id: c.id,
      name: c.name,
      reference: c.reference,
      procuringOrganisationId: c.procuringOrganisationId,
      procuringOrganisationName,
      supplierOrganisationId: c.supplierOrganisationId,
      supplierOrganisationName,
      startDate: c.startDate,
      endDate: c.endDate,
      requirements: c.requirements,
      interventions: linked.filter((i) => i.contractId === c.id).map(({ id, name }) => ({ id, name })),
      fulfilment,
      behind: fulfilment.status === 'behind',
      version: c.version,
      mayChange: mayChangeAs(actor, c.procuringOrganisationId),
    };
  });
}

/** Every contract of the area with its fulfilment today; the readers are no organisation's alone (procurement.read). */
export async function listContracts(db: Db, actor: Actor) {
  const today = todayInSweden();
  const items = await present(db, actor, await loadContracts(db, actor.tenantId), today);
  return { today, items, behind: items.filter((c) => c.behind).length, mayCreate: mayProcure(actor) };
}

export async function getContract(ex: Executor, actor: Actor, id: string): Promise<ContractView> {
  const rows = await loadContracts(ex, actor.tenantId, eq(contracts.id, id));
  if (rows.length === 0) throw notFound();
  return (await present(ex, actor, rows, todayInSweden()))[0]!;
}

/**
 * The supplier must be another organisation of the area (400 `unknown_organisation`, `supplier_is_procurer`), and
 * every linked intervention one of the supplier's own (400 `intervention_not_of_supplier`), as the catalogue demands
 * of an intervention's contract.
 */
async function checkParties(tx: Executor, actor: Actor, input: ContractInput, procuringOrganisationId: string) {
  const [found] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, input.supplierOrganisationId)));
  const path = '/supplierOrganisationId';
  if (!found) throw invalid([{ path, keyword: 'unknown_organisation', message: 'unknown_organisation' }]);
  if (found.id === procuringOrganisationId) throw invalid([{ path, keyword: 'supplier_is_procurer', message: 'supplier_is_procurer' }]);
  const ids = input.interventionIds ?? [];
  if (ids.length === 0) return;
  const own = await tx
    .select({ id: interventions.id })
    .from(interventions)
    .where(
      and(
        eq(interventions.tenantId, actor.tenantId),
        eq(interventions.organisationId, input.supplierOrganisationId),
        inArray(interventions.id, ids),
      ),
    );
  const owned = new Set(own.map((o) => o.id));
  const foreign = ids.flatMap((id, i) =>
    owned.has(id)
      ? []
      : [{ path: `/interventionIds/${i}`, keyword: 'intervention_not_of_supplier', message: 'intervention_not_of_supplier' }],
  );
  if (foreign.length > 0) throw invalid(foreign);
}

/**
 * Links exactly `ids` to the contract: interventions linked before and not listed are let go. Each intervention
 * changed gets a new version, so that a catalogue form opened before the change is refused as stale.
 */
async function linkInterventions(tx: Executor, tenantId: string, contractId: string, ids: readonly string[]) {
  const changed = { version: sql`${interventions.version} + 1`, updatedAt: sql`now()` };
  const mine = and(eq(interventions.tenantId, tenantId), eq(interventions.contractId, contractId));
  await tx
    .update(interventions)
    .set({ ...changed, contractId: null })
    .where(ids.length === 0 ? mine : and(mine, notInArray(interventions.id, [...ids])));
  if (ids.length === 0) return;
  await tx
    .update(interventions)
    .set({ ...changed, contractId })
    .where(
      and(
        eq(interventions.tenantId, tenantId),
        inArray(interventions.id, [...ids]),
        sql`${interventions.contractId} is distinct from ${contractId}`,
      ),
    );
}

const auditContract = (tx: Executor, actor: Actor, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [
    { participantId: null, category: 'procurement', action, grant: 'own_organisation', resourceType: 'contract', resourceId: id },
  ]);

function refuseProblems(input: ContractInput) {
  const problems = contractProblems(input);
  if (problems.length > 0) throw invalid(problems);
}

/** Records a contract with the actor's organisation as the procurer. */
export async function createContract(db: Db, actor: Actor, input: ContractInput) {
  if (!mayProcure(actor)) throw forbidden();
  const procuringOrganisationId = actor.organisationId!;
  refuseProblems(input);
  return db.transaction(async (tx) => {
    await checkParties(tx, actor, input, procuringOrganisationId);
    const { interventionIds, ...fields } = input;
    const [row] = await tx
      .insert(contracts)
      .values({ ...fields, tenantId: actor.tenantId, procuringOrganisationId })
      .returning({ id: contracts.id });
    await linkInterventions(tx, actor.tenantId, row!.id, interventionIds ?? []);
    await auditContract(tx, actor, row!.id, 'create');
    return getContract(tx, actor, row!.id);
  });
}

/**
 * Changes a contract of the actor's own organisation (403 for another's), at the version read (409 when stale). A new
 * supplier lets go of the old supplier's interventions unless the links are given anew.
 */
export async function updateContract(db: Db, actor: Actor, id: string, input: Static<typeof UpdateContract>) {
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ procurer: contracts.procuringOrganisationId, supplier: contracts.supplierOrganisationId, version: contracts.version })
      .from(contracts)
      .where(and(eq(contracts.tenantId, actor.tenantId), eq(contracts.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (!mayChangeAs(actor, current.procurer)) throw forbidden();
    if (current.version !== version) throw conflict();
    refuseProblems(fields);
    await checkParties(tx, actor, fields, current.procurer);
    const { interventionIds, ...columns } = fields;
    await tx
      .update(contracts)
      .set({ ...columns, version: version + 1 })
      .where(and(eq(contracts.tenantId, actor.tenantId), eq(contracts.id, id)));
    const links = interventionIds ?? (current.supplier === fields.supplierOrganisationId ? null : []);
    if (links !== null) await linkInterventions(tx, actor.tenantId, id, links);
    await auditContract(tx, actor, id, 'update');
    return getContract(tx, actor, id);
  });
}
