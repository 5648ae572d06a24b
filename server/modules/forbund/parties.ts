import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { mayManageForbund } from './policy.ts';
import type { CreateParty, PartyList, UpdateParty } from './schema.ts';
import { contributions, shareProblems } from './shares.ts';
import { forbundParties, forbundPartyOrganisations } from './tables.ts';

/** The area's parties in a stable order: the state's agencies, the region, then the municipalities by name. */
export async function loadParties(ex: Executor, tenantId: string) {
  const rows = await ex.select().from(forbundParties).where(eq(forbundParties.tenantId, tenantId)).orderBy(asc(forbundParties.name));
  const order = ['forsakringskassan', 'arbetsformedlingen', 'region', 'municipality'];
  return rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/** The parties, their organisations, their shares under the law (when the parties satisfy it) and what keeps them from it. */
export async function listParties(db: Db, actor: Actor): Promise<Static<typeof PartyList>> {
  const [parties, orgs] = await Promise.all([
    loadParties(db, actor.tenantId),
    db
      .select({ id: organisations.id, name: organisations.name, kind: organisations.kind, partyId: forbundPartyOrganisations.partyId })
      .from(organisations)
      .leftJoin(
        forbundPartyOrganisations,
        and(eq(forbundPartyOrganisations.tenantId, organisations.tenantId), eq(forbundPartyOrganisations.organisationId, organisations.id)),
      )
      .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.active, true)))
      .orderBy(asc(organisations.name)),
  ]);
  const problems = shareProblems(parties);
  // The shares of a total large enough that parts per million are exact to the unit.
  const shares = problems.length === 0 ? new Map(contributions(1_000_000, parties).map((c) => [c.partyId, c.sharePpm])) : null;
  return {
    items: parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      keyWeight: p.keyWeight,
      organisations: orgs.filter((o) => o.partyId === p.id).map(({ id, name }) => ({ id, name })),
      sharePpm: shares?.get(p.id) ?? null,
      version: p.version,
    })),
    problems,
    organisations: orgs,
    mayManage: mayManageForbund(actor),
  };
}

/** The organisations must be the area's, and not another party's: 400 `unknown_organisation` or `organisation_in_other_party`. */
async function linkOrganisations(tx: Executor, tenantId: string, partyId: string, organisationIds: readonly string[]) {
  if (organisationIds.length > 0) {
    const found = await tx
      .select({ id: organisations.id, partyId: forbundPartyOrganisations.partyId })
      .from(organisations)
      .leftJoin(
        forbundPartyOrganisations,
        and(eq(forbundPartyOrganisations.tenantId, organisations.tenantId), eq(forbundPartyOrganisations.organisationId, organisations.id)),
      )
      .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, [...organisationIds])));
    const problems = organisationIds.flatMap((id, i) => {
      const o = found.find((f) => f.id === id);
      const keyword = !o ? 'unknown_organisation' : o.partyId !== null && o.partyId !== partyId ? 'organisation_in_other_party' : null;
      return keyword ? [{ path: `/organisationIds/${i}`, keyword, message: keyword }] : [];
    });
    if (problems.length > 0) throw invalid(problems);
  }
  await tx
    .delete(forbundPartyOrganisations)
    .where(and(eq(forbundPartyOrganisations.tenantId, tenantId), eq(forbundPartyOrganisations.partyId, partyId)));
  if (organisationIds.length > 0)
    await tx.insert(forbundPartyOrganisations).values(organisationIds.map((organisationId) => ({ tenantId, partyId, organisationId })));
}

const auditParty = (tx: Executor, actor: Actor, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType: 'forbund_party', resourceId: id }]);

export async function createParty(db: Db, actor: Actor, input: Static<typeof CreateParty>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { organisationIds, ...fields } = input;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(forbundParties)
      .values({ ...fields, tenantId: actor.tenantId })
      .returning({ id: forbundParties.id });
    await linkOrganisations(tx, actor.tenantId, row!.id, organisationIds);
    await auditParty(tx, actor, row!.id, 'create');
    return row!;
  });
}

/** Changes a party at the version read (409 when stale). Years already opened keep their contributions. */
export async function updateParty(db: Db, actor: Actor, id: string, input: Static<typeof UpdateParty>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { organisationIds, version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: forbundParties.version })
      .from(forbundParties)
      .where(and(eq(forbundParties.tenantId, actor.tenantId), eq(forbundParties.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== version) throw conflict();
    await tx
      .update(forbundParties)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(forbundParties.tenantId, actor.tenantId), eq(forbundParties.id, id)));
    await linkOrganisations(tx, actor.tenantId, id, organisationIds);
    await auditParty(tx, actor, id, 'update');
    return { id };
  });
}
