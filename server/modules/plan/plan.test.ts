import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { verifyAuditChains } from '../../lib/audit/verify.ts';
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

let ctx: TestContext;
let tenantId: string;
let af: string;
let sfi: string;
let p: string;
let stranger: string;
let afCaseworker: Session;
let sfiCaseworker: Session;
let sfiCoordinator: Session;
let noConsentCaseworker: Session;
let person: Session;

const auditRows = (participantId: string) =>
  rows<{ category: string; action: string; grant: string; resource_type: string }>(
    ctx.database.db,
    sql`select category, action, "grant", resource_type from audit_events where participant_id = ${participantId} order by seq`,
  );

const sfiCourse = (extra: object = {}) => ({
  kind: 'sfi_course',
  title: 'SFI kurs B',
  ownerOrganisationId: sfi,
  startDate: '2026-01-12',
  endDate: '2026-06-12',
  schedule: { kind: 'recurring', slots: [{ weekday: 1, start: '08:30', end: '12:00' }] },
  place: 'Komvux Sjöstad',
  ...extra,
});

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'Komvux');
  const soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  p = await buildParticipant(db, tenantId, af);
  stranger = await buildParticipant(db, tenantId, af);
  for (const org of [af, sfi, soc]) await buildEngagement(db, tenantId, p, org);
  for (const org of [af, sfi]) await buildConsent(db, tenantId, p, org, 'plan');
  const login = async (roles: ('caseworker' | 'coordinator')[], organisationId: string) =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles, organisationId })).email, TEST_PASSWORD);
  afCaseworker = await login(['caseworker'], af);
  sfiCaseworker = await login(['caseworker'], sfi);
  sfiCoordinator = await login(['coordinator'], sfi);
  noConsentCaseworker = await login(['caseworker'], soc);
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: p })).email, TEST_PASSWORD);
});

