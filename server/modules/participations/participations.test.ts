import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import { auditEvents } from '../../lib/audit/tables.ts';
import { todayInSweden } from '../../lib/dates.ts';
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
import { interventionFields } from '../../test/offer-scenario.ts';
import { addDays } from '../calendar/weeks.ts';
import { interventions } from '../catalogue/tables.ts';
import { tenants } from '../tenants/tables.ts';
import { followUpState } from './followups.ts';
import { endParticipation, startParticipation, type StartParticipationInput } from './lifecycle.ts';
import { followUps, participations } from './tables.ts';

let ctx: TestContext;
let tenantId: string;
let amf: string;
let asf: string;
let person: string;
let cafe: string;
let providerActor: Actor;
let caseworkerActor: Actor;
const s: Record<'caseworker' | 'provider' | 'stranger' | 'self' | 'admin', Session> = {} as never;
const today = todayInSweden();

const actorFor = (userId: string, organisationId: string | null, roles: Role[]): Actor => ({
  tenantId,
  userId,
  organisationId,
  roles,
  participantId: null,
  requestId: randomUUID(),
  sessionId: randomUUID(),
});

const working = { occupation: 'work_subsidised', incomeSources: ['salary'], extentPercent: 75 };
const seeking = { occupation: 'job_seeking', incomeSources: ['social_assistance'], extentPercent: null };
const startInput = (over: Partial<StartParticipationInput> = {}): StartParticipationInput => ({
  participantId: person,
  interventionId: cafe,
  startDate: addDays(today, -200),
  timeInSupport: '1_2_years',
  educationLevel: 'compulsory',
  situation: seeking,
  ...over,
});
const run = <T>(fn: (tx: Parameters<Parameters<TestContext['database']['db']['transaction']>[0]>[0]) => Promise<T>) =>
  ctx.database.db.transaction(fn);
const start = (input: StartParticipationInput, actor = providerActor) => run((tx) => startParticipation(tx, actor, input));
const end = (id: string, endDate: string, endReason = 'work', actor = providerActor) =>
  run((tx) => endParticipation(tx, actor, id, { endDate, endReason, situation: working }));

async function newIntervention(organisationId: string, name: string) {
  const [row] = await ctx.database.db
    .insert(interventions)
    .values({ tenantId, organisationId, ...interventionFields(name) })
    .returning({ id: interventions.id });
  return row!.id;
}

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  asf = await buildOrganisation(db, tenantId, 'social_enterprise');
  const soc = await buildOrganisation(db, tenantId, 'social_services');
  // Second-to-last digit 8: a woman; born 1 January 1990.
  person = await buildParticipant(db, tenantId, amf, { personalNumber: '199001012382' });
  await buildEngagement(db, tenantId, person, amf);
  await buildEngagement(db, tenantId, person, asf);
  for (const c of ['identity', 'progression'] as const) await buildConsent(db, tenantId, person, amf, c);
  await buildConsent(db, tenantId, person, asf, 'identity');
  cafe = await newIntervention(asf, 'Caféet');
  const users = {
    caseworker: await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf }),
    provider: await buildUser(db, tenantId, { roles: ['provider'], organisationId: asf }),
    stranger: await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc }),
    self: await buildUser(db, tenantId, { roles: ['participant'], participantId: person }),
    admin: await buildUser(db, tenantId, { roles: ['administrator'] }),
  };
  for (const [k, u] of Object.entries(users)) s[k as keyof typeof s] = await signIn(ctx.app, u.email, TEST_PASSWORD);
  providerActor = actorFor(users.provider.id, asf, ['provider']);
  caseworkerActor = actorFor(users.caseworker.id, amf, ['caseworker']);
});

