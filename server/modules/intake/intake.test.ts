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

let ctx: TestContext;
let amf: string;
let af: string;
let sfi: string;
let p: string;
let coordinator: Session;
let afCaseworker: Session;
let sfiCaseworker: Session;
let person: Session;
const today = todayInSweden();
const housingDate = addDays(today, -30);

const auditRows = (participantId: string) =>
  rows<{ category: string; action: string; resource_type: string; actor_organisation_id: string | null }>(
    ctx.database.db,
    sql`select category, action, resource_type, actor_organisation_id from audit_events where participant_id = ${participantId} order by seq`,
  );

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen');
  sfi = await buildOrganisation(db, tenantId, 'adult_education');
  p = await buildParticipant(db, tenantId, amf);
  const coord = await buildUser(db, tenantId, { roles: ['coordinator'], organisationId: amf });
  await buildEngagement(db, tenantId, p, amf, { caseworkerUserId: coord.id });
  for (const c of ['identity', 'intake'] as const) await buildConsent(db, tenantId, p, amf, c);
  // Arbetsförmedlingen works with the person but has no consent yet; SFI does not work with them at all.
  await buildEngagement(db, tenantId, p, af);
  coordinator = await signIn(ctx.app, coord.email, TEST_PASSWORD);
  afCaseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af })).email, TEST_PASSWORD);
  sfiCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: sfi })).email,
    TEST_PASSWORD,
  );
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: p })).email, TEST_PASSWORD);
});

const meetingBody = (date: string) => ({
  date,
  startTime: '09:00',
  endTime: '10:30',
  place: 'Medborgarhuset, rum 3',
  interpreterLanguage: 'ar',
  interpreterBooked: true,
  organisationIds: [amf, af, sfi],
});

describe('the joint intake journey', () => {
  let meetingId: string;

  it('counts the window from the housing date and proposes working days in it', async () => {
    expect((await coordinator.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null })).status).toBe(200);
    const res = await coordinator.get(`/api/participants/${p}/intake`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      housingDate,
      window: { opens: addDays(housingDate, 28), closes: addDays(housingDate, 56), state: 'open' },
      proposedDays: proposedDays(housingDate, today),
      meetings: [],
      health: 'consent_required',
    });
    expect(res.body.proposedDays.length).toBeGreaterThan(0);
  });

  it('books a meeting with an interpreter; the booking organisation has accepted, the others are pending', async () => {
    const day = proposedDays(housingDate, today)[0]!;
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody(day));
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([]);
    meetingId = res.body.meetingId;
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(view.meetings[0]).toMatchObject({ id: meetingId, status: 'booked', interpreterLanguage: 'ar', interpreterBooked: true });
    const answers = Object.fromEntries(
      view.meetings[0].invitations.map((i: { organisationId: string; answer: string }) => [i.organisationId, i.answer]),
    );
    expect(answers).toEqual({ [amf]: 'accepted', [af]: 'pending', [sfi]: 'pending' });
    expect(view.closingWarning).toBe(false);
    // Days are proposed for booking only.
    expect(view.proposedDays).toEqual([]);
  });

  it('refuses a second booking while one is booked', async () => {
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody(today));
    expect([res.status, res.body.error.details.reason]).toEqual([409, 'already_booked']);
  });

  it('shows an invited organisation without consent the meeting time and place, not who the person is', async () => {
    const overview = await sfiCaseworker.get('/api/intakes');
    expect(overview.status).toBe(200);
    expect(overview.body.people).toEqual([]);
    expect(overview.body.invitations).toEqual([
      expect.objectContaining({ meetingId, place: 'Medborgarhuset, rum 3', answer: 'pending', participantId: null, name: null }),
    ]);
    // The person's intake itself: SFI does not work with them (404), AF does but lacks consent (403).
    expect((await sfiCaseworker.get(`/api/participants/${p}/intake`)).status).toBe(404);
    expect((await afCaseworker.get(`/api/participants/${p}/intake`)).body.error.code).toBe('consent_required');
  });

  it('lets the invited organisation accept or decline for itself only, and audits the answer', async () => {
    const accepted = await afCaseworker.send('POST', '/api/intake-invitations/answer', { meetingId, answer: 'accepted' });
    expect(accepted.status).toBe(200);
    expect((await sfiCaseworker.send('POST', '/api/intake-invitations/answer', { meetingId, answer: 'declined' })).status).toBe(200);
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    const answers = Object.fromEntries(
      view.meetings[0].invitations.map((i: { organisationId: string; answer: string }) => [i.organisationId, i.answer]),
    );
    expect(answers).toEqual({ [amf]: 'accepted', [af]: 'accepted', [sfi]: 'declined' });
    expect((await person.send('POST', '/api/intake-invitations/answer', { meetingId, answer: 'declined' })).status).toBe(403);
    const audited = (await auditRows(p)).filter((r) => r.resource_type === 'intake_invitation');
    expect(audited.map((r) => r.actor_organisation_id)).toEqual([af, sfi]);
  });

  it('rescheduling outside the window warns, resets the answers, and a stale version is refused', async () => {
    const outside = addDays(housingDate, 70);
    const { meetingId: _m, ...body } = { meetingId, ...meetingBody(outside) };
    const { organisationIds: _o, ...fields } = body;
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/reschedule`, { meetingId, version: 1, ...fields });
    expect(res.status).toBe(200);
    expect(res.body.warnings).toContain('outside_window');
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(view.meetings[0].invitations.map((i: { answer: string }) => i.answer)).toEqual(['pending', 'pending', 'pending']);
    const stale = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/cancel`, { meetingId, version: 1, reason: 'x' });
    expect(stale.status).toBe(409);
  });

  it('cancels with a reason; the window is then without a meeting again', async () => {
    const res = await coordinator.send('POST', `/api/participants/${p}/intake/meetings/cancel`, {
      meetingId,
      version: 2,
      reason: 'Tolken kunde inte komma',
    });
    expect(res.status).toBe(200);
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(view.meetings[0]).toMatchObject({ status: 'cancelled', cancelReason: 'Tolken kunde inte komma' });
    expect(view.proposedDays).toEqual(proposedDays(housingDate, today));
    expect((await coordinator.get('/api/intakes')).body.people[0]).toMatchObject({ participantId: p, meeting: null });
  });

  it('the person reads their intake but may not book it', async () => {
    expect((await person.get(`/api/participants/${p}/intake`)).status).toBe(200);
    expect((await person.send('POST', `/api/participants/${p}/intake/meetings`, meetingBody(today))).status).toBe(403);
  });
});

