import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InterventionKind } from '../../../common/offer.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { addDays } from '../../lib/working-days.ts';
import { buildOrganisation, buildParticipant, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { interventions } from '../catalogue/tables.ts';
import { participations } from '../participations/tables.ts';
import { addYears } from './fulfilment.ts';
import { contracts } from './tables.ts';

let ctx: TestContext;
let tenantId: string;
let amf: string;
let supplier: string;
let linked: string;
let unlinked: string;
let park: string;
let otherContract: string;
let otherSupplier: string;
let coordinator: Session;
let manager: Session;
let socCoordinator: Session;
let analyst: Session;
let caseworker: Session;
const today = todayInSweden();
/** Day 101 of the first contract year: 6 placements a year expect 1 by today, 2 jobs none. */
const start = addDays(today, -100);

const body = (extra: object = {}) => ({
  name: 'Ramavtal bygg',
  reference: 'KS 2025/12',
  supplierOrganisationId: supplier,
  startDate: start,
  endDate: addDays(start, 3 * 365),
  requirements: [
    { kind: 'placements', perYear: 6 },
    { kind: 'jobs', perYear: 2 },
  ],
  ...extra,
});

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  const soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  const af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  supplier = await buildOrganisation(db, tenantId, 'supplier', 'Byggbolaget');
  const as = async (roles: ('coordinator' | 'manager' | 'analyst' | 'caseworker')[], org: string | null) =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles, organisationId: org })).email, TEST_PASSWORD);
  coordinator = await as(['coordinator'], amf);
  manager = await as(['manager'], amf);
  socCoordinator = await as(['coordinator'], soc);
  analyst = await as(['analyst'], null);
  caseworker = await as(['caseworker'], amf);

  const intervention = async (organisationId: string, name: string, kind: InterventionKind, extra: object = {}) => {
    const [row] = await db
      .insert(interventions)
      .values({ tenantId, organisationId, name, description: name, kind, places: 4, funding: 'procurement_contract', ...extra })
      .returning({ id: interventions.id });
    return row!.id;
  };
  linked = await intervention(supplier, 'Praktik på bygget', 'work_placement');
  unlinked = await intervention(supplier, 'Anställning på bygget', 'subsidised_job');
  // The municipality as employer: two places at the park, one at the kitchen; others' and inactive ones are left out.
  park = await intervention(amf, 'Arbetsträning i parken', 'work_training', { workplace: 'Parkförvaltningen', places: 4 });
  await intervention(soc, 'Praktik i parken', 'work_placement', { workplace: ' Parkförvaltningen ', places: 2 });
  await intervention(amf, 'Extratjänst i köket', 'subsidised_job', { workplace: 'Centralköket', places: 3 });
  await intervention(amf, 'Stängd praktik', 'work_placement', { workplace: 'Centralköket', places: 9, status: 'inactive' });
  await intervention(af, 'Praktik hos Arbetsförmedlingen', 'work_placement', { workplace: 'Stationsgatan', places: 5 });
  await intervention(supplier, 'Praktik hos leverantören', 'work_placement', { workplace: 'Bygget', places: 5 });

  const situation = {
    gender: 'unknown' as const,
    timeInSupport: 'under_1_year',
    educationLevel: 'compulsory',
    startOccupation: 'job_seeking',
    startIncomeSources: ['social_assistance'],
  };
  const take = async (interventionId: string, startDate: string, end?: { endDate: string; endReason: string; endOccupation: string }) =>
    db.insert(participations).values({
      tenantId,
      participantId: await buildParticipant(db, tenantId, amf),
      interventionId,
      organisationId: supplier,
      startDate,
      ...situation,
      ...(end ? { ...end, endIncomeSources: ['salary'], endExtentPercent: 100 } : {}),
    });
  await take(linked, addDays(today, -50));
  await take(linked, addDays(today, -90), { endDate: addDays(today, -10), endReason: 'work', endOccupation: 'work_unsubsidised' });
  // A wrong registration never counts, even one that ended in work.
  await take(linked, addDays(today, -80), {
    endDate: addDays(today, -20),
    endReason: 'wrong_registration',
    endOccupation: 'work_subsidised',
  });
  // Started before the contract: no placement in it, but a job when it ended in work within the year.
  await take(linked, addDays(today, -200), { endDate: addDays(today, -30), endReason: 'work', endOccupation: 'own_business' });
  await take(linked, addDays(today, -150), { endDate: addDays(today, -105), endReason: 'work', endOccupation: 'work_subsidised' });
  await take(unlinked, addDays(today, -10));
  await take(park, addDays(today, -5));

  const otherTenant = await buildTenant(db, 'Annat förbund');
  const otherOrg = await buildOrganisation(db, otherTenant, 'labour_market_unit');
  otherSupplier = await buildOrganisation(db, otherTenant, 'supplier');
  const [other] = await db
    .insert(contracts)
    .values({
      tenantId: otherTenant,
      procuringOrganisationId: otherOrg,
      supplierOrganisationId: otherSupplier,
      name: 'Annat avtal',
      startDate: '2025-01-01',
      endDate: '2025-12-31',
    })
    .returning({ id: contracts.id });
  otherContract = other!.id;
});

