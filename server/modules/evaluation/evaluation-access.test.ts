import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { buildEvaluationArea, HIDDEN, PERIOD_2025, SMALL, value } from './test-fixture.ts';

// Who may read the evaluation, what a bad query gets, the other groupings and the exports, on test-fixture.ts's area.
let ctx: TestContext;
let area: Awaited<ReturnType<typeof buildEvaluationArea>>;
const sessions = {} as Record<Role, Session>;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  area = await buildEvaluationArea(db);
  for (const role of ['analyst', 'board_member', 'coordinator', 'manager', 'caseworker', 'provider', 'administrator'] as const) {
    const organisationId = ['analyst', 'board_member', 'administrator'].includes(role) ? null : area.organisations.amf;
    sessions[role] = await signIn(ctx.app, (await buildUser(db, area.tenantId, { roles: [role], organisationId })).email, TEST_PASSWORD);
  }
  const self = await buildUser(db, area.tenantId, { roles: ['participant'], organisationId: null, participantId: area.people[0]! });
  sessions.participant = await signIn(ctx.app, self.email, TEST_PASSWORD);
});

describe('who may read the evaluation', () => {
  it('answers analysts, board members, coordinators and managers, and refuses everyone else with 403', async () => {
    for (const role of ['analyst', 'board_member', 'coordinator', 'manager'] as const)
      expect([role, (await sessions[role].get('/api/evaluation')).status]).toEqual([role, 200]);
    for (const role of ['participant', 'caseworker', 'provider', 'administrator'] as const) {
      for (const url of ['/api/evaluation', '/api/evaluation/export.csv', '/api/evaluation/export.xlsx']) {
        const res = await sessions[role].get(url);
        expect([role, url, res.status, res.body?.error?.code]).toEqual([role, url, 403, 'forbidden']);
      }
    }
  });
});

describe('a bad query', () => {
  it('is refused with 400 validation_failed: an unknown grouping, a date that is none, a period ending before it starts', async () => {
    for (const query of ['groupBy=person', 'groupBy=participant&from=2025-01-01', 'from=2025-13-01', 'to=yesterday', 'interventionId=1']) {
      const res = await sessions.analyst.get(`/api/evaluation?${query}`);
      expect([query, res.status, res.body.error.code]).toEqual([query, 400, 'validation_failed']);
    }
    const reversed = await sessions.analyst.get('/api/evaluation?groupBy=quarter&from=2025-12-31&to=2025-01-01');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: '/to', keyword: 'period_reversed' }] });
  });
});

describe('other groupings and filters', () => {
  it('groups by gender from the participations, with referrals in the total only (they carry no gender)', async () => {
    const { body } = await sessions.analyst.get(`/api/evaluation?groupBy=gender&${PERIOD_2025}`);
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual(['woman', 'man', 'unknown']);
    expect(body.rows.map((r: { figures: { participations: { ended: unknown } } }) => r.figures.participations.ended)).toEqual([
      value(15),
      SMALL,
      HIDDEN,
    ]);
    expect(body.rows.every((r: { figures: { referrals: unknown } }) => r.figures.referrals === null)).toBe(true);
    expect(body.total.referrals).toMatchObject({ sent: value(13), declined: value(6), withdrawn: SMALL, medianDaysToStart: 30 });
  });

  it('suppresses target groups one by one, since an intervention has several and the rows overlap', async () => {
    const { body } = await sessions.analyst.get(`/api/evaluation?groupBy=targetGroup&${PERIOD_2025}`);
    expect(body.rowsArePartition).toBe(false);
    const byKey = Object.fromEntries(body.rows.map((r: { key: string; figures: unknown }) => [r.key, r.figures]));
    expect(Object.keys(byKey)).toEqual(['newcomers', 'young_adults', 'long_term_unemployed']);
    // Newcomers: A and B, 18 ended; completed 13 of them; C alone is young adults, 6 ended, all completed.
    expect(byKey.newcomers.participations).toMatchObject({
      ended: value(18),
      completed: value(13),
      droppedOut: value(5),
      started: value(28),
    });
    expect(byKey.young_adults.participations).toMatchObject({
      ended: value(6),
      completed: value(6),
      droppedOut: value(0),
      started: value(12),
    });
    expect(body.total.participations).toMatchObject({ started: value(40), ended: value(24) });
  });

  it('counts by the period: without one, the 2024 start and the 2024 referral count too', async () => {
    const { body } = await sessions.analyst.get('/api/evaluation?groupBy=quarter');
    expect(body.rows.map((r: { key: string }) => r.key)).toEqual(['2024-Q4', '2025-Q1']);
    expect(body.total.participations.started).toEqual(value(41));
    expect(body.total.referrals.sent).toEqual(value(14));
  });

  it('keeps to one intervention when asked', async () => {
    const { body } = await sessions.analyst.get(`/api/evaluation?groupBy=provider&interventionId=${area.ids.A}&${PERIOD_2025}`);
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ key: area.organisations.ase, label: 'Sociala företaget' });
    expect(body.total.participations).toMatchObject({ started: value(20), ended: value(15), completionRate: 0.6667 });
  });
});

describe('the exports', () => {
  it('writes the same suppressed figures to CSV, with a byte-order mark and headers in the chosen language', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/evaluation/export.csv?groupBy=intervention&${PERIOD_2025}`,
      headers: { cookie: sessions.analyst.cookie },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.payload.startsWith('\ufeffInsats,Remisser skickade,')).toBe(true);
    const lines = res.payload.slice(1).trim().split('\n');
    expect(lines).toHaveLength(5);
    // A: sent 13, accepted or later hidden, then waitlisted 0, declined 6, expired 0, withdrawn "< 5".
    expect(lines[1]!.startsWith('A Träningsplats,13,–,0,6,0,< 5,0,–,,30,20,5,15,10,5,0.6667,')).toBe(true);
    expect(lines[2]!.startsWith('B Språkpraktik,0,0,0,0,0,0,0,0,,,–,5,< 5,–,–,,')).toBe(true);
    expect(lines[4]!.startsWith('Totalt,13,')).toBe(true);
    const en = await ctx.app.inject({
      method: 'GET',
      url: `/api/evaluation/export.csv?groupBy=intervention&language=en`,
      headers: { cookie: sessions.analyst.cookie },
    });
    expect(en.payload.startsWith('\ufeffIntervention,Referrals sent,')).toBe(true);
    expect(en.payload).toContain('After 90 days: work or studies');
  });

  it('writes an XLSX workbook whose cells hold numbers where shown and the texts where not', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: `/api/evaluation/export.xlsx?groupBy=intervention&${PERIOD_2025}&language=ar`,
      headers: { cookie: sessions.analyst.cookie },
    });
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('التدخل');
    expect(sheet.getRow(2).getCell(2).value).toBe(13);
    expect(sheet.getRow(2).getCell(3).value).toBe('–');
    expect(sheet.getRow(2).getCell(7).value).toBe('< 5');
    expect(sheet.getRow(5).getCell(1).value).toBe('المجموع');
  });
});