describe('the intake record', () => {
  it('the person writes their own goals; staff see who wrote it; a stale write is refused', async () => {
    const goals = { kind: 'goals', content: { text: 'Jag vill bli undersköterska.' }, version: null };
    expect((await person.send('PUT', `/api/participants/${p}/intake/sections`, goals)).status).toBe(200);
    expect((await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, goals)).status).toBe(409);
    const education = {
      kind: 'education',
      content: {
        entries: [{ level: 'university', field: 'Sjuksköterska', country: 'SY', fromYear: 2008, toYear: 2012, validation: 'in_progress' }],
      },
      version: null,
    };
    expect((await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, education)).status).toBe(200);
    const sections = (await coordinator.get(`/api/participants/${p}/intake`)).body.sections;
    expect(sections).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'goals', writtenByParticipant: true, writtenByOrganisationName: null, version: 1 }),
        expect.objectContaining({ kind: 'education', writtenByParticipant: false, writtenByOrganisationName: 'labour_market_unit' }),
      ]),
    );
  });

  it('each section keeps who wrote its earlier versions and when, newest first', async () => {
    const goals = (text: string, version: number) => ({ kind: 'goals', content: { text }, version });
    expect(
      (await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, goals('Undersköterska eller vårdbiträde', 1))).status,
    ).toBe(200);
    expect((await person.send('PUT', `/api/participants/${p}/intake/sections`, goals('Jag vill bli undersköterska.', 2))).status).toBe(200);
    const section = (await coordinator.get(`/api/participants/${p}/intake`)).body.sections.find(
      (s: { kind: string }) => s.kind === 'goals',
    );
    expect(section).toMatchObject({ version: 3, writtenByParticipant: true });
    expect(
      section.history.map((h: { version: number; writtenByOrganisationName: string | null }) => [h.version, h.writtenByOrganisationName]),
    ).toEqual([
      [2, 'labour_market_unit'],
      [1, null],
    ]);
  });

  it('the health section needs consent for health: the person shares it, staff without that consent do not see it', async () => {
    const health = { kind: 'health', content: { text: 'Ryggbesvär, kan inte lyfta tungt.' }, version: null };
    expect((await person.send('PUT', `/api/participants/${p}/intake/sections`, health)).status).toBe(200);
    const res = await coordinator.send('PUT', `/api/participants/${p}/intake/sections`, { ...health, version: 1 });
    expect([res.status, res.body.error.code]).toEqual([403, 'consent_required']);
    const staffView = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(staffView.health).toBe('consent_required');
    expect(staffView.sections.map((s: { kind: string }) => s.kind)).not.toContain('health');
    const own = (await person.get(`/api/participants/${p}/intake`)).body;
    expect(own.sections.map((s: { kind: string }) => s.kind)).toContain('health');
  });

  it('with consent for health the section is shown and its read audited as health', async () => {
    const db = ctx.database.db;
    const [row] = await rows<{ tenant_id: string }>(db, sql`select tenant_id from participants where id = ${p}`);
    await buildConsent(db, row!.tenant_id, p, amf, 'health');
    const view = (await coordinator.get(`/api/participants/${p}/intake`)).body;
    expect(view.health).toBe('shown');
    expect(view.sections.map((s: { kind: string }) => s.kind)).toContain('health');
    const audited = await auditRows(p);
    expect(audited.at(-1)).toMatchObject({ category: 'intake', action: 'read', resource_type: 'intake' });
    // The interpreter need comes from the identity record, and its read is audited as identity.
    expect(audited.at(-2)).toMatchObject({ category: 'identity', action: 'read', resource_type: 'interpreter_need' });
    expect(audited.at(-3)).toMatchObject({ category: 'health', action: 'read', resource_type: 'intake_section' });
  });
});
