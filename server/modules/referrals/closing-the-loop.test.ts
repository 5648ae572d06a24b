import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { ENDED, newIntervention, STARTED } from '../../test/offer-scenario.ts';
import { WRONG_REGISTRATION_REASON } from '../participations/plan-activity.ts';
import { followUps } from '../participations/tables.ts';
import { activities } from '../plan/tables.ts';
import { referralEvents } from './tables.ts';

let ctx: TestContext;
let person: string;
let caseworker: Session;
let provider: Session;
let self: Session;
let cafe: string;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  const asf = await buildOrganisation(db, tenantId, 'social_enterprise');
  person = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, person, amf);
  for (const c of ['identity', 'plan'] as const) await buildConsent(db, tenantId, person, amf, c);
  await buildConsent(db, tenantId, person, asf, 'identity');
  caseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).email, TEST_PASSWORD);
  provider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['provider'], organisationId: asf })).email, TEST_PASSWORD);
  self = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: person })).email, TEST_PASSWORD);
  cafe = (await provider.send('POST', '/api/catalogue', { ...newIntervention('Caféet Kajen'), eligibility: [] })).body.id;
});

/** A referral of the person to the café, sent by the labour-market unit and answered by the café as `answer`. */
async function referral(answer: 'accept' | null) {
  const sent = await caseworker.send('POST', `/api/participants/${person}/referrals`, {
    interventionId: cafe,
    sharedCategories: ['identity'],
    send: true,
  });
  expect(sent.status).toBe(201);
  if (!answer) return { id: sent.body.id as string, version: 1 };
  const moved = await provider.send('POST', `/api/referrals/${sent.body.id}/${answer}`, { version: 1 });
  expect(moved.status).toBe(200);
  return { id: sent.body.id as string, version: moved.body.version as number };
}

const start = (s: Session, r: { id: string; version: number }, extra: object = {}) =>
  s.send('POST', `/api/referrals/${r.id}/participation`, { ...STARTED, hoursPerWeek: 20, version: r.version, ...extra });

describe('closing the loop: start and end of a referral', () => {
  it('refuses to start a referral that is not accepted, one of a stale version, and one the sender tries', async () => {
    const sent = await referral(null);
    const early = await start(provider, sent);
    expect([early.status, early.body.error.details]).toEqual([409, { refusal: 'wrong_state', state: 'sent' }]);
    const accepted = await referral('accept');
    expect((await start(provider, { ...accepted, version: accepted.version - 1 })).status).toBe(409);
    expect((await start(caseworker, accepted)).status).toBe(404);
    // Withdrawn by the sender so the next test's start is the person's only running one.
    expect(
      (await caseworker.send('POST', `/api/referrals/${accepted.id}/withdraw`, { version: accepted.version, reason: 'Fel' })).status,
    ).toBe(200);
  });

  it('starts: a participation, an activity in the one plan, the referral started; ends with work: the loop closes', async () => {
    const r = await referral('accept');
    const started = await start(provider, r);
    expect(started.status).toBe(201);
    expect(started.body.referral).toEqual({ id: r.id, state: 'started', version: r.version + 1 });

    // The person's own plan shows the intervention as an activity in progress, owned by the café.
    const plan = await self.get(`/api/participants/${person}/plan`);
    const activity = plan.body.activities.find((a: { id: string }) => a.id === started.body.activityId);
    expect(activity).toMatchObject({ title: 'Caféet Kajen', status: 'in_progress', startDate: STARTED.startDate, kind: 'work_training' });

    // Starting twice is refused: the referral is no longer accepted.
    expect((await start(provider, { id: r.id, version: r.version + 1 })).status).toBe(409);

    const ended = await provider.send('POST', `/api/participations/${started.body.id}/end`, ENDED);
    expect(ended.status).toBe(200);
    expect(ended.body.followUpIds).toHaveLength(2);
    const points = await ctx.database.db.select().from(followUps).where(eq(followUps.participationId, started.body.id));
    expect(points.map((p) => [p.daysAfterEnd, p.dueDate]).sort()).toEqual([
      [180, '2024-12-11'],
      [90, '2024-09-12'],
    ]);
    const [done] = await ctx.database.db.select().from(activities).where(eq(activities.id, started.body.activityId));
    expect([done!.status, done!.endDate]).toEqual(['done', ENDED.endDate]);

    const events = await ctx.database.db
      .select({ from: referralEvents.fromState, to: referralEvents.toState, reason: referralEvents.reason })
      .from(referralEvents)
      .where(and(eq(referralEvents.referralId, r.id)));
    expect(events.map((e) => `${e.from}→${e.to}`)).toEqual([
      'null→draft',
      'draft→sent',
      'sent→accepted',
      'accepted→started',
      'started→ended',
    ]);
    expect(events.at(-1)!.reason).toBe('work');

    // Both sides and the person see the referral ended.
    for (const s of [caseworker, provider, self]) {
      const list = await s.get(`/api/participants/${person}/referrals`);
      expect(list.body.items.find((i: { id: string }) => i.id === r.id)).toMatchObject({ state: 'ended', outcome: 'work' });
    }
    // Ending twice is refused.
    expect((await provider.send('POST', `/api/participations/${started.body.id}/end`, ENDED)).status).toBe(409);
  });

  it('refuses an end before the start, and an end by the sender, without changing anything', async () => {
    const r = await referral('accept');
    // After the earlier participation's end: the same days may not be taken twice.
    const started = await start(provider, r, { startDate: '2024-07-01' });
    expect(started.status).toBe(201);
    const early = await provider.send('POST', `/api/participations/${started.body.id}/end`, { ...ENDED, endDate: '2024-06-30' });
    expect([early.status, early.body.error.details[0].keyword]).toEqual([400, 'end_before_start']);
    expect((await caseworker.send('POST', `/api/participations/${started.body.id}/end`, ENDED)).status).toBe(403);
    const [activity] = await ctx.database.db.select().from(activities).where(eq(activities.id, started.body.activityId));
    expect(activity!.status).toBe('in_progress');
  });
});

