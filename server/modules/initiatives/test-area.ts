import { randomUUID } from 'node:crypto';
import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { buildOrganisation, buildTenant, buildUser } from '../../test/factories.ts';
import { interventions } from '../catalogue/tables.ts';
import { forbundParties } from '../forbund/tables.ts';
import { initiativeBody } from './scenario-records.ts';
import { initiatives } from './tables.ts';

/** A form's fields as the table's columns: the links are rows of their own. */
export const columnsOf = ({ interventionIds: _links, ...columns }: ReturnType<typeof initiativeBody>) => columns;

/** What a service refuses with: its error code and, for 400, each problem as "path keyword". */
export async function refusal(work: Promise<unknown>) {
  const error = await work.then(
    () => null,
    (e: { code: string; details?: { path: string; keyword: string }[] }) => e,
  );
  if (!error) throw new Error('expected a refusal');
  return [error.code, ...(error.details ?? []).map((d) => `${d.path} ${d.keyword}`)];
}

/**
 * A hand-built area for the initiatives' tests: two organisations with a coordinator (Arbetsmarknadsenheten), a
 * manager (Arbetsförmedlingen), an analyst and a caseworker; two parties of the förbund; three interventions. Another
 * area holds an intervention, a party, a private initiative and a public one of the register.
 */
export async function buildInitiativeArea(db: Db) {
  const tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  const af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  const actor = async (roles: Role[], organisationId: string | null): Promise<Actor> => ({
    tenantId,
    userId: (await buildUser(db, tenantId, { roles, organisationId })).id,
    organisationId,
    roles,
    participantId: null,
    requestId: randomUUID(),
    sessionId: randomUUID(),
  });
  const party = async (tenant: string, name: string, kind: 'municipality' | 'region') => {
    const [row] = await db.insert(forbundParties).values({ tenantId: tenant, name, kind, keyWeight: 1000 }).returning();
    return row!.id;
  };
  const intervention = async (tenant: string, organisationId: string, name: string) => {
    const [row] = await db
      .insert(interventions)
      .values({
        tenantId: tenant,
        organisationId,
        name,
        description: name,
        kind: 'work_placement',
        places: 20,
        funding: 'samordningsforbund',
      })
      .returning({ id: interventions.id });
    return row!.id;
  };

  const otherTenant = await buildTenant(db, 'Annat förbund');
  const otherOrg = await buildOrganisation(db, otherTenant);
  const otherUser = await buildUser(db, otherTenant, { roles: ['coordinator'], organisationId: otherOrg });
  const otherInitiative = async (name: string, isPublic: boolean) => {
    const [row] = await db
      .insert(initiatives)
      .values({ ...columnsOf(initiativeBody(name, { public: isPublic })), tenantId: otherTenant, createdByUserId: otherUser.id })
      .returning({ id: initiatives.id });
    return row!.id;
  };

  return {
    tenantId,
    amf,
    coordinator: await actor(['coordinator'], amf),
    manager: await actor(['manager'], af),
    analyst: await actor(['analyst'], null),
    caseworker: await actor(['caseworker'], amf),
    kommunen: await party(tenantId, 'Trelleborgs kommun', 'municipality'),
    region: await party(tenantId, 'Region Skåne', 'region'),
    praktik: await intervention(tenantId, amf, 'Praktik i parken'),
    coaching: await intervention(tenantId, af, 'Coachning mot arbete'),
    unlinked: await intervention(tenantId, amf, 'Studiecirkel'),
    otherIntervention: await intervention(otherTenant, otherOrg, 'Annan praktik'),
    otherParty: await party(otherTenant, 'Annan kommun', 'municipality'),
    otherPrivate: await otherInitiative('Internt initiativ', false),
    otherPublic: await otherInitiative('Jobbspåret i Lund', true),
  };
}