describe('startParticipation and endParticipation', () => {
  it('refuses an unknown code with a stable keyword, and a start by another organisation', async () => {
    await expect(start(startInput({ educationLevel: 'phd' }))).rejects.toMatchObject({
      code: 'validation_failed',
      details: [{ path: '/educationLevel', keyword: 'unknown_code' }],
    });
    await expect(start(startInput({ situation: { ...working, extentPercent: 101 } }))).rejects.toMatchObject({
      details: [{ keyword: 'extent_out_of_range' }],
    });
    await expect(start(startInput(), caseworkerActor)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('derives gender and age at start from the record, refuses a second running one, ends once with follow-ups', async () => {
    const started = await start(startInput({ startDate: '2026-01-01' }));
    const [row] = await ctx.database.db.select().from(participations).where(eq(participations.id, started.id));
    expect(row).toMatchObject({ gender: 'woman', ageAtStart: 36, organisationId: asf, startOccupation: 'job_seeking', endDate: null });
    await expect(start(startInput())).rejects.toMatchObject({ code: 'conflict', message: 'participation_running' });
    await expect(end(started.id, '2025-12-31')).rejects.toMatchObject({ details: [{ keyword: 'end_before_start' }] });
    const endDate = addDays(today, -90);
    const ended = await end(started.id, endDate);
    expect(ended.followUpIds).toHaveLength(2);
    const made = await ctx.database.db.select().from(followUps).where(eq(followUps.participationId, started.id));
    expect(made.map((f) => [f.daysAfterEnd, f.dueDate, f.organisationId]).sort()).toEqual([
      [180, addDays(endDate, 180), asf],
      [90, today, asf],
    ]);
    await expect(end(started.id, endDate)).rejects.toMatchObject({ code: 'conflict', message: 'participation_ended' });
    // A new participation in the same intervention may start after the previous one ended.
    await expect(start(startInput({ startDate: endDate }))).rejects.toMatchObject({ message: 'participation_running' });
    const again = await start(startInput({ startDate: addDays(endDate, 1) }));
    const wrong = await end(again.id, addDays(endDate, 2), 'wrong_registration');
    expect(wrong.followUpIds).toEqual([]);
  });

  it('uses the area’s follow-up points at the end; later changes leave existing follow-ups be', async () => {
    const other = await newIntervention(asf, 'Snickeriet');
    await ctx.database.db
      .update(tenants)
      .set({ followUpDays: [30] })
      .where(eq(tenants.id, tenantId));
    const p = await start(startInput({ interventionId: other }));
    const ended = await end(p.id, addDays(today, -10));
    await ctx.database.db
      .update(tenants)
      .set({ followUpDays: [90, 180] })
      .where(eq(tenants.id, tenantId));
    const made = await ctx.database.db.select().from(followUps).where(eq(followUps.participationId, p.id));
    expect(ended.followUpIds).toHaveLength(1);
    expect(made.map((f) => [f.daysAfterEnd, f.dueDate])).toEqual([[30, addDays(today, 20)]]);
  });
});

describe('reading participations', () => {
  it('shows staff with progression consent every participation, with its follow-ups, and audits the read', async () => {
    const res = await s.caseworker.get(`/api/participants/${person}/participations`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(3);
    const first = res.body.items.find(
      (i: { followUps: unknown[]; endReason: string }) => i.endReason === 'work' && i.followUps.length === 2,
    );
    expect(first).toMatchObject({ interventionName: 'Caféet', organisationName: 'social_enterprise', gender: 'woman', mayWrite: false });
    expect(first.followUps.map((f: { state: string }) => f.state)).toEqual(['due', 'upcoming']);
    const audited = await ctx.database.db
      .select({ grant: auditEvents.grant })
      .from(auditEvents)
      .where(and(eq(auditEvents.participantId, person), eq(auditEvents.resourceType, 'participation'), eq(auditEvents.action, 'read')));
    expect(audited.map((a) => a.grant)).toContain('consent');
  });

  it('shows the provider without progression consent its own participations only; the person all; others 404', async () => {
    const own = await s.provider.get(`/api/participants/${person}/participations`);
    expect(own.status).toBe(200);
    expect(own.body.items.every((i: { organisationId: string; mayWrite: boolean }) => i.organisationId === asf && i.mayWrite)).toBe(true);
    const self = await s.self.get(`/api/participants/${person}/participations`);
    expect(self.body.items.length).toBe(own.body.items.length);
    expect(self.body.items.every((i: { mayWrite: boolean }) => !i.mayWrite)).toBe(true);
    expect((await s.stranger.get(`/api/participants/${person}/participations`)).status).toBe(404);
  });
});

describe('correcting a situation', () => {
  it('lets the provider correct the start, refuses a stale version and other organisations', async () => {
    const p = await start(startInput({ interventionId: await newIntervention(asf, 'Tvätteriet') }));
    const body = { at: 'start', situation: working, educationLevel: 'upper_secondary', version: p.version };
    expect((await s.caseworker.send('PUT', `/api/participations/${p.id}/situation`, body)).status).toBe(404);
    expect((await s.provider.send('PUT', `/api/participations/${p.id}/situation`, { ...body, at: 'end' })).body.error.message).toBe(
      'participation_running',
    );
    const res = await s.provider.send('PUT', `/api/participations/${p.id}/situation`, body);
    expect(res.body).toEqual({ id: p.id, version: p.version + 1 });
    expect((await s.provider.send('PUT', `/api/participations/${p.id}/situation`, body)).status).toBe(409);
    const [row] = await ctx.database.db.select().from(participations).where(eq(participations.id, p.id));
    expect(row).toMatchObject({ startOccupation: 'work_subsidised', startExtentPercent: 75, educationLevel: 'upper_secondary' });
  });

  it('drops the open follow-ups when the end is corrected to a wrong registration, and brings them back', async () => {
    const p = await start(startInput({ interventionId: await newIntervention(asf, 'Bageriet') }));
    const ended = await end(p.id, addDays(today, -5));
    const correct = (endReason: string, version: number) =>
      s.provider.send('PUT', `/api/participations/${p.id}/situation`, { at: 'end', situation: working, endReason, version });
    const dropped = await correct('wrong_registration', ended.version);
    expect(await ctx.database.db.select().from(followUps).where(eq(followUps.participationId, p.id))).toEqual([]);
    await correct('studies', dropped.body.version);
    expect(await ctx.database.db.select().from(followUps).where(eq(followUps.participationId, p.id))).toHaveLength(2);
  });
});

describe('follow-ups', () => {
  it('lists the organisation’s due follow-ups with the name where identity may be read, and counts', async () => {
    const res = await s.provider.get('/api/follow-ups?state=due');
    expect(res.status).toBe(200);
    const item = res.body.items.find((i: { daysAfterEnd: number; dueDate: string }) => i.dueDate === today);
    expect(item).toMatchObject({ state: 'due', interventionName: 'Caféet', participantName: expect.stringMatching(/^Deltagare/) });
    expect(res.body.counts.due).toBe(res.body.items.length);
    expect(res.body.counts.upcoming).toBeGreaterThan(0);
    // Another organisation has no follow-ups here.
    expect((await s.caseworker.get('/api/follow-ups?state=due')).body.items).toEqual([]);
  });

  it('records once: the situation, then 409; other organisations get 404; a bad situation 400', async () => {
    const item = (await s.provider.get('/api/follow-ups?state=due')).body.items[0];
    const url = `/api/follow-ups/${item.id}`;
    expect((await s.caseworker.send('POST', url, { notReachable: true, version: item.version })).status).toBe(404);
    const bad = await s.provider.send('POST', url, {
      notReachable: false,
      situation: { occupation: 'sick_leave', incomeSources: ['sickness_benefit'], extentPercent: 50 },
      version: item.version,
    });
    expect(bad.body.error.details[0].keyword).toBe('extent_not_applicable');
    const ok = await s.provider.send('POST', url, { notReachable: false, situation: working, version: item.version });
    expect(ok.body).toMatchObject({ state: 'recorded', notReachable: false, situation: working });
    const twice = await s.provider.send('POST', url, { notReachable: true, version: ok.body.version });
    expect([twice.status, twice.body.error.message]).toEqual([409, 'follow_up_recorded']);
    const recorded = await s.provider.get('/api/follow-ups?state=recorded');
    expect(recorded.body.items.map((i: { id: string }) => i.id)).toContain(item.id);
  });

  it('records "could not be reached", and counts missed follow-ups per intervention', async () => {
    const p = await start(startInput({ interventionId: await newIntervention(asf, 'Växthuset'), startDate: addDays(today, -400) }));
    await end(p.id, addDays(today, -300));
    const missed = await s.provider.get('/api/follow-ups?state=missed');
    expect(missed.body.items.length).toBe(2);
    expect(missed.body.missedByIntervention).toContainEqual({
      interventionId: expect.any(String),
      interventionName: 'Växthuset',
      missed: 2,
    });
    const first = missed.body.items[0];
    const res = await s.provider.send('POST', `/api/follow-ups/${first.id}`, { notReachable: true, version: first.version });
    expect(res.body).toMatchObject({ state: 'recorded', notReachable: true, situation: null });
  });

  it('hides the name from an organisation without identity consent', async () => {
    const other = await buildParticipant(ctx.database.db, tenantId, amf);
    await buildEngagement(ctx.database.db, tenantId, other, asf);
    const p = await start(startInput({ participantId: other, interventionId: await newIntervention(asf, 'Ateljén') }));
    await end(p.id, addDays(today, -88));
    const res = await s.provider.get('/api/follow-ups?state=due');
    expect(res.body.items.find((i: { participantId: string }) => i.participantId === other).participantName).toBeNull();
  });
});

describe('follow-up settings', () => {
  it('lets administrators read and set the points, refusing bad ones; others may not', async () => {
    expect((await s.admin.get('/api/settings/follow-up-days')).body).toEqual({ days: [90, 180] });
    expect((await s.admin.send('PUT', '/api/settings/follow-up-days', { days: [180, 90] })).body.error.details[0].keyword).toBe(
      'follow_up_days_order',
    );
    expect((await s.admin.send('PUT', '/api/settings/follow-up-days', { days: [0] })).status).toBe(400);
    expect((await s.admin.send('PUT', '/api/settings/follow-up-days', { days: [30, 90, 180, 365] })).body).toEqual({
      days: [30, 90, 180, 365],
    });
    expect((await s.provider.send('PUT', '/api/settings/follow-up-days', { days: [30] })).status).toBe(403);
    await s.admin.send('PUT', '/api/settings/follow-up-days', { days: [90, 180] });
  });
});

describe('the worklist and the data export', () => {
  it('puts the organisation’s due and missed follow-ups in its worklist, each a link to the follow-ups', async () => {
    const res = await s.provider.get('/api/worklist?scope=organisation');
    expect(res.status).toBe(200);
    const group = res.body.groups.followUps;
    expect(group.count).toBeGreaterThan(0);
    expect(new Set(group.items.map((i: { state: string }) => i.state))).toEqual(new Set(['due', 'missed']));
    expect(group.items[0].link).toMatch(/^\/follow-ups\?state=(due|missed)$/);
    // Another organisation's worklist has none of them.
    expect((await s.caseworker.get('/api/worklist?scope=organisation')).body.groups.followUps.count).toBe(0);
  });

  it('gives the person every participation and its follow-ups in the data export', async () => {
    const res = await s.self.get(`/api/participants/${person}/data-export`);
    expect(res.status).toBe(200);
    const cafe = res.body.participations.find(
      (p: { intervention: string; endReason: string }) => p.intervention === 'Caféet' && p.endReason === 'work',
    );
    expect(cafe).toMatchObject({ gender: 'woman', start: { occupation: 'job_seeking' }, end: { occupation: 'work_subsidised' } });
    expect(cafe.followUps.map((f: { daysAfterEnd: number }) => f.daysAfterEnd)).toEqual([90, 180]);
  });
});

describe('the list’s states agree with followUpState', () => {
  it('puts every follow-up, due from 60 days ago to 60 days ahead, in exactly the tab its state names', async () => {
    const db = ctx.database.db;
    const org = await buildOrganisation(db, tenantId, 'region');
    const supervisor = await signIn(
      ctx.app,
      (await buildUser(db, tenantId, { roles: ['provider'], organisationId: org })).email,
      TEST_PASSWORD,
    );
    const intervention = await newIntervention(org, 'Rehabilitering');
    const [p] = await db
      .insert(participations)
      .values({
        tenantId,
        participantId: person,
        interventionId: intervention,
        organisationId: org,
        startDate: addDays(today, -400),
        endDate: addDays(today, -300),
        gender: 'woman',
        timeInSupport: 'none',
        educationLevel: 'unknown',
        startOccupation: 'other',
        startIncomeSources: ['other'],
      })
      .returning();
    const expected: Record<string, string[]> = { upcoming: [], due: [], missed: [], recorded: [] };
    for (let offset = -60; offset <= 60; offset++) {
      const dueDate = addDays(today, offset);
      const recorded = offset % 10 === 0;
      const [f] = await db
        .insert(followUps)
        .values({
          tenantId,
          participationId: p!.id,
          participantId: person,
          organisationId: org,
          daysAfterEnd: 1000 + offset,
          dueDate,
          recordedAt: recorded ? `${today}T08:00:00Z` : null,
          notReachable: recorded,
        })
        .returning();
      expected[followUpState(dueDate, recorded, today)]!.push(f!.id);
    }
    for (const state of ['upcoming', 'due', 'missed', 'recorded']) {
      const res = await supervisor.get(`/api/follow-ups?state=${state}`);
      expect(res.body.items.map((i: { id: string }) => i.id).sort(), state).toEqual(expected[state]!.sort());
      expect(res.body.counts[state], state).toBe(expected[state]!.length);
    }
  });
});
