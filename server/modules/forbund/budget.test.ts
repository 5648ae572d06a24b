import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';

let ctx: TestContext;
let manager: Session;
let board: Session;
let af: string;
let fk: string;
let amf: string;
let soc: string;

const party = (name: string, kind: string, keyWeight: number, organisationIds: string[] = []) => ({
  name,
  kind,
  keyWeight,
  organisationIds,
});

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  fk = await buildOrganisation(db, tenantId, 'forsakringskassan', 'Försäkringskassan');
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  const forbund = await buildOrganisation(db, tenantId, 'samordningsforbund', 'Förbundet');
  manager = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['manager'], organisationId: forbund })).email, TEST_PASSWORD);
  board = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['board_member'], organisationId: null })).email, TEST_PASSWORD);
});

describe('the förbund and its parties', () => {
  it('refuses to open a year until the parties satisfy the law, and says what is missing', async () => {
    await manager.send('POST', '/api/forbund/parties', party('Försäkringskassan', 'forsakringskassan', 1, [fk]));
    const res = await manager.send('PUT', '/api/forbund/budget', {
      year: 2025,
      totalOre: 400_000_000,
      openingEquityOre: null,
      note: null,
      version: null,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      'missing_party_kind: arbetsformedlingen',
      'missing_party_kind: region',
      'missing_party_kind: municipality',
    ]);
    const list = await board.get('/api/forbund/parties');
    expect(list.body.problems.map((p: { keyword: string }) => p.keyword)).toEqual([
      'missing_party_kind',
      'missing_party_kind',
      'missing_party_kind',
    ]);
    expect(list.body.items[0].sharePpm).toBeNull();
  });

  it('gives the shares by law and key once all four kinds are there, an organisation to one party only', async () => {
    await manager.send('POST', '/api/forbund/parties', party('Arbetsförmedlingen', 'arbetsformedlingen', 1, [af]));
    await manager.send('POST', '/api/forbund/parties', party('Region Sjöland', 'region', 1));
    await manager.send('POST', '/api/forbund/parties', party('Sjöstads kommun', 'municipality', 30_000, [amf, soc]));
    const taken = await manager.send('POST', '/api/forbund/parties', party('Åby kommun', 'municipality', 10_000, [soc]));
    expect(taken.status).toBe(400);
    expect(taken.body.error.details[0]).toMatchObject({ path: '/organisationIds/0', keyword: 'organisation_in_other_party' });
    const res = await manager.send('POST', '/api/forbund/parties', party('Åby kommun', 'municipality', 10_000));
    expect(res.status).toBe(201);
    expect(res.body.problems).toEqual([]);
    expect(Object.fromEntries(res.body.items.map((p: { name: string; sharePpm: number }) => [p.name, p.sharePpm]))).toEqual({
      Försäkringskassan: 250_000,
      Arbetsförmedlingen: 250_000,
      'Region Sjöland': 250_000,
      'Sjöstads kommun': 187_500,
      'Åby kommun': 62_500,
    });
    const sjostad = res.body.items.find((p: { name: string }) => p.name === 'Sjöstads kommun');
    expect(sjostad.organisations.map((o: { name: string }) => o.name)).toEqual(['Arbetsmarknadsenheten', 'Socialtjänsten']);
    expect(res.body.organisations.find((o: { id: string }) => o.id === soc).partyId).toBe(sjostad.id);
  });

  it('lets only coordinators and managers change the parties; a board member reads', async () => {
    const res = await board.send('POST', '/api/forbund/parties', party('Kommun', 'municipality', 1));
    expect(res.status).toBe(403);
    expect((await board.get('/api/forbund/parties')).body.mayManage).toBe(false);
  });
});