describe('a wrong registration', () => {
  it('cancels the plan’s activity with the reason, creates no follow-ups, and still closes the referral', async () => {
    const other = (await provider.send('POST', '/api/catalogue', { ...newIntervention('Felstart'), eligibility: [] })).body.id;
    const sent = await caseworker.send('POST', `/api/participants/${person}/referrals`, {
      interventionId: other,
      sharedCategories: ['identity'],
      send: true,
    });
    const accepted = await provider.send('POST', `/api/referrals/${sent.body.id}/accept`, { version: 1 });
    const started = await start(provider, { id: sent.body.id, version: accepted.body.version });
    const ended = await provider.send('POST', `/api/participations/${started.body.id}/end`, { ...ENDED, endReason: 'wrong_registration' });
    expect([ended.status, ended.body.followUpIds]).toEqual([200, []]);
    const [activity] = await ctx.database.db.select().from(activities).where(eq(activities.id, started.body.activityId));
    expect([activity!.status, activity!.cancelReason]).toEqual(['cancelled', WRONG_REGISTRATION_REASON]);
    const list = await caseworker.get(`/api/participants/${person}/referrals`);
    expect(list.body.items.find((i: { id: string }) => i.id === sent.body.id)).toMatchObject({
      state: 'ended',
      outcome: 'wrong_registration',
    });
  });
});

describe('capacity counted from the offer’s own records', () => {
  it('takes a place for a running participation, frees it at the end, and counts the waiting list', async () => {
    const single = (await provider.send('POST', '/api/catalogue', { ...newIntervention('Ett enda rum'), places: 1, eligibility: [] })).body
      .id;
    const capacity = async () => {
      const item = (await caseworker.get(`/api/catalogue/${single}`)).body;
      const free = (await caseworker.get(`/api/catalogue?freePlaces=true&limit=100`)).body.items.map((i: { id: string }) => i.id);
      return { taken: item.placesTaken, free: item.freePlaces, waiting: item.waitingList, listedAsFree: free.includes(single) };
    };
    expect(await capacity()).toEqual({ taken: 0, free: 1, waiting: 0, listedAsFree: true });

    const first = await caseworker.send('POST', `/api/participants/${person}/referrals`, {
      interventionId: single,
      sharedCategories: ['identity'],
      send: true,
    });
    const accepted = await provider.send('POST', `/api/referrals/${first.body.id}/accept`, { version: 1 });
    const started = await start(provider, { id: first.body.id, version: accepted.body.version }, { startDate: '2025-01-13' });
    expect(started.status).toBe(201);
    expect(await capacity()).toEqual({ taken: 1, free: 0, waiting: 0, listedAsFree: false });

    // The next referral warns that no place is free, and the provider puts it on the waiting list.
    const second = await caseworker.send('POST', `/api/participants/${person}/referrals`, {
      interventionId: single,
      sharedCategories: ['identity'],
      send: true,
    });
    expect([second.status, second.body.error.details.warnings]).toEqual([409, [{ code: 'no_places' }]]);
    const confirmed = await caseworker.send('POST', `/api/participants/${person}/referrals`, {
      interventionId: single,
      sharedCategories: ['identity'],
      send: true,
      confirmWarnings: true,
    });
    expect((await provider.send('POST', `/api/referrals/${confirmed.body.id}/waitlist`, { version: 1 })).status).toBe(200);
    expect(await capacity()).toEqual({ taken: 1, free: 0, waiting: 1, listedAsFree: false });

    expect((await provider.send('POST', `/api/participations/${started.body.id}/end`, { ...ENDED, endDate: '2025-03-14' })).status).toBe(
      200,
    );
    expect(await capacity()).toEqual({ taken: 0, free: 1, waiting: 1, listedAsFree: true });
  });
});
