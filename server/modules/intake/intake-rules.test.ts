import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
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
import { addDays, proposedDays } from './window.ts';

// The edges of the joint intake: who may do what, concurrent writes, marking the meeting held, and bad input.
let ctx: TestContext;
let tenantId: string;
let amf: string;
let af: string;
let sfi: string;
let stranger: string;
let coordinator: Session;
let afCaseworker: Session;
let sfiCaseworker: Session;
let strangerCaseworker: Session;
let otherTenantCaseworker: Session;
let otherPerson: Session;
const today = todayInSweden();
const housingDate = addDays(today, -30);

/** A person housed 30 days ago, worked with by AMF (identity + intake consent) and AF (intake consent). */
async function person(): Promise<string> {
  const db = ctx.database.db;
  const id = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, id, amf);
  await buildEngagement(db, tenantId, id, af);
  for (const c of ['identity', 'intake'] as const) await buildConsent(db, tenantId, id, amf, c);
  await buildConsent(db, tenantId, id, af, 'intake');
  return id;
}

const meetingBody = (date = proposedDays(housingDate, today)[0]!, organisationIds = [amf, af, sfi]) => ({
  date,
  startTime: '09:00',
  endTime: '10:30',
  place: 'Medborgarhuset',
  interpreterLanguage: null,
  interpreterBooked: false,
  organisationIds,
});

async function housedAndBooked(): Promise<{ p: string; meetingId: string }> {
  const p = await person();
  expect((await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null })).status).toBe(200);
  const booked = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody());
  expect(booked.status).toBe(201);
  return { p, meetingId: booked.body.meetingId };
}

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen');
  sfi = await buildOrganisation(db, tenantId, 'adult_education');
  stranger = await buildOrganisation(db, tenantId, 'supplier');
  const staff = async (organisationId: string, role: 'caseworker' | 'coordinator' = 'caseworker') =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles: [role], organisationId })).email, TEST_PASSWORD);
  coordinator = await staff(amf, 'coordinator');
  afCaseworker = await staff(af);
  sfiCaseworker = await staff(sfi);
  strangerCaseworker = await staff(stranger);
  const otherTenant = await buildTenant(db, 'Annat förbund');
  const otherOrg = await buildOrganisation(db, otherTenant, 'labour_market_unit');
  otherTenantCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, otherTenant, { roles: ['caseworker'], organisationId: otherOrg })).email,
    TEST_PASSWORD,
  );
  const someoneElse = await buildParticipant(db, tenantId, amf);
  otherPerson = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['participant'], participantId: someoneElse })).email,
    TEST_PASSWORD,
  );
});

describe('who may see and answer a joint intake', () => {
  it('an organisation not invited cannot answer, nor anyone in another tenant: both learn nothing (404)', async () => {
    const { p, meetingId } = await housedAndBooked();
    const answer = { meetingId, answer: 'accepted' };
    expect((await strangerCaseworker.send('POST', '/api/intake-invitations/answer', answer)).status).toBe(404);
    expect((await otherTenantCaseworker.send('POST', '/api/intake-invitations/answer', answer)).status).toBe(404);
    expect((await otherTenantCaseworker.get(`/api/participants/${p}/intake`)).status).toBe(404);
    expect((await otherTenantCaseworker.get('/api/intakes')).body).toEqual({ people: [], invitations: [] });
    expect((await strangerCaseworker.get('/api/intakes')).body.invitations).toEqual([]);
  });

  it('a person sees only their own intake', async () => {
    const p = await person();
    expect((await otherPerson.get(`/api/participants/${p}/intake`)).status).toBe(404);
    const goals = { kind: 'goals', content: { text: 'Inte mina' }, version: null };
    expect((await otherPerson.send('PUT', `/api/participants/${p}/intake/sections`, goals)).status).toBe(404);
  });
});

