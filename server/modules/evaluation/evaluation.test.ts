import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { buildEvaluationArea, HIDDEN, PERIOD_2025, SMALL, value } from './test-fixture.ts';

// The area and its figures by hand are described in test-fixture.ts. Ended per intervention 15, 3, 6: B's 3 is
// "< 5", C's 6 (the smallest other) is its complement and hidden, A is shown.
let ctx: TestContext;
let area: Awaited<ReturnType<typeof buildEvaluationArea>>;
let ids: typeof area.ids;
let people: string[];
let analyst: Session;
const PERIOD = PERIOD_2025;

beforeAll(async () => {
  ctx = await testApp();
  area = await buildEvaluationArea(ctx.database.db);
  ({ ids, people } = area);
  analyst = await signIn(
    ctx.app,
    (await buildUser(ctx.database.db, area.tenantId, { roles: ['analyst'], organisationId: null })).email,
    TEST_PASSWORD,
  );
});

describe('GET /api/evaluation', () => {
  it('publishes a group of five or more exactly, a small cell as "< 5" with its complement hidden, and rates only from shown counts', async () => {
    const res = await analyst.get(`/api/evaluation?groupBy=intervention&${PERIOD}`);
    expect(res.status).toBe(200);
    expect(res.body.rowsArePartition).toBe(true);
    expect(res.body.followUpDays).toEqual([90, 180]);
    expect(res.body.rows.map((r: { key: string; label: string }) => [r.key, r.label])).toEqual([
      [ids.A, 'A Träningsplats'],
      [ids.B, 'B Språkpraktik'],
      [ids.C, 'C Kortkurs'],
    ]);
    const [a, b, c] = res.body.rows.map((r: { figures: unknown }) => r.figures);
    expect(a.participations).toEqual({
      started: value(20),
      running: value(5),
      ended: value(15),
      completed: value(10),
      droppedOut: value(5),
      completionRate: 0.6667,
    });
    expect(a.situationAtEnd).toEqual({
      work: value(5),
      studies: value(5),
      jobSeeking: value(5),
      other: value(0),
      shareInWorkOrStudies: 0.6667,
    });
    expect(a.followUps).toEqual([
      {
        daysAfterEnd: 90,
        workOrStudies: value(5),
        other: value(5),
        notReachable: value(0),
        missing: value(5),
        notYetDue: value(0),
        shareInWorkOrStudies: 0.3333,
      },
      {
        daysAfterEnd: 180,
        workOrStudies: value(5),
        other: value(0),
        notReachable: value(5),
        missing: value(5),
        notYetDue: value(0),
        shareInWorkOrStudies: 0.3333,
      },
    ]);
    expect(a.cost).toEqual({
      people: value(20),
      peopleInWorkOrStudiesAtEnd: value(10),
      totalOre: 20_000_000,
      perParticipantOre: 1_000_000,
      perOutcomeOre: 2_000_000,
    });
    // Referrals to A: withdrawn 2 is small, so the cheapest other cell of its row (accepted or later, 5) is hidden; the
    // closed loop's 2 without an outcome is small, so the 11 with one are hidden too, and the rate with them.
    expect(a.referrals).toEqual({
      sent: value(13),
      acceptedOrLater: HIDDEN,
      waitlisted: value(0),
      declined: value(6),
      expired: value(0),
      withdrawn: SMALL,
      open: value(0),
      closedLoop: HIDDEN,
      closedLoopRate: null,
      medianDaysToStart: 30,
    });
    // B ended 3: "< 5"; C's 6 is its complement. Neither's partitions are published, nor what is computed from them.
    expect(b.participations).toEqual({
      started: HIDDEN,
      running: value(5),
      ended: SMALL,
      completed: HIDDEN,
      droppedOut: HIDDEN,
      completionRate: null,
    });
    expect(c.participations).toEqual({
      started: HIDDEN,
      running: value(6),
      ended: HIDDEN,
      completed: HIDDEN,
      droppedOut: HIDDEN,
      completionRate: null,
    });
    expect(b.situationAtEnd.work).toEqual(HIDDEN);
    expect(b.followUps[0].shareInWorkOrStudies).toBeNull();
    expect(b.cost).toEqual({
      people: value(8),
      peopleInWorkOrStudiesAtEnd: SMALL,
      totalOre: null,
      perParticipantOre: null,
      perOutcomeOre: null,
    });
    expect(c.cost).toEqual({
      people: value(12),
      peopleInWorkOrStudiesAtEnd: HIDDEN,
      totalOre: null,
      perParticipantOre: null,
      perOutcomeOre: null,
    });
    expect(b.referrals).toMatchObject({ sent: value(0), closedLoopRate: null, medianDaysToStart: null });
  });

  it('publishes the totals as the tables’ margins, and no total cost when a group’s cost is not shown', async () => {
    const { body } = await analyst.get(`/api/evaluation?groupBy=intervention&${PERIOD}`);
    expect(body.total.participations).toEqual({
      started: value(40),
      running: value(16),
      ended: value(24),
      completed: value(19),
      droppedOut: value(5),
      completionRate: 0.7917,
    });
    expect(body.total.situationAtEnd).toEqual({
      work: value(14),
      studies: value(5),
      jobSeeking: value(5),
      other: value(0),
      shareInWorkOrStudies: 0.7917,
    });
    expect(
      body.total.followUps.map((f: { workOrStudies: unknown; missing: unknown; shareInWorkOrStudies: unknown }) => [
        f.workOrStudies,
        f.missing,
        f.shareInWorkOrStudies,
      ]),
    ).toEqual([
      [value(14), value(5), 0.5833],
      [value(5), value(14), 0.2083],
    ]);
    expect(body.total.referrals).toMatchObject({
      sent: value(13),
      acceptedOrLater: HIDDEN,
      declined: value(6),
      withdrawn: SMALL,
      closedLoopRate: null,
      medianDaysToStart: 30,
    });
    expect(body.total.cost).toEqual({
      people: value(40),
      peopleInWorkOrStudiesAtEnd: value(19),
      totalOre: null,
      perParticipantOre: null,
      perOutcomeOre: null,
    });
  });

  it('never carries a count under 5, a person’s id or name', async () => {
    for (const groupBy of ['intervention', 'provider', 'referrer', 'targetGroup', 'gender', 'ageBand', 'quarter']) {
      const res = await analyst.get(`/api/evaluation?groupBy=${groupBy}&${PERIOD}`);
      expect(res.status, groupBy + JSON.stringify(res.body)).toBe(200);
      const text = JSON.stringify(res.body);
      for (const id of people) expect(text).not.toContain(id);
      expect(text).not.toMatch(/Deltagare|Testsson/);
      const values = [...text.matchAll(/"kind":"value","value":(\d+)/g)].map((m) => Number(m[1]));
      expect(
        values.filter((v) => v > 0 && v < 5),
        groupBy,
      ).toEqual([]);
    }
  });
});
