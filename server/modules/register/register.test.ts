import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { InitiativeState } from '../../../common/governance.ts';
import { todayInSweden } from '../../lib/dates.ts';
import type { Db } from '../../db/client.ts';
import type { App } from '../../lib/http/app-type.ts';
import { testApp } from '../../test/harness.ts';
import { buildOrganisation, buildParticipant, buildTenant, buildUser } from '../../test/factories.ts';
import { interventions } from '../catalogue/tables.ts';
import { forbundParties } from '../forbund/tables.ts';
import { initiativeBody } from '../initiatives/scenario-records.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from '../initiatives/tables.ts';
import { columnsOf } from '../initiatives/test-area.ts';
import { participations } from '../participations/tables.ts';
import { municipalityNodeId } from './network.ts';

let app: App;
let db: Db;

/** An anonymous GET: the register needs no session. */
async function get(url: string) {
  const res = await app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: JSON.parse(res.payload), payload: res.payload };
}

interface Area {
  tenantId: string;
  userId: string;
  displayName: string;
  party: string;
}

async function area(name: string): Promise<Area> {
  const tenantId = await buildTenant(db, name);
  const org = await buildOrganisation(db, tenantId);
  const user = await buildUser(db, tenantId, { roles: ['coordinator'], organisationId: org });
  const [party] = await db
    .insert(forbundParties)
    .values({ tenantId, name: `${name}s kommun`, kind: 'municipality', keyWeight: 1000 })
    .returning({ id: forbundParties.id });
  return { tenantId, userId: user.id, displayName: 'Test coordinator', party: party!.id };
}

async function initiative(a: Area, name: string, extra: Parameters<typeof initiativeBody>[1] & { state?: InitiativeState } = {}) {
  const { state = 'running', ...fields } = extra;
  const [row] = await db
    .insert(initiatives)
    .values({ ...columnsOf(initiativeBody(name, fields)), state, ownerPartyId: a.party, tenantId: a.tenantId, createdByUserId: a.userId })
    .returning({ id: initiatives.id });
  return row!.id;
}

let a: Area;
let b: Area;
let jobbsparet: string;
let borrower: string;
let hidden: string;
let fromHidden: string;
let implemented: string;

beforeAll(async () => {
  const context = await testApp();
  app = context.app;
  const database = context.database;
  db = database.db;

  a = await area('Lundabygden');
  b = await area('Sjöland');
  jobbsparet = await initiative(a, 'Jobbspåret Lund', {
    public: true,
    municipality: 'Lund',
    municipalityRoles: ['entrepreneur', 'employer'],
    startDate: '2022-03-01',
  });
  borrower = await initiative(b, 'Språkpraktik i vården', {
    public: true,
    inspiredById: jobbsparet,
    municipality: 'Sjöstad',
    municipalityRoles: ['employer'],
    startDate: '2024-02-01',
    state: 'decided',
  });
  hidden = await initiative(a, 'Internt utvecklingsarbete', { public: false, municipality: 'Lund', startDate: '2021-01-01' });
  fromHidden = await initiative(b, 'Mentorer från föreningslivet', {
    public: true,
    inspiredById: hidden,
    municipality: 'sjöstad ',
    municipalityRoles: ['procurer'],
    startDate: null,
    state: 'idea',
  });
  implemented = await initiative(a, 'Gemensam kartläggning', {
    public: true,
    municipality: 'Lund',
    startDate: '2020-01-01',
    endDate: '2022-12-31',
    state: 'implemented',
  });
  await db
    .update(initiatives)
    .set({ implementedByPartyId: a.party, implementedFrom: '2023-01-01', evaluation: 'Fler kom i arbete.' })
    .where(and(eq(initiatives.tenantId, a.tenantId), eq(initiatives.id, implemented)));
  const moves: [InitiativeState, string][] = [
    ['running', '2020-01-02T08:00:00Z'],
    ['evaluated', '2022-11-01T08:00:00Z'],
    ['implemented', '2022-12-31T23:30:00Z'],
  ];
  await db.insert(initiativeEvents).values(
    moves.map(([toState, at]) => ({
      tenantId: a.tenantId,
      initiativeId: implemented,
      toState,
      at,
      byUserId: a.userId,
      note: 'Styrelsen § 4',
    })),
  );

  // Three people in its linked intervention: a count the register never shows.
  const org = await buildOrganisation(db, a.tenantId, 'social_enterprise', 'Kvarnen');
  const [intervention] = await db
    .insert(interventions)
    .values({
      tenantId: a.tenantId,
      organisationId: org,
      name: 'Träningsplats',
      description: 'Café',
      kind: 'work_placement',
      places: 10,
      funding: 'samordningsforbund',
    })
    .returning({ id: interventions.id });
  await db.insert(initiativeInterventions).values({ tenantId: a.tenantId, initiativeId: jobbsparet, interventionId: intervention!.id });
  for (let n = 0; n < 3; n++)
    await db.insert(participations).values({
      tenantId: a.tenantId,
      participantId: await buildParticipant(db, a.tenantId, org),
      interventionId: intervention!.id,
      organisationId: org,
      startDate: '2023-05-01',
      gender: 'unknown',
      timeInSupport: 'under_1_year',
      educationLevel: 'compulsory',
      startOccupation: 'job_seeking',
      startIncomeSources: ['social_assistance'],
    });
});

