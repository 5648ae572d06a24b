import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { interventions } from '../catalogue/tables.ts';
import { buildEvaluationArea } from '../evaluation/test-fixture.ts';
import { initiativeEvents, initiativeInterventions, initiatives } from '../initiatives/tables.ts';
import { participations } from '../participations/tables.ts';

/**
 * The report over the evaluation's hand-built area (evaluation/test-fixture.ts): intervention A belongs to an
 * initiative, B is funded by the förbund, C by neither. Counted by hand from the fixture's description.
 */
let ctx: TestContext;
let analyst: Session;
let area: Awaited<ReturnType<typeof buildEvaluationArea>>;
let initiativeId: string;
const PERIOD = 'from=2025-01-01&to=2025-12-31';
const v = (value: number) => ({ kind: 'value', value });

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  area = await buildEvaluationArea(db);
  const user = await buildUser(db, area.tenantId, { roles: ['analyst'], organisationId: null });
  analyst = await signIn(ctx.app, user.email, TEST_PASSWORD);
  const [row] = await db
    .insert(initiatives)
    .values({ tenantId: area.tenantId, name: 'Träningsplatser', kind: 'project', createdByUserId: user.id })
    .returning({ id: initiatives.id });
  initiativeId = row!.id;
  await db.insert(initiativeEvents).values({ tenantId: area.tenantId, initiativeId, toState: 'idea' });
  await db.insert(initiativeInterventions).values({ tenantId: area.tenantId, initiativeId, interventionId: area.ids.A });
  await db.update(interventions).set({ funding: 'samordningsforbund' }).where(eq(interventions.id, area.ids.B));
});

describe('the SUS-style report', () => {
  it('counts an initiative’s people by gender and age band, their situation before and after, and why they ended', async () => {
    const res = await analyst.get(`/api/sus/report?initiativeId=${initiativeId}&${PERIOD}`);
    expect(res.status).toBe(200);
    const r = res.body;
    // A in 2025: 20 started (every one a different woman aged 30), plus the one started in December 2024 who ended
    // in 2025 — active in the period; the wrong registration is left out.
    expect(r.people).toEqual(v(21));
    expect(r.genderByAge.rowTotals).toEqual([v(21), v(0), v(0)]);
    expect(r.genderByAge.columnTotals[r.genderByAge.ageBands.indexOf('30-39')]).toEqual(v(21));
    const of = (list: { codes: string[]; cells: unknown[] }, code: string) => list.cells[list.codes.indexOf(code)];
    expect(of(r.occupationBefore, 'job_seeking')).toEqual(v(21));
    // Ended in 2025: 5 + 1 in work, 5 to studies, 5 by own choice (job seeking at end).
    expect(r.endReasons.total).toEqual(v(16));
    expect(of(r.endReasons, 'work')).toEqual(v(6));
    expect(of(r.endReasons, 'studies')).toEqual(v(5));
    expect(of(r.endReasons, 'own_choice')).toEqual(v(5));
    expect(of(r.endReasons, 'wrong_registration')).toBeUndefined();
    expect(of(r.occupationAfter, 'work_unsubsidised')).toEqual(v(6));
    expect(of(r.incomeBefore, 'social_assistance')).toEqual(v(21));
    expect(of(r.incomeAfter, 'salary')).toEqual(v(16));
  });

  it('covers the förbund’s funded interventions and its initiatives’, and suppresses small cells', async () => {
    const r = (await analyst.get(`/api/sus/report?${PERIOD}`)).body;
    // A's 21 and B's 8 (men): C is neither the förbund's nor an initiative's.
    expect(r.people).toEqual(v(29));
    expect(r.genderByAge.rowTotals.slice(0, 2)).toEqual([v(21), v(8)]);
    const b = (await analyst.get(`/api/sus/report?from=2025-06-01&to=2025-06-30`)).body;
    // Ended in June: A's 5 + 1 in work and B's 3 in work.
    expect(b.endReasons.cells[b.endReasons.codes.indexOf('work')]).toEqual(v(9));
    expect(b.genderByAge.rowTotals[1]).toEqual(v(8));
  });

  it('lists what the report lacks by the organisation that records it, and completes when it is recorded', async () => {
    const before = (await analyst.get(`/api/sus/completeness?${PERIOD}`)).body;
    expect(before.incomplete).toBe(0);
    await ctx.database.db.update(participations).set({ ageAtStart: null }).where(eq(participations.interventionId, area.ids.B));
    const after = (await analyst.get(`/api/sus/completeness?${PERIOD}`)).body;
    expect(after.organisations).toEqual([
      expect.objectContaining({ organisationName: 'Sociala företaget', incomplete: 8, missing: expect.objectContaining({ age: 8 }) }),
    ]);
    const report = (await analyst.get(`/api/sus/report?${PERIOD}`)).body;
    expect(report.genderByAge.cells[1][report.genderByAge.ageBands.indexOf('unknown')]).toEqual(v(8));
  });

  it('answers 404 for an initiative not of the area, and never shows an income source count of 1–4', async () => {
    expect((await analyst.get(`/api/sus/report?initiativeId=00000000-0000-4000-8000-000000000001`)).status).toBe(404);
    const r = (await analyst.get(`/api/sus/report?from=2025-06-01&to=2025-06-30&initiativeId=${initiativeId}`)).body;
    expect(r.incomeAfter.cells.every((c: { kind: string; value?: number }) => c.kind !== 'value' || c.value === 0 || c.value! >= 5)).toBe(
      true,
    );
  });
});