describe('the joint budget', () => {
  let allocation: { id: string; version: number };
  let operation: { id: string };

  it('opens a year and splits the contributions to the öre', async () => {
    const res = await manager.send('PUT', '/api/forbund/budget', {
      year: 2025,
      totalOre: 400_000_001,
      openingEquityOre: 50_000_000,
      note: null,
      version: null,
    });
    expect(res.status).toBe(200);
    const year = res.body.year;
    expect(year).toMatchObject({
      year: 2025,
      totalOre: 400_000_001,
      carriedInOre: 50_000_000,
      availableOre: 450_000_001,
      allocatedOre: 0,
      version: 1,
    });
    expect(Object.fromEntries(year.contributions.map((c: { partyName: string; amountOre: number }) => [c.partyName, c.amountOre]))).toEqual(
      {
        Försäkringskassan: 100_000_001,
        Arbetsförmedlingen: 100_000_000,
        'Region Sjöland': 100_000_000,
        'Sjöstads kommun': 75_000_000,
        'Åby kommun': 25_000_000,
      },
    );
    const again = await manager.send('PUT', '/api/forbund/budget', {
      year: 2025,
      totalOre: 1,
      openingEquityOre: null,
      note: null,
      version: null,
    });
    expect(again.status).toBe(409);
  });

  it('allocates to an initiative-free purpose and to the own operation, and records spending by month', async () => {
    const first = await manager.send('POST', '/api/forbund/allocations', {
      year: 2025,
      name: 'Jobbspåret',
      initiativeId: null,
      amountOre: 300_000_000,
    });
    expect(first.status).toBe(201);
    allocation = first.body.year.allocations.find((a: { name: string }) => a.name === 'Jobbspåret');
    const second = await manager.send('POST', '/api/forbund/allocations', {
      year: 2025,
      name: 'Förbundets kansli',
      initiativeId: null,
      amountOre: 200_000_000,
    });
    operation = second.body.year.allocations.find((a: { name: string }) => a.name === 'Förbundets kansli');
    expect(second.body.year).toMatchObject({ allocatedOre: 500_000_000, unallocatedOre: -49_999_999, overAllocated: true });

    await manager.send('POST', `/api/forbund/allocations/${allocation.id}/spending`, {
      month: 1,
      amountOre: 10_000_000,
      note: 'Handledare januari',
    });
    await manager.send('POST', `/api/forbund/allocations/${allocation.id}/spending`, { month: 3, amountOre: 25_000_050, note: null });
    await manager.send('POST', `/api/forbund/allocations/${allocation.id}/spending`, { month: 3, amountOre: -50, note: 'Rättelse' });
    const res = await manager.send('POST', `/api/forbund/allocations/${operation.id}/spending`, {
      month: 2,
      amountOre: 210_000_000,
      note: null,
    });
    expect(res.status).toBe(201);
    const year = res.body.year;
    const jobb = year.allocations.find((a: { id: string }) => a.id === allocation.id);
    expect(jobb).toMatchObject({ allocatedOre: 300_000_000, spentOre: 35_000_000, remainingOre: 265_000_000, overspent: false });
    expect(jobb.spentByMonth.slice(0, 4)).toEqual([10_000_000, 0, 25_000_000, 0]);
    expect(jobb.cumulativeByMonth[11]).toBe(35_000_000);
    expect(jobb.spending).toHaveLength(3);
    expect(year.allocations.find((a: { id: string }) => a.id === operation.id)).toMatchObject({
      overspent: true,
      remainingOre: -10_000_000,
    });
    expect(year).toMatchObject({ spentOre: 245_000_000, carriedOutOre: 205_000_001 });
    expect(year.spentByMonth.slice(0, 3)).toEqual([10_000_000, 210_000_000, 25_000_000]);
  });

  it('carries the equity into the next year, and refuses what it cannot take', async () => {
    const next = await manager.send('PUT', '/api/forbund/budget', {
      year: 2026,
      totalOre: 100,
      openingEquityOre: 999,
      note: 'Prognos',
      version: null,
    });
    expect(next.body.year).toMatchObject({ carriedInOre: 205_000_001, availableOre: 205_000_101 });
    expect(next.body.years.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    const notOpen = await manager.send('POST', '/api/forbund/allocations', { year: 2027, name: 'X', initiativeId: null, amountOre: 1 });
    expect([notOpen.status, notOpen.body.error.details[0].keyword]).toEqual([400, 'year_not_open']);
    const unknown = await manager.send('POST', '/api/forbund/allocations', {
      year: 2026,
      name: 'X',
      initiativeId: '00000000-0000-4000-8000-000000000001',
      amountOre: 1,
    });
    expect([unknown.status, unknown.body.error.details[0].keyword]).toEqual([400, 'unknown_initiative']);
    const zero = await manager.send('POST', `/api/forbund/allocations/${allocation.id}/spending`, { month: 1, amountOre: 0, note: null });
    expect(zero.status).toBe(400);
    const stale = await manager.send('PUT', `/api/forbund/allocations/${allocation.id}`, {
      name: 'Jobbspåret',
      initiativeId: null,
      amountOre: 1,
      version: 2,
    });
    expect(stale.status).toBe(409);
    const changed = await manager.send('PUT', `/api/forbund/allocations/${allocation.id}`, {
      name: 'Jobbspåret',
      initiativeId: null,
      amountOre: 320_000_000,
      version: 1,
    });
    expect(changed.body.year.allocations.find((a: { id: string }) => a.id === allocation.id)).toMatchObject({
      allocatedOre: 320_000_000,
      version: 2,
    });
    expect(changed.body.year.year).toBe(2025);
  });

  it('shows a board member the budget without the right to change it, and exports the workbook', async () => {
    const res = await board.get('/api/forbund/budget?year=2025');
    expect([res.status, res.body.mayManage, res.body.year.year]).toEqual([200, false, 2025]);
    expect((await board.send('POST', '/api/forbund/allocations', { year: 2025, name: 'X', initiativeId: null, amountOre: 1 })).status).toBe(
      403,
    );
    const file = await ctx.app.inject({
      method: 'GET',
      url: '/api/forbund/budget/export.xlsx?year=2025&language=sv',
      headers: { cookie: board.cookie },
    });
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const [years, allocations, contributions] = workbook.worksheets;
    expect(years!.getRow(2).values).toEqual([
      undefined,
      2025,
      4_000_000.01,
      500_000,
      4_500_000.01,
      5_200_000,
      -699_999.99,
      2_450_000,
      2_050_000.01,
    ]);
    expect(allocations!.name).toBe('Fördelning 2025');
    expect(allocations!.getRow(2).getCell(1).value).toBe('Förbundets kansli');
    expect(contributions!.getRow(2).getCell(1).value).toBe('Försäkringskassan');
    expect(contributions!.getRow(2).getCell(4).value).toBe(1_000_000.01);
  });
});