describe('the public register', () => {
  it('lists every area’s public initiatives to anyone, without a session, and never a non-public one', async () => {
    const res = await get('/api/register');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual([
      'Gemensam kartläggning',
      'Jobbspåret Lund',
      'Mentorer från föreningslivet',
      'Språkpraktik i vården',
    ]);
    expect(res.body.total).toBe(4);
    expect(res.body.municipalities).toEqual(['Lund', 'Sjöstad']);
    expect(res.payload).not.toContain(hidden);
    expect(res.payload).not.toContain('Internt utvecklingsarbete');
  });

  it('names where, by whom and how each works, with its borrowing only from a public one', async () => {
    const { body } = await get('/api/register');
    const byId = new Map(body.items.map((i: { id: string }) => [i.id, i]));
    expect(byId.get(borrower)).toMatchObject({
      areaName: expect.stringMatching(/^Sjöland /),
      municipality: 'Sjöstad',
      municipalityRoles: ['employer'],
      homeOrganisation: 'Sjölands kommun',
      state: 'decided',
      inspiredBy: jobbsparet,
      inspiredByName: 'Jobbspåret Lund',
      year: 2024,
    });
    expect(byId.get(fromHidden)).toMatchObject({ inspiredBy: null, inspiredByName: null, year: Number(todayInSweden().slice(0, 4)) });
    expect(byId.get(implemented)).toMatchObject({
      statusDates: { running: '2020-01-02', implemented: '2023-01-01', ended: null },
      implementedBy: 'Lundabygdens kommun',
      implementedFrom: '2023-01-01',
      evaluation: 'Fler kom i arbete.',
      startDate: '2020-01-01',
      endDate: '2022-12-31',
    });
  });

  it('shows results only suppressed, and nothing about who recorded or moved an initiative', async () => {
    const { body, payload } = await get('/api/register');
    const jobb = body.items.find((i: { id: string }) => i.id === jobbsparet);
    expect(jobb.results).toEqual({
      participants: { kind: 'small' },
      started: { kind: 'small' },
      ended: { kind: 'value', value: 0 },
      inWorkOrStudies: { kind: 'value', value: 0 },
    });
    expect(Object.keys(jobb).sort()).toEqual(
      [
        'id',
        'name',
        'kind',
        'state',
        'description',
        'targetGroup',
        'origin',
        'municipality',
        'municipalityRoles',
        'areaName',
        'homeOrganisation',
        'fundingSources',
        'startDate',
        'endDate',
        'evaluation',
        'statusDates',
        'implementedBy',
        'implementedFrom',
        'results',
        'inspiredBy',
        'inspiredByName',
        'year',
      ].sort(),
    );
    for (const secret of [a.userId, b.userId, a.tenantId, b.tenantId, a.displayName, 'Styrelsen § 4', 'Deltagare'])
      expect(payload).not.toContain(secret);
  });

  it.each([
    ['words', 'q=språkpraktik%20vården', ['Språkpraktik i vården']],
    ['words of the area', 'q=lundabygden', ['Gemensam kartläggning', 'Jobbspåret Lund']],
    ['a municipality, case aside', 'municipality=SJÖSTAD', ['Mentorer från föreningslivet', 'Språkpraktik i vården']],
    ['a role of the municipality', 'role=entrepreneur', ['Jobbspåret Lund']],
    ['a state', 'state=implemented', ['Gemensam kartläggning']],
    ['everything at once', 'q=jobb&municipality=Lund&role=entrepreneur&state=running', ['Jobbspåret Lund']],
    ['nothing found', 'q=ingenting', []],
  ])('filters by %s', async (_label, query, names) => {
    const res = await get(`/api/register?${query}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toEqual(names);
    expect([res.body.total, res.body.municipalities]).toEqual([4, ['Lund', 'Sjöstad']]);
  });

  it.each([
    ['an unknown filter', 'owner=x'],
    ['an unknown role', 'role=owner'],
    ['an unknown state', 'state=paused'],
    ['words too long', `q=${'x'.repeat(101)}`],
  ])('refuses %s with 400', async (_label, query) => {
    const res = await get(`/api/register?${query}`);
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });
});

describe('the network of who borrowed from whom', () => {
  it('links the initiative of area B to the one of area A it borrowed from, and each to its municipality, by year', async () => {
    const res = await get('/api/register/network');
    expect(res.status).toBe(200);
    const lund = municipalityNodeId('Lund');
    const sjostad = municipalityNodeId('Sjöstad');
    const year = Number(todayInSweden().slice(0, 4));
    expect(res.body.nodes.map((n: { kind: string; name: string; year: number }) => `${n.kind} ${n.name} ${n.year}`)).toEqual([
      'municipality Lund 2020',
      'municipality Sjöstad 2024',
      'initiative Gemensam kartläggning 2020',
      'initiative Jobbspåret Lund 2022',
      'initiative Språkpraktik i vården 2024',
      `initiative Mentorer från föreningslivet ${year}`,
    ]);
    expect(res.body.edges).toEqual([
      { kind: 'works_in', from: implemented, to: lund, year: 2020 },
      { kind: 'works_in', from: jobbsparet, to: lund, year: 2022 },
      { kind: 'works_in', from: borrower, to: sjostad, year: 2024 },
      { kind: 'works_in', from: fromHidden, to: sjostad, year },
      { kind: 'borrowed', from: borrower, to: jobbsparet, year: 2024 },
    ]);
    expect(res.payload).not.toContain(hidden);
  });

  it('shows an initiative once it is made public, and its borrowing with it', async () => {
    await db
      .update(initiatives)
      .set({ public: true })
      .where(and(eq(initiatives.tenantId, a.tenantId), eq(initiatives.id, hidden)));
    const network = (await get('/api/register/network')).body;
    expect(network.edges).toContainEqual({ kind: 'borrowed', from: fromHidden, to: hidden, year: Number(todayInSweden().slice(0, 4)) });
    const list = (await get('/api/register?q=mentorer')).body;
    expect(list.items[0].inspiredBy).toBe(hidden);
    await db
      .update(initiatives)
      .set({ public: false })
      .where(and(eq(initiatives.tenantId, a.tenantId), eq(initiatives.id, hidden)));
  });
});
