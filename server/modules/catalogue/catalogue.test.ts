import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../lib/audit/tables.ts';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
  today,
} from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { newIntervention } from '../../test/offer-scenario.ts';
import { circumstances } from '../circumstances/tables.ts';
import { contracts } from '../procurement/tables.ts';

let ctx: TestContext;
let tenantId: string;
let asf: string;
let amf: string;
let supplier: string;
let person: string;
let noConsentPerson: string;
let provider: Session;
let caseworker: Session;
let analyst: Session;
let administrator: Session;
let cafe: { id: string; version: number };

const post = (s: Session, body: object) => s.send('POST', '/api/catalogue', { ...newIntervention('Insats'), ...body });

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  asf = await buildOrganisation(db, tenantId, 'social_enterprise', 'Kvarnen');
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  supplier = await buildOrganisation(db, tenantId, 'supplier', 'Byggbolaget');
  const af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  const users = {
    provider: await buildUser(db, tenantId, { roles: ['provider'], organisationId: asf }),
    caseworker: await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf }),
    analyst: await buildUser(db, tenantId, { roles: ['analyst'], organisationId: null }),
    administrator: await buildUser(db, tenantId, { roles: ['administrator'], organisationId: null }),
  };
  provider = await signIn(ctx.app, users.provider.email, TEST_PASSWORD);
  caseworker = await signIn(ctx.app, users.caseworker.email, TEST_PASSWORD);
  analyst = await signIn(ctx.app, users.analyst.email, TEST_PASSWORD);
  administrator = await signIn(ctx.app, users.administrator.email, TEST_PASSWORD);
  // The person (born 1990-01-01) works with the unit, consented to identity and intake but not progression, is
  // registered at Arbetsförmedlingen through its engagement and is in the establishment programme.
  person = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, person, amf, { caseworkerUserId: users.caseworker.id });
  await buildEngagement(db, tenantId, person, af);
  for (const c of ['identity', 'intake'] as const) await buildConsent(db, tenantId, person, amf, c);
  await db.insert(circumstances).values({
    tenantId,
    participantId: person,
    kind: 'establishment_programme',
    fromDate: '2025-01-01',
    recordedByOrganisationId: amf,
    recordedByUserId: users.caseworker.id,
  });
  noConsentPerson = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, noConsentPerson, amf);

  const created = await post(provider, {
    name: 'Träningsplats i caféet',
    kind: 'training_place',
    places: 2,
    languages: ['sv', 'ar'],
    targetGroups: ['newcomers'],
    eligibility: [
      { fact: 'age', min: 18, max: 64 },
      { fact: 'registered_at_af', equals: true },
    ],
    locationName: 'Kvarnen',
    address: 'Kvarngatan 7',
    postalCode: '123 45',
    city: 'Sjöstad',
    scheduleDescription: 'Mån–tor 8–13',
    contactEmail: 'kvarnen@sjostad.example',
    contactPhone: '0123-45 67 00',
    url: 'https://kvarnen.example',
  });
  expect(created.status).toBe(201);
  cafe = { id: created.body.id, version: created.body.version };
  await post(provider, {
    name: 'Cykelverkstaden',
    kind: 'training_place',
    eligibility: [{ fact: 'sfi_level', atLeast: 'C' }],
    languages: ['ti'],
  });
  await post(provider, { name: 'Lokalvård för unga', eligibility: [{ fact: 'age', max: 24 }], status: 'inactive' });
});