describe('concurrent writes end in one success and one 409, never a 5xx', () => {
  it('two bookings at once', async () => {
    const p = await person();
    await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null });
    const results = await Promise.all([
      coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody()),
      afCaseworker.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody()),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it('two first writes of the same section', async () => {
    const p = await person();
    const goals = (text: string) => ({ kind: 'goals', content: { text }, version: null });
    const results = await Promise.all([
      coordinator.send('PUT', `/api/participants/${p}/intake/sections`, goals('Undersköterska')),
      afCaseworker.send('PUT', `/api/participants/${p}/intake/sections`, goals('Busschaufför')),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const conflicted = results.find((r) => r.status === 409)!;
    expect(conflicted.body.error.message).toMatch(/changed by someone else/);
  });

  it('two first housing dates', async () => {
    const p = await person();
    const results = await Promise.all([
      coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null }),
      afCaseworker.send('PUT', `/api/participants/${p}/intake`, { housingDate: addDays(housingDate, 1), version: null }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('marking the meeting held', () => {
  const held = (meetingId: string, version: number, heldOn = today) => ({ meetingId, version, heldOn });

  it('staff of an invited organisation with consent mark it held; the intake is then done everywhere', async () => {
    const { p, meetingId } = await housedAndBooked();
    const res = await afCaseworker.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 1));
    expect(res.status).toBe(200);
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(view).toMatchObject({ heldOn: today, proposedDays: [], closingWarning: false });
    expect(view.meetings[0]).toMatchObject({ id: meetingId, status: 'held', date: today });
    const overview = (await coordinator.get('/api/intakes')).body.people.find((x: { participantId: string }) => x.participantId === p);
    expect(overview).toMatchObject({ heldOn: today, meeting: null, closingWarning: false });
    const again = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody());
    expect([again.status, again.body.error.details.reason]).toEqual([409, 'already_held']);
    const twice = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 2));
    expect([twice.status, twice.body.error.details.reason]).toEqual([409, 'not_booked']);
  });

  it('an intake held lately stays on the overview as done, even when the window closed long ago', async () => {
    const p = await person();
    const longAgo = addDays(today, -120);
    await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate: longAgo, version: null });
    const heldOn = addDays(today, -10);
    const booked = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody(heldOn));
    expect(booked.body.warnings).toContain('outside_window');
    expect(
      (await coordinator.send('POST', `/api/participants/${p}/intake/meetings/held`, held(booked.body.meetingId, 1, heldOn))).status,
    ).toBe(200);
    const people = (await coordinator.get('/api/intakes')).body.people;
    expect(people.find((x: { participantId: string }) => x.participantId === p)).toMatchObject({ heldOn, window: { state: 'closed' } });
  });

  it('a stale version is refused with a clear message', async () => {
    const { p, meetingId } = await housedAndBooked();
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 7));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('The intake was changed by someone else; reload and try again.');
  });

  it('only staff of the booking or an invited organisation, and never the person', async () => {
    const { p, meetingId } = await housedAndBooked();
    // The supplier's caseworker gets consent and works with the person, but was not invited.
    await buildEngagement(ctx.database.db, tenantId, p, stranger);
    await buildConsent(ctx.database.db, tenantId, p, stranger, 'intake');
    const res = await strangerCaseworker.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 1));
    expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    // SFI is invited but has no consent: it knows nothing of the person (404).
    expect((await sfiCaseworker.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 1))).status).toBe(404);
  });

  it.each([
    ['tomorrow', addDays(today, 1)],
    ['more than a year ago', addDays(today, -400)],
    ['an impossible date', '2026-02-30'],
  ])('refuses a held date %s (400)', async (_name, heldOn) => {
    const { p, meetingId } = await housedAndBooked();
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/held`, held(meetingId, 1, heldOn));
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });
});

describe('bad input is a 400, never a 5xx', () => {
  it.each([
    ['far in the past', '1900-01-01'],
    ['far in the future', '9999-12-31'],
    ['more than a year ahead', addDays(today, 400)],
    ['an impossible date', '2026-02-30'],
  ])('a housing date %s', async (_name, date) => {
    const p = await person();
    const res = await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate: date, version: null });
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it.each([
    ['ending before it starts', { startTime: '10:00', endTime: '09:00' }],
    ['ending when it starts', { startTime: '10:00', endTime: '10:00' }],
    ['far in the future', { date: '9999-12-31' }],
    ['years ago', { date: addDays(today, -800) }],
    ['with a huge place', { place: 'x'.repeat(100_000) }],
    ['at 24:00', { startTime: '24:00' }],
  ])('a meeting %s', async (_name, change) => {
    const p = await person();
    await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null });
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, { ...meetingBody(), ...change });
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    expect((await coordinator.get(`/api/participants/${p}/intake`)).body.meetings).toEqual([]);
  });

  it('an invited organisation from another tenant refuses the whole booking: no meeting, no invitation', async () => {
    const p = await person();
    await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null });
    const [foreign] = await rows<{ id: string }>(ctx.database.db, sql`select id from organisations where tenant_id <> ${tenantId} limit 1`);
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody(undefined, [amf, foreign!.id]));
    expect(res.status).toBe(400);
    const left = await rows(ctx.database.db, sql`select 1 from intake_meetings where participant_id = ${p}`);
    expect(left).toEqual([]);
  });

  it('unicode round-trips; a story over the limit is refused', async () => {
    const p = await person();
    const text = 'أريد أن أعمل ممرضة 👩‍⚕️ — Zoë, Ångström, 中文';
    const ok = await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, { kind: 'goals', content: { text }, version: null });
    expect(ok.status).toBe(200);
    const sections = (await coordinator.get(`/api/participants/${p}/intake`)).body.sections;
    expect(sections[0].content.text).toBe(text);
    const huge = { kind: 'goals', content: { text: 'x'.repeat(4001) }, version: 1 };
    expect((await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, huge)).status).toBe(400);
    const nul = { kind: 'family', content: { text: 'a\u0000b' }, version: null };
    expect((await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, nul)).status).toBe(400);
  });
});
