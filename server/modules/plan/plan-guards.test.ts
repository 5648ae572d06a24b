import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
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

/** The plan's guards: who learns what, stale versions, the locked life cycle, versions kept, and input never a 5xx. */

let ctx: TestContext;
let af: string;
let sfi: string;
let p: string;
let stranger: string;
let afCaseworker: Session;
let noConsentCaseworker: Session;
let otherTenantCaseworker: Session;
let person: Session;
let strangerSelf: Session;

const job = (extra: object = {}) => ({
  kind: 'job_search',
  title: 'Jobbsök',
  ownerOrganisationId: af,
  startDate: '2026-03-02',
  schedule: { kind: 'weekly_hours', hours: 6 },
  ...extra,
});

const count = async (table: string, participantId: string) =>
  (
    await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where participant_id = ${participantId}`,
    )
  )[0]!.n;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'Komvux');
  const soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  p = await buildParticipant(db, tenantId, af);
  stranger = await buildParticipant(db, tenantId, sfi);
  for (const org of [af, soc]) await buildEngagement(db, tenantId, p, org);
  await buildConsent(db, tenantId, p, af, 'plan');
  const login = async (tenant: string, org: string) =>
    signIn(ctx.app, (await buildUser(db, tenant, { roles: ['caseworker'], organisationId: org })).email, TEST_PASSWORD);
  afCaseworker = await login(tenantId, af);
  noConsentCaseworker = await login(tenantId, soc);
  const tenant2 = await buildTenant(db, 'Annat förbund');
  otherTenantCaseworker = await login(tenant2, await buildOrganisation(db, tenant2, 'arbetsformedlingen', 'AF 2'));
  const selfOf = async (participantId: string) =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId })).email, TEST_PASSWORD);
  person = await selfOf(p);
  strangerSelf = await selfOf(stranger);
});

describe('an organisation without plan consent', () => {
  it('is told consent_required for every write, whatever the body, and changes nothing', async () => {
    const before = await count('activities', p);
    const asOther = await noConsentCaseworker.send('POST', `/api/participants/${p}/activities`, job());
    expect([asOther.status, asOther.body.error.code]).toEqual([403, 'consent_required']);
    const reversed = await noConsentCaseworker.send('POST', `/api/participants/${p}/activities`, job({ endDate: '2026-01-01' }));
    expect([reversed.status, reversed.body.error.code]).toEqual([403, 'consent_required']);
    const plan = await noConsentCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 20, version: 0 });
    expect([plan.status, plan.body.error.code]).toEqual([403, 'consent_required']);
    const goal = await noConsentCaseworker.send('POST', `/api/participants/${p}/goals`, { text: 'Mål' });
    expect([goal.status, goal.body.error.code]).toEqual([403, 'consent_required']);
    expect(await count('activities', p)).toBe(before);
  });

  it('learns nothing about a person it does not work with: 404 whatever the body says', async () => {
    for (const body of [job(), job({ ownerOrganisationId: sfi }), job({ endDate: '2026-01-01' })]) {
      const res = await noConsentCaseworker.send('POST', `/api/participants/${stranger}/activities`, body);
      expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
    }
  });
});

describe('tenant isolation and the person’s own plan', () => {
  let activityId: string;
  let goalId: string;

  beforeAll(async () => {
    activityId = (await afCaseworker.send('POST', `/api/participants/${p}/activities`, job())).body.activity.id;
    goalId = (await person.send('POST', `/api/participants/${p}/goals`, { text: 'Mitt mål' })).body.goal.id;
  });

  it('another tenant’s staff get 404 for every plan route of this tenant’s person', async () => {
    const calls = [
      otherTenantCaseworker.get(`/api/participants/${p}/plan`),
      otherTenantCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 20, version: 0 }),
      otherTenantCaseworker.send('POST', `/api/participants/${p}/goals`, { text: 'X' }),
      otherTenantCaseworker.send('PATCH', `/api/participants/${p}/goals/${goalId}`, { text: 'X', version: 1 }),
      otherTenantCaseworker.send('PATCH', `/api/participants/${p}/activities/${activityId}`, { title: 'X', version: 1 }),
      otherTenantCaseworker.get(`/api/participants/${p}/activities/${activityId}/history`),
    ];
    for (const res of await Promise.all(calls)) expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
  });

  it('another person reaches neither this plan nor its records through their own', async () => {
    expect((await strangerSelf.get(`/api/participants/${p}/plan`)).status).toBe(404);
    const viaOwn = await strangerSelf.send('PATCH', `/api/participants/${stranger}/goals/${goalId}`, { text: 'X', version: 1 });
    expect(viaOwn.status).toBe(404);
    const history = await strangerSelf.get(`/api/participants/${stranger}/activities/${activityId}/history`);
    expect(history.status).toBe(404);
    const goal = await person.get(`/api/participants/${p}/plan`);
    expect(goal.body.goals[0]).toMatchObject({ text: 'Mitt mål', version: 1 });
  });
});

describe('versions, the life cycle and stale writes', () => {
  it('keeps exactly one version row per version of every activity, in the same transaction as the change', async () => {
    const created = await afCaseworker.send('POST', `/api/participants/${p}/activities`, job({ status: 'planned' }));
    expect([created.status, created.body.activity.status]).toEqual([201, 'planned']);
    const id = created.body.activity.id;
    await afCaseworker.send('PATCH', `/api/participants/${p}/activities/${id}`, { place: 'Kontoret', version: 1 });
    // A change refused half-way (a goal of nobody) leaves neither the activity nor a version behind.
    const refused = await afCaseworker.send('PATCH', `/api/participants/${p}/activities/${id}`, {
      place: 'Annat',
      goalId: '3f1b5a30-9d0e-4c1f-8a57-2d8f5b0e6c11',
      version: 2,
    });
    expect(refused.status).toBe(400);
    await afCaseworker.send('POST', `/api/participants/${p}/activities/${id}/transition`, { to: 'in_progress', version: 2 });
    const versions = await rows<{ v: number }>(
      ctx.database.db,
      sql`select version as v from activity_versions where activity_id = ${id} order by version`,
    );
    expect(versions.map((r) => r.v)).toEqual([1, 2, 3]);
    const history = await afCaseworker.get(`/api/participants/${p}/activities/${id}/history`);
    expect(history.body.items[1].changes).toEqual([{ field: 'place', from: null, to: 'Kontoret' }]);
  });

  it('locks done and cancelled activities against every change, and says so with 409', async () => {
    const id = (await afCaseworker.send('POST', `/api/participants/${p}/activities`, job())).body.activity.id;
    await afCaseworker.send('POST', `/api/participants/${p}/activities/${id}/transition`, {
      to: 'cancelled',
      reason: 'Flyttat',
      version: 1,
    });
    const again = await afCaseworker.send('POST', `/api/participants/${p}/activities/${id}/transition`, { to: 'planned', version: 2 });
    expect([again.status, again.body.error.details.reason]).toEqual([409, 'locked']);
    const edit = await afCaseworker.send('PATCH', `/api/participants/${p}/activities/${id}`, { title: 'Ny', version: 2 });
    expect([edit.status, edit.body.error.details.reason]).toEqual([409, 'locked']);
    expect(edit.body.error.message).toMatch(/done or cancelled/);
  });

  it('answers a stale goal or plan version with 409 and a message that says what to do', async () => {
    const goal = (await person.send('POST', `/api/participants/${p}/goals`, { text: 'Körkort' })).body.goal;
    await person.send('PATCH', `/api/participants/${p}/goals/${goal.id}`, { text: 'Körkort B', version: 1 });
    const stale = await person.send('PATCH', `/api/participants/${p}/goals/${goal.id}`, { text: 'Körkort C', version: 1 });
    expect([stale.status, stale.body.error.details]).toEqual([409, { reason: 'stale', currentVersion: 2 }]);
    expect(stale.body.error.message).toMatch(/Reload/);
    // Every saved version of the goal is kept with its words; the refused stale one is not.
    const kept = await rows<{ version: number; text: string }>(
      ctx.database.db,
      sql`select version, text from goal_versions where goal_id = ${goal.id} order by version`,
    );
    expect(kept).toEqual([
      { version: 1, text: 'Körkort' },
      { version: 2, text: 'Körkort B' },
    ]);
    await afCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 30, version: 0 });
    const plan = await afCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 25, version: 0 });
    expect([plan.status, plan.body.error.details]).toEqual([409, { reason: 'stale', currentVersion: 1 }]);
  });
});

describe('bad input is a 400, never a 5xx', () => {
  const cases: [string, object][] = [
    ['an impossible start date', job({ startDate: '2026-02-30' })],
    ['an impossible end date', job({ endDate: '2026-13-01' })],
    ['an impossible occasion', job({ schedule: { kind: 'once', date: '2026-02-30', start: '10:00', end: '11:00' } })],
    ['weekday 8', job({ schedule: { kind: 'recurring', slots: [{ weekday: 8, start: '10:00', end: '11:00' }] } })],
    ['25:00', job({ schedule: { kind: 'recurring', slots: [{ weekday: 1, start: '10:00', end: '25:00' }] } })],
    ['an end before the start', job({ schedule: { kind: 'recurring', slots: [{ weekday: 1, start: '11:00', end: '10:00' }] } })],
    ['an occasion ending before it starts', job({ schedule: { kind: 'once', date: '2026-03-02', start: '11:00', end: '10:00' } })],
    ['a period ending before it starts', job({ endDate: '2026-03-01' })],
    ['a huge title', job({ title: 'x'.repeat(100_000) })],
    ['a title with a NUL', job({ title: 'Jobb\u0000sök' })],
    ['a title of spaces', job({ title: '   ' })],
    ['no hours', job({ schedule: { kind: 'weekly_hours', hours: 0 } })],
    ['a prerequisite level E', job({ prerequisites: { sfiLevelAtLeast: 'E' } })],
    ['a status past planned', job({ status: 'done' })],
  ];
  it.each(cases)('%s', async (_name, body) => {
    const res = await afCaseworker.send('POST', `/api/participants/${p}/activities`, body);
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('keeps unicode as written: Arabic, emoji and right-to-left marks', async () => {
    const title = 'تدريب عملي 🧑‍🍳 \u200f(المطبخ)';
    const res = await afCaseworker.send('POST', `/api/participants/${p}/activities`, job({ title, place: 'Köket på Ängen' }));
    expect([res.status, res.body.activity.title, res.body.activity.place]).toEqual([201, title, 'Köket på Ängen']);
    const goal = await person.send('POST', `/api/participants/${p}/goals`, { text: 'x'.repeat(2001) });
    expect(goal.status).toBe(400);
    const hours = await afCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 1e9, version: 1 });
    expect(hours.status).toBe(400);
  });
});