describe('publishing', () => {
  it('gives the intervention to the provider’s own organisation, with its places', async () => {
    const res = await provider.get(`/api/catalogue/${cafe.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      organisationId: asf,
      organisationName: 'Kvarnen',
      mayChange: true,
      places: 2,
    });
  });

  it('refuses another organisation’s intervention to the provider (403) but lets an administrator publish for any', async () => {
    expect((await post(provider, { organisationId: amf })).status).toBe(403);
    const res = await post(administrator, { organisationId: amf, name: 'Parkförvaltningen', workplace: 'Parken' });
    expect(res.status).toBe(201);
    expect(res.body.organisationId).toBe(amf);
  });

  it('refuses a caseworker (403 forbidden: the verb)', async () => {
    expect((await post(caseworker, {})).status).toBe(403);
  });

  it.each([
    [{ endDate: '2026-01-01', startDate: '2026-02-01' }, '/endDate'],
    [{ eligibility: [{ fact: 'age', min: 70, max: 20 }] }, '/eligibility/0'],
    [
      {
        eligibility: [
          { fact: 'age', min: 20 },
          { fact: 'age', max: 30 },
        ],
      },
      '/eligibility/1',
    ],
  ])('refuses inconsistent fields %j (400, the path named)', async (body, path) => {
    const res = await post(provider, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('refuses a contract where the provider is not the supplier', async () => {
    const [contract] = await ctx.database.db
      .insert(contracts)
      .values({
        tenantId,
        procuringOrganisationId: amf,
        supplierOrganisationId: supplier,
        name: 'Bygg',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
      })
      .returning();
    const res = await post(provider, { contractId: contract!.id });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].keyword).toBe('contract_not_of_provider');
  });

  it('changes with the current version and refuses a stale one (409), keeping the first change', async () => {
    const body = { ...newIntervention('Träningsplats i caféet och bageriet'), kind: 'training_place', places: 2, languages: ['sv', 'ar'] };
    const first = await provider.send('PUT', `/api/catalogue/${cafe.id}`, {
      ...body,
      eligibility: [
        { fact: 'age', min: 18, max: 64 },
        { fact: 'registered_at_af', equals: true },
      ],
      version: cafe.version,
    });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(cafe.version + 1);
    const stale = await provider.send('PUT', `/api/catalogue/${cafe.id}`, { ...body, name: 'Annat', version: cafe.version });
    expect(stale.status).toBe(409);
    expect((await provider.get(`/api/catalogue/${cafe.id}`)).body.name).toBe('Träningsplats i caféet och bageriet');
  });
});

describe('search', () => {
  const names = (res: { body: { items: { name: string }[] } }) => res.body.items.map((i) => i.name).sort();

  it.each([
    ['q=caf', ['Träningsplats i caféet och bageriet']],
    ['q=KVARNEN', ['Cykelverkstaden', 'Träningsplats i caféet och bageriet']],
    ['language=ti', ['Cykelverkstaden']],
    ['kind=training_place', ['Cykelverkstaden', 'Träningsplats i caféet och bageriet']],
    ['status=inactive', ['Lokalvård för unga']],
    ['workplaces=true', ['Parkförvaltningen']],
    ['q=%25', []],
  ])('%s', async (query, expected) => {
    const res = await analyst.get(`/api/catalogue?${query}`);
    expect(res.status).toBe(200);
    expect(names(res)).toEqual(expected);
  });

  it('evaluates eligibility for a person from what the reader may see, and audits the reads', async () => {
    const res = await caseworker.get(`/api/catalogue?eligibleFor=${person}&organisationId=${asf}`);
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(
      res.body.items.map((i: { name: string; eligibilityResult: { result: string } }) => [i.name, i.eligibilityResult.result]),
    );
    // Age from identity and Arbetsförmedlingen's engagement (intake) are known; the SFI level (progression) is not.
    expect(byName['Träningsplats i caféet och bageriet']).toBe('eligible');
    expect(byName['Cykelverkstaden']).toBe('unknown');
    const eligibleOnly = await caseworker.get(`/api/catalogue?eligibleFor=${person}&organisationId=${asf}&eligibility=eligible`);
    expect(names(eligibleOnly)).toEqual(['Träningsplats i caféet och bageriet']);
    const audited = await ctx.database.db
      .select({ category: auditEvents.category })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.participantId, person), eq(auditEvents.resourceType, 'eligibility')));
    // Two searches, each reading identity and intake once; progression was refused, so it left no row.
    expect(audited.map((a) => a.category).sort()).toEqual(['identity', 'identity', 'intake', 'intake']);
  });

  it('answers 404 for a person the reader may not know, and 404 for an analyst', async () => {
    const stranger = await buildParticipant(ctx.database.db, tenantId, supplier);
    expect((await caseworker.get(`/api/catalogue?eligibleFor=${stranger}`)).status).toBe(404);
    expect((await analyst.get(`/api/catalogue?eligibleFor=${person}`)).status).toBe(404);
  });

  it('leaves every fact unknown when the reader has no consent at all', async () => {
    const res = await caseworker.get(`/api/catalogue?eligibleFor=${noConsentPerson}&organisationId=${asf}`);
    expect(res.status).toBe(200);
    for (const item of res.body.items) expect(['unknown', 'eligible']).toContain(item.eligibilityResult.result);
  });
});

describe('exports', () => {
  it('writes CSV with translated headers and one row per intervention', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/catalogue/export.csv?language=en', headers: { cookie: analyst.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.payload
      .replace(/^\ufeff/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('Name,Provider,Kind');
    const all = await analyst.get('/api/catalogue?status=any&limit=200');
    expect(lines.length - 1).toBe(all.body.total);
    expect(res.payload).toContain('Aged 18–64; Registered with Arbetsförmedlingen.');
  });

  it('writes an XLSX workbook that reads back with the same cells', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/catalogue/export.xlsx', headers: { cookie: analyst.cookie } });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Namn');
    const rows: string[] = [];
    sheet.eachRow((row, n) => n > 1 && rows.push(String(row.getCell(1).value)));
    expect(rows).toContain('Träningsplats i caféet och bageriet');
    const cafeRow = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Träningsplats i caféet och bageriet')!;
    expect(cafeRow.getCell(5).value).toBe(2);
  });
});

describe('consent is untouched by the catalogue', () => {
  it('writes no audit row for plain catalogue reads', async () => {
    const before = await ctx.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.tenantId, tenantId));
    await analyst.get('/api/catalogue');
    await analyst.get(`/api/catalogue/${cafe.id}`);
    const after = await ctx.database.db.select({ seq: auditEvents.seq }).from(auditEvents).where(eq(auditEvents.tenantId, tenantId));
    expect(after.length).toBe(before.length);
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