describe('reading the plan', () => {
  it('starts empty with the default full time, and is audited with the grant that allowed it', async () => {
    const res = await afCaseworker.get(`/api/participants/${p}/plan`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ plan: { fullTimeHours: 40, version: 0 }, goals: [], activities: [] });
    expect((await auditRows(p)).at(-1)).toEqual({ category: 'plan', action: 'read', grant: 'consent', resource_type: 'plan' });
  });

  it('says consent_required to an organisation without plan consent, not_found about a person it does not work with', async () => {
    const res = await noConsentCaseworker.get(`/api/participants/${p}/plan`);
    expect([res.status, res.body.error.code]).toEqual([403, 'consent_required']);
    const other = await noConsentCaseworker.get(`/api/participants/${stranger}/plan`);
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    const self = await person.get(`/api/participants/${stranger}/plan`);
    expect([self.status, self.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('activities', () => {
  let courseId: string;

  it('a caseworker adds one for their own organisation; the answer carries warnings and the first version is kept', async () => {
    const res = await sfiCaseworker.send('POST', `/api/participants/${p}/activities`, sfiCourse({ agreed: true }));
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual(expect.any(Array));
    expect(res.body.activity).toMatchObject({
      kind: 'sfi_course',
      ownerOrganisationName: 'Komvux',
      status: 'proposed',
      agreed: true,
      version: 1,
      allowed: { change: true, agree: true, transitions: ['planned', 'cancelled'] },
    });
    courseId = res.body.activity.id;
    expect((await auditRows(p)).at(-1)).toEqual({ category: 'plan', action: 'create', grant: 'consent', resource_type: 'activity' });
    const plan = await afCaseworker.get(`/api/participants/${p}/plan`);
    expect(plan.body.activities.map((a: { id: string }) => a.id)).toEqual([courseId]);
    // Another organisation sees it, but may not change it.
    expect(plan.body.activities[0].allowed).toEqual({ change: false, agree: false, transitions: [] });
  });

  it('answers a save with the calendar’s warnings, such as an overlap with another organisation’s activity', async () => {
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const monday = (start: string, end: string) => ({ kind: 'recurring', slots: [{ weekday: 1, start, end }] });
    const course = await sfiCaseworker.send(
      'POST',
      `/api/participants/${p}/activities`,
      sfiCourse({ startDate: lastWeek, endDate: null, schedule: monday('08:30', '12:00') }),
    );
    expect(course.body.warnings).toEqual([]);
    const meeting = await afCaseworker.send('POST', `/api/participants/${p}/activities`, {
      kind: 'work_placement',
      title: 'Praktik',
      ownerOrganisationId: af,
      startDate: lastWeek,
      schedule: monday('10:00', '15:00'),
    });
    expect(meeting.status).toBe(201);
    expect(meeting.body.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'overlap', activityIds: expect.arrayContaining([course.body.activity.id]) }),
      ]),
    );
    // Warnings never block: both are in the plan; cancel them so the later tests see the plan as before.
    for (const [who, saved] of [
      [sfiCaseworker, course],
      [afCaseworker, meeting],
    ] as const)
      await who.send('POST', `/api/participants/${p}/activities/${saved.body.activity.id}/transition`, {
        to: 'cancelled',
        reason: 'Test',
        version: 1,
      });
  });

  it('refuses activities for another organisation, an agency activity from the person, and a schedule that does not fit', async () => {
    const other = await afCaseworker.send('POST', `/api/participants/${p}/activities`, sfiCourse());
    expect([other.status, other.body.error.details]).toEqual([403, { reason: 'owner_not_own_organisation' }]);
    const byPerson = await person.send('POST', `/api/participants/${p}/activities`, sfiCourse({ ownerOrganisationId: null }));
    expect([byPerson.status, byPerson.body.error.code]).toEqual([403, 'forbidden']);
    const reversed = await sfiCaseworker.send('POST', `/api/participants/${p}/activities`, sfiCourse({ endDate: '2025-12-01' }));
    expect([reversed.status, reversed.body.error.details[0].keyword]).toEqual([400, 'period_reversed']);
    const slot = { kind: 'recurring', slots: [{ weekday: 1, start: '12:00', end: '08:30' }] };
    const badSlot = await sfiCaseworker.send('POST', `/api/participants/${p}/activities`, sfiCourse({ schedule: slot }));
    expect([badSlot.status, badSlot.body.error.details[0].keyword]).toEqual([400, 'slot_reversed']);
    const noConsent = await noConsentCaseworker.send('POST', `/api/participants/${p}/activities`, sfiCourse());
    expect(noConsent.status).toBe(403);
  });

  it('detects concurrent edits by version: the second writer gets 409 with a clear message', async () => {
    const first = await sfiCoordinator.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { place: 'Rum 12', version: 1 });
    expect([first.status, first.body.activity.version, first.body.activity.place]).toEqual([200, 2, 'Rum 12']);
    const second = await sfiCaseworker.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { title: 'SFI B', version: 1 });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'conflict', details: { reason: 'stale', currentVersion: 2 } });
    expect(second.body.error.message).toMatch(/Someone else changed/);
    const retried = await sfiCaseworker.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { title: 'SFI B', version: 2 });
    expect([retried.status, retried.body.activity.version]).toEqual([200, 3]);
  });

  it('only the owner organisation changes it or says it is agreed', async () => {
    const af1 = await afCaseworker.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { place: 'Hemma', version: 3 });
    expect([af1.status, af1.body.error.details]).toEqual([403, { reason: 'not_owner' }]);
    const byPerson = await person.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { place: 'Hemma', version: 3 });
    expect(byPerson.status).toBe(403);
  });

  it('moves along the life cycle, needs a reason to cancel, and is locked when done', async () => {
    const move = (to: string, version: number, reason?: string) =>
      sfiCaseworker.send('POST', `/api/participants/${p}/activities/${courseId}/transition`, { to, version, reason });
    const skip = await move('done', 3);
    expect([skip.status, skip.body.error.details]).toEqual([409, { reason: 'transition_not_allowed' }]);
    expect((await move('planned', 3)).status).toBe(200);
    expect((await move('in_progress', 4)).status).toBe(200);
    const noReason = await move('cancelled', 5, '  ');
    expect([noReason.status, noReason.body.error.details[0].keyword]).toEqual([400, 'reason_required']);
    const done = await move('done', 5);
    expect([done.status, done.body.activity.status, done.body.activity.allowed.change]).toEqual([200, 'done', false]);
    const locked = await sfiCaseworker.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { place: 'X', version: 6 });
    expect([locked.status, locked.body.error.details]).toEqual([409, { reason: 'locked' }]);
    const stale = await sfiCaseworker.send('PATCH', `/api/participants/${p}/activities/${courseId}`, { place: 'X', version: 5 });
    expect(stale.body.error.details.reason).toBe('stale');
  });

  it('cancels with the reason kept', async () => {
    const created = await afCaseworker.send('POST', `/api/participants/${p}/activities`, {
      kind: 'job_search',
      title: 'Jobbsökaraktivitet',
      ownerOrganisationId: af,
      startDate: '2026-02-02',
      schedule: { kind: 'weekly_hours', hours: 10 },
    });
    const id = created.body.activity.id;
    const res = await afCaseworker.send('POST', `/api/participants/${p}/activities/${id}/transition`, {
      to: 'cancelled',
      reason: 'Började arbeta',
      version: 1,
    });
    expect(res.body.activity).toMatchObject({ status: 'cancelled', cancelReason: 'Började arbeta', allowed: { change: false } });
  });

  it('keeps every version as history: who, from which organisation, when and what changed', async () => {
    const res = await person.get(`/api/participants/${p}/activities/${courseId}/history`);
    expect(res.status).toBe(200);
    const items = res.body.items as {
      version: number;
      changedByOrganisationName: string;
      changes: { field: string; from: unknown; to: unknown }[];
    }[];
    expect(items.map((v) => v.version)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(items[4]).toMatchObject({
      changedByOrganisationName: 'Komvux',
      changes: [{ field: 'place', from: 'Komvux Sjöstad', to: 'Rum 12' }],
    });
    expect(items[0]!.changes).toEqual([{ field: 'status', from: 'in_progress', to: 'done' }]);
    expect(items[5]!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['kind', 'title', 'status', 'schedule']));
    expect((await auditRows(p)).at(-1)).toEqual({ category: 'plan', action: 'read', grant: 'self', resource_type: 'activity_history' });
    const count = await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from activity_versions where activity_id = ${courseId}`,
    );
    expect(count[0]!.n).toBe(6);
  });

  it('lets the person add and change their own activity, agreed by being theirs', async () => {
    const res = await person.send('POST', `/api/participants/${p}/activities`, {
      kind: 'own_activity',
      title: 'Fotbollsträning',
      ownerOrganisationId: null,
      startDate: '2026-01-12',
      schedule: { kind: 'recurring', slots: [{ weekday: 3, start: '18:00', end: '19:30' }] },
    });
    expect(res.status).toBe(201);
    expect(res.body.activity).toMatchObject({ agreed: true, ownerOrganisationId: null, allowed: { change: true } });
    const id = res.body.activity.id;
    const changed = await person.send('PATCH', `/api/participants/${p}/activities/${id}`, { place: 'Idrottsplatsen', version: 1 });
    expect(changed.status).toBe(200);
    const byStaff = await sfiCoordinator.send('PATCH', `/api/participants/${p}/activities/${id}`, { place: 'X', version: 2 });
    expect(byStaff.status).toBe(403);
  });
});

describe('goals in the person’s own words', () => {
  it('the person writes and edits a goal; staff may not rewrite it; staff write one on the person’s behalf', async () => {
    const created = await person.send('POST', `/api/participants/${p}/goals`, { text: 'أريد أن أعمل ممرضة', language: 'ar' });
    expect(created.status).toBe(201);
    expect(created.body.goal).toMatchObject({
      text: 'أريد أن أعمل ممرضة',
      language: 'ar',
      writtenByParticipant: true,
      version: 1,
      mayEdit: true,
    });
    const id = created.body.goal.id;
    const edited = await person.send('PATCH', `/api/participants/${p}/goals/${id}`, { text: 'أريد أن أعمل ممرضة في المستشفى', version: 1 });
    expect([edited.status, edited.body.goal.version]).toEqual([200, 2]);
    const stale = await person.send('PATCH', `/api/participants/${p}/goals/${id}`, { status: 'reached', version: 1 });
    expect(stale.status).toBe(409);
    const byStaff = await afCaseworker.send('PATCH', `/api/participants/${p}/goals/${id}`, { text: 'Undersköterska', version: 2 });
    expect([byStaff.status, byStaff.body.error.details]).toEqual([403, { reason: 'goal_written_by_participant' }]);
    const onBehalf = await afCaseworker.send('POST', `/api/participants/${p}/goals`, { text: 'Körkort B', language: 'sv' });
    expect(onBehalf.body.goal).toMatchObject({ writtenByParticipant: false, writtenByOrganisationName: 'Arbetsförmedlingen' });
    const plan = await person.get(`/api/participants/${p}/plan`);
    expect(plan.body.goals.map((g: { mayEdit: boolean }) => g.mayEdit)).toEqual([true, true]);
  });

  it('links an activity only to a goal of the same person', async () => {
    const otherGoal = await afCaseworker.send('POST', `/api/participants/${stranger}/goals`, { text: 'Annat' });
    // The caseworker of AF registered the stranger, so may know the person, but has no consent: refused.
    expect(otherGoal.status).toBe(403);
    const res = await sfiCaseworker.send(
      'POST',
      `/api/participants/${p}/activities`,
      sfiCourse({ goalId: '3f1b5a30-9d0e-4c1f-8a57-2d8f5b0e6c11' }),
    );
    expect([res.status, res.body.error.details[0]]).toMatchObject([400, { path: '/goalId', keyword: 'exists' }]);
  });
});

describe('the person’s full time', () => {
  it('is set by staff with the plan’s version, creating the plan row; the person may not set it', async () => {
    const set = await afCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 30, version: 0 });
    expect(set.body).toEqual({ plan: { fullTimeHours: 30, version: 1 } });
    const stale = await sfiCaseworker.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 20, version: 0 });
    expect([stale.status, stale.body.error.details.reason]).toEqual([409, 'stale']);
    const byPerson = await person.send('PATCH', `/api/participants/${p}/plan`, { fullTimeHours: 20, version: 1 });
    expect(byPerson.status).toBe(403);
    expect((await person.get(`/api/participants/${p}/plan`)).body.plan).toEqual({ fullTimeHours: 30, version: 1 });
  });

  it('audits the look at the progression that checking a prerequisite takes, warning or not', async () => {
    const db = ctx.database.db;
    const q = await buildParticipant(db, tenantId, af);
    await buildEngagement(db, tenantId, q, af);
    for (const category of ['plan', 'progression'] as const) await buildConsent(db, tenantId, q, af, category);
    const add = (kind: string) =>
      afCaseworker.send('POST', `/api/participants/${q}/activities`, {
        kind,
        title: `Aktivitet ${kind}`,
        ownerOrganisationId: af,
        startDate: '2026-03-02',
        endDate: '2026-04-30',
        schedule: { kind: 'weekly_hours', hours: 10 },
      });
    expect((await add('job_search')).status).toBe(201);
    expect((await auditRows(q)).map((r) => r.category)).not.toContain('progression');
    // A work placement requires SFI level C by default: the person's level is read to check it.
    expect((await add('work_placement')).status).toBe(201);
    expect((await auditRows(q)).slice(-2)).toEqual([
      { category: 'progression', action: 'read', grant: 'consent', resource_type: 'progression_facts' },
      { category: 'plan', action: 'create', grant: 'consent', resource_type: 'activity' },
    ]);
  });

  it('leaves an unbroken audit chain', async () => {
    expect((await verifyAuditChains(ctx.database.db)).ok).toBe(true);
  });
});