let created: { id: string; version: number };

describe('contracts and their fulfilment', () => {
  it('records a contract with the own organisation as procurer, and counts only the participations linked to it', async () => {
    const res = await coordinator.send('POST', '/api/procurement/contracts', body({ interventionIds: [linked] }));
    expect(res.status).toBe(201);
    created = res.body;
    expect(res.body).toMatchObject({
      procuringOrganisationId: amf,
      procuringOrganisationName: 'Arbetsmarknadsenheten',
      supplierOrganisationName: 'Byggbolaget',
      interventions: [{ id: linked, name: 'Praktik på bygget' }],
      version: 1,
      mayChange: true,
      behind: false,
    });
    expect(res.body.fulfilment).toMatchObject({ status: 'on_track', currentYear: 1 });
    expect(res.body.fulfilment.years).toEqual([
      {
        year: 1,
        from: start,
        to: addDays(addYears(start, 1), -1),
        requirements: [
          { kind: 'placements', required: 6, achieved: 2, expectedByToday: 1, status: 'on_track' },
          { kind: 'jobs', required: 2, achieved: 2, expectedByToday: 0, status: 'met' },
        ],
      },
    ]);
  });

  it('lists every contract of the area to its readers, with the warning when one falls behind', async () => {
    const behind = await manager.send('POST', '/api/procurement/contracts', body({ name: 'Avtal utan deltagare' }));
    expect(behind.status).toBe(201);
    expect(behind.body).toMatchObject({ behind: true, fulfilment: { status: 'behind' }, interventions: [] });
    const list = await analyst.get('/api/procurement/contracts');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ today, behind: 1, mayCreate: false });
    expect(list.body.items.map((c: { name: string; mayChange: boolean }) => [c.name, c.mayChange])).toEqual([
      ['Avtal utan deltagare', false],
      ['Ramavtal bygg', false],
    ]);
    expect((await manager.get('/api/procurement/contracts')).body.mayCreate).toBe(true);
  });

  it('links another intervention of the supplier on a change, counts its participations, and marks the intervention changed', async () => {
    const before = await coordinator.get(`/api/catalogue/${unlinked}`);
    const res = await coordinator.send('PUT', `/api/procurement/contracts/${created.id}`, {
      ...body({ interventionIds: [linked, unlinked] }),
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.fulfilment.years[0].requirements[0]).toMatchObject({ kind: 'placements', achieved: 3 });
    const after = await coordinator.get(`/api/catalogue/${unlinked}`);
    expect(after.body).toMatchObject({ contractId: created.id, contractName: 'Ramavtal bygg', version: before.body.version + 1 });
  });

  it('keeps the links when they are left out, lets go of those not listed', async () => {
    const kept = await coordinator.send('PUT', `/api/procurement/contracts/${created.id}`, { ...body(), version: 2 });
    expect(kept.body.interventions.map((i: { id: string }) => i.id).sort()).toEqual([linked, unlinked].sort());
    const cut = await coordinator.send('PUT', `/api/procurement/contracts/${created.id}`, {
      ...body({ interventionIds: [linked] }),
      version: 3,
    });
    expect(cut.body.interventions).toEqual([{ id: linked, name: 'Praktik på bygget' }]);
    expect(cut.body.fulfilment.years[0].requirements[0].achieved).toBe(2);
  });

  it('refuses a stale version with 409', async () => {
    const res = await manager.send('PUT', `/api/procurement/contracts/${created.id}`, { ...body(), version: 1 });
    expect([res.status, res.body.error.code]).toEqual([409, 'conflict']);
  });

  it.each([
    ['dates out of order', () => ({ endDate: addDays(start, -1) }), '/endDate', 'end_before_start'],
    ['a date out of range', () => ({ startDate: '1999-12-31' }), '/startDate', 'date_out_of_range'],
    [
      'a requirement twice',
      () => ({
        requirements: [
          { kind: 'jobs', perYear: 1 },
          { kind: 'jobs', perYear: 2 },
        ],
      }),
      '/requirements/1',
      'duplicate_requirement',
    ],
    ['the procurer as supplier', () => ({ supplierOrganisationId: amf }), '/supplierOrganisationId', 'supplier_is_procurer'],
    ['another tenant’s organisation', () => ({ supplierOrganisationId: otherSupplier }), '/supplierOrganisationId', 'unknown_organisation'],
    [
      'an intervention of another provider',
      () => ({ interventionIds: [linked, park] }),
      '/interventionIds/1',
      'intervention_not_of_supplier',
    ],
  ])('refuses %s with 400 validation_failed', async (_label, change, path, keyword) => {
    const res = await coordinator.send('POST', '/api/procurement/contracts', body(change()));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ path, keyword }));
  });

  it('refuses a negative requirement and an unknown kind by schema', async () => {
    for (const requirements of [[{ kind: 'placements', perYear: -1 }], [{ kind: 'apprenticeships', perYear: 1 }]]) {
      const res = await coordinator.send('POST', '/api/procurement/contracts', body({ requirements }));
      expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    }
  });

  it('refuses other roles with 403, another organisation’s change with 403, and other tenants’ contracts with 404', async () => {
    expect((await caseworker.get('/api/procurement/contracts')).status).toBe(403);
    expect((await analyst.send('POST', '/api/procurement/contracts', body())).status).toBe(403);
    const foreign = await socCoordinator.send('PUT', `/api/procurement/contracts/${created.id}`, { ...body(), version: 4 });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'forbidden']);
    const other = await coordinator.send('PUT', `/api/procurement/contracts/${otherContract}`, { ...body(), version: 1 });
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    expect((await analyst.get('/api/procurement/contracts')).body.items.map((c: { id: string }) => c.id)).not.toContain(otherContract);
  });

  it('audits each change of a contract, naming no participant', async () => {
    const rows = await ctx.database.db
      .select({ action: auditEvents.action, participantId: auditEvents.participantId })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.resourceType, 'contract'), eq(auditEvents.resourceId, created.id)));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update', 'update', 'update']);
    expect(rows.every((r) => r.participantId === null)).toBe(true);
  });
});

describe('the municipality as employer', () => {
  it('groups its own active interventions with a workplace by workplace, with places taken and free', async () => {
    const res = await analyst.get('/api/procurement/workplaces');
    expect(res.status).toBe(200);
    expect(res.body.workplaces.map((w: { workplace: string }) => w.workplace)).toEqual(['Centralköket', 'Parkförvaltningen']);
    expect(res.body.workplaces[1]).toMatchObject({ places: 6, placesTaken: 1, freePlaces: 5, waitingList: 0 });
    expect(res.body.workplaces[1].interventions.map((i: { name: string }) => i.name)).toEqual([
      'Arbetsträning i parken',
      'Praktik i parken',
    ]);
    expect(res.body.total).toEqual({ places: 9, placesTaken: 1, freePlaces: 8, waitingList: 0 });
    expect((await caseworker.get('/api/procurement/workplaces')).status).toBe(403);
  });
});
