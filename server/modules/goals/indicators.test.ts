import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import { interventions } from '../catalogue/tables.ts';
import { buildEvaluationArea } from '../evaluation/test-fixture.ts';
import { intakeMeetings, jointIntakes } from '../intake/tables.ts';
import { computeIndicator } from './indicators.ts';

/**
 * The indicators over the evaluation's hand-built area (evaluation/test-fixture.ts), computed by hand from its
 * description, in 2025's quarters with today at the year's end.
 */
let ctx: TestContext;
let area: Awaited<ReturnType<typeof buildEvaluationArea>>;
const QUARTERS = ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const TODAY = '2025-12-31';
const values = (points: { value: number | null; suppressed: string | null }[]) => points.map((p) => [p.value, p.suppressed]);

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  area = await buildEvaluationArea(db);
  // Six people met at a joint intake 10, 20, 30, 40, 50 and 60 days after they got housing, all in the second quarter;
  // one of them met twice (only the first counts) and one more only in the fourth quarter, 7 days after.
  const people = [...new Set(area.people)];
  const booker = await buildUser(db, area.tenantId, { roles: ['caseworker'], organisationId: area.organisations.amf });
  const meet = async (person: string, date: string) =>
    db.insert(intakeMeetings).values({
      tenantId: area.tenantId,
      participantId: person,
      date,
      startTime: '09:00',
      endTime: '10:00',
      place: 'Medborgarkontoret',
      status: 'held',
      bookedByUserId: booker.id,
    });
  for (const [i, days] of [10, 20, 30, 40, 50, 60].entries()) {
    const person = people[i]!;
    await db.insert(jointIntakes).values({ tenantId: area.tenantId, participantId: person, housingDate: '2025-04-01' });
    await meet(person, new Date(Date.parse('2025-04-01T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 10));
  }
  await meet(people[0]!, '2025-06-20');
  await db.insert(jointIntakes).values({ tenantId: area.tenantId, participantId: people[10]!, housingDate: '2025-10-01' });
  await meet(people[10]!, '2025-10-08');
});

describe('indicators computed from the case data', () => {
  it('work or studies 90 days after the end: 14 of the 19 reached in the third quarter', async () => {
    // A: 5 in work and 5 other (studies ended, job seeking at 90 days); B: 3 and C: 6 in work. The 5 missing do not count.
    const { points } = await computeIndicator(ctx.database.db, area.tenantId, 'work_or_studies_90', QUARTERS, TODAY);
    expect(values(points)).toEqual([
      [null, null],
      [null, null],
      [73.7, null],
      [null, null],
    ]);
    expect(points[2]!.base).toEqual({ kind: 'value', value: 19 });
  });

  it('completion by the quarter of the end: 20 of 25, the wrong registration left out', async () => {
    const { points } = await computeIndicator(ctx.database.db, area.tenantId, 'completion_rate', QUARTERS, TODAY);
    expect(values(points)).toEqual([
      [null, null],
      [80, null],
      [null, null],
      [null, null],
    ]);
  });

  it('the closed-loop rate of the first quarter is withheld: 2 referrals without an outcome are too few', async () => {
    const { points } = await computeIndicator(ctx.database.db, area.tenantId, 'closed_loop_rate', QUARTERS, TODAY);
    expect(values(points)[0]).toEqual([null, 'small']);
    expect(points[0]!.base).toEqual({ kind: 'value', value: 13 });
  });

  it('median days from housing to the first joint intake: 35 in the second quarter; one person is too few in the fourth', async () => {
    const { points } = await computeIndicator(ctx.database.db, area.tenantId, 'median_days_housing_to_intake', QUARTERS, TODAY);
    expect(values(points)).toEqual([
      [null, null],
      [35, null],
      [null, null],
      [null, 'small'],
    ]);
  });

  it('people in interventions the förbund funds, once a quarter each', async () => {
    const db = ctx.database.db;
    expect(values((await computeIndicator(db, area.tenantId, 'people_in_forbund_funded', QUARTERS, TODAY)).points)).toEqual(
      QUARTERS.map(() => [0, null]),
    );
    await db.update(interventions).set({ funding: 'samordningsforbund' }).where(eq(interventions.id, area.ids.B));
    const { points, byParty } = await computeIndicator(db, area.tenantId, 'people_in_forbund_funded', QUARTERS, TODAY);
    // B: 8 people started on 2025-02-01, none of its organisations in a party yet.
    expect(values(points)).toEqual([
      [8, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
    expect(byParty!.quarters[0]!.cells.none).toEqual({ kind: 'value', value: 8 });
  });
});
