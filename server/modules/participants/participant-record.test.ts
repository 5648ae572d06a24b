import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { testPersonalNumber } from '../../demo/numbers.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { participants } from './tables.ts';
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
let amf: string;
let soc: string;
let amfCaseworker: Session;
let socCaseworker: Session;
let amfUserId: string;
let amfColleagueId: string;
let socUserId: string;

const auditRows = (participantId: string) =>
  rows<{ actor_user_id: string; category: string; action: string; grant: string; resource_type: string }>(
    ctx.database.db,
    sql`select actor_user_id, category, action, "grant", resource_type from audit_events where participant_id = ${participantId} order by seq`,
  );

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A person registered by the labour-market unit, with a number and a name of their own. */
async function registered(givenName: string, familyName: string, birthDate: string, index: number) {
  const personalNumber = testPersonalNumber(birthDate, index);
  const id = await buildParticipant(ctx.database.db, tenantId, amf, { personalNumber });
  await ctx.database.db
    .update(participants)
    .set({ givenName, familyName, birthDate })
    .where(sql`${participants.id} = ${id}`);
  await buildEngagement(ctx.database.db, tenantId, id, amf, { caseworkerUserId: amfUserId });
  return { id, personalNumber };
}

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  soc = await buildOrganisation(db, tenantId, 'social_services');
  const u = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  amfUserId = u.id;
  amfColleagueId = (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).id;
  amfCaseworker = await signIn(ctx.app, u.email, TEST_PASSWORD);
  const s = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc });
  socUserId = s.id;
  socCaseworker = await signIn(ctx.app, s.email, TEST_PASSWORD);
});

describe('search before create', () => {
  it('shows a match by number to the organisation that may see it, and only "registered in the area" to another', async () => {
    const { id, personalNumber } = await registered('Amina', 'Hassan', '1984-02-03', 1);
    const own = await amfCaseworker.send('POST', '/api/participants/search', { personalNumber });
    expect(own.status).toBe(200);
    expect(own.body.visible).toEqual([
      expect.objectContaining({ id, name: 'Amina Hassan', matchedOn: 'personal_number', engagedByOwnOrganisation: true }),
    ]);
    const other = await socCaseworker.send('POST', '/api/participants/search', { personalNumber });
    expect(other.status).toBe(200);
    expect(other.body).toEqual({ visible: [], consentRequired: [], registeredInArea: true, possibleMatchHidden: false });
    expect(JSON.stringify(other.body)).not.toContain(id);
    expect(JSON.stringify(other.body)).not.toContain('Hassan');
    // Both looks are in the audit log: the hint as well as the full view.
    const log = (await auditRows(id)).filter((r) => r.resource_type === 'participant_match');
    expect(log.map((r) => r.grant)).toEqual(['own_organisation', 'match_unknown']);
  });

  it('matches name and birth date regardless of order, case and diacritics, and hides who it is from others', async () => {
    const { id } = await registered('Zoë', 'Ångström', '1991-07-08', 2);
    const own = await amfCaseworker.send('POST', '/api/participants/search', {
      givenName: 'angstrom',
      familyName: 'ZOE',
      birthDate: '1991-07-08',
    });
    expect(own.body.visible.map((p: { id: string }) => p.id)).toEqual([id]);
    expect(own.body.visible[0].matchedOn).toBe('name_birth_date');
    const other = await socCaseworker.send('POST', '/api/participants/search', {
      givenName: 'Zoe',
      familyName: 'Angstrom',
      birthDate: '1991-07-08',
    });
    expect(other.body).toEqual({ visible: [], consentRequired: [], registeredInArea: false, possibleMatchHidden: true });
    const none = await socCaseworker.send('POST', '/api/participants/search', {
      givenName: 'Zoe',
      familyName: 'Angstrom',
      birthDate: '1991-07-09',
    });
    expect(none.body.possibleMatchHidden).toBe(false);
  });

  it.each([
    [{}, '/personalNumber'],
    [{ givenName: 'A', familyName: 'B' }, '/personalNumber'],
    [{ personalNumber: '19900101-0000' }, '/personalNumber'],
  ])('refuses %j with a validation error', async (body, path) => {
    const res = await amfCaseworker.send('POST', '/api/participants/search', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toBe(path);
  });
});

describe('engagements', () => {
  it('lets an organisation that knows the number start its work, then end it once, not before its start', async () => {
    const { id, personalNumber } = await registered('Yonas', 'Tesfaye', '1979-05-06', 3);
    expect((await socCaseworker.get(`/api/participants/${id}`)).status).toBe(404);
    const started = await socCaseworker.send('POST', '/api/engagements', { personalNumber });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      participantId: id,
      engagement: { organisationId: soc, caseworkerUserId: socUserId, endDate: null },
    });
    // Now the organisation knows the person, and is told plainly that it lacks consent.
    const read = await socCaseworker.get(`/api/participants/${id}`);
    expect([read.status, read.body.error.code]).toEqual([403, 'consent_required']);
    expect((await socCaseworker.send('POST', '/api/engagements', { personalNumber })).status).toBe(409);

    const engagementId = started.body.engagement.id;
    const early = await socCaseworker.send('POST', `/api/engagements/${engagementId}/end`, { endDate: addDays(todayInSweden(), -1) });
    expect([early.status, early.body.error.details[0].keyword]).toEqual([400, 'end_before_start']);
    const future = await socCaseworker.send('POST', `/api/engagements/${engagementId}/end`, { endDate: addDays(todayInSweden(), 1) });
    expect(future.status).toBe(400);
    // Another organisation's engagement is not there for the AMF caseworker.
    expect((await amfCaseworker.send('POST', `/api/engagements/${engagementId}/end`, { endDate: todayInSweden() })).status).toBe(404);
    const ended = await socCaseworker.send('POST', `/api/engagements/${engagementId}/end`, { endDate: todayInSweden() });
    expect(ended.status).toBe(200);
    expect(ended.body.engagement.endDate).toBe(todayInSweden());
    expect((await socCaseworker.send('POST', `/api/engagements/${engagementId}/end`, { endDate: todayInSweden() })).status).toBe(409);

    const log = (await auditRows(id)).filter((r) => r.resource_type === 'engagement' && r.actor_user_id === socUserId);
    expect(log.map((r) => `${r.action}:${r.grant}`)).toEqual(['create:personal_number', 'update:engagement']);
  });

  it('refuses a start by id for a person the organisation does not know, and an unknown number', async () => {
    const { id } = await registered('Sara', 'Berhe', '1995-09-10', 4);
    expect((await socCaseworker.send('POST', '/api/engagements', { participantId: id })).status).toBe(404);
    expect((await socCaseworker.send('POST', '/api/engagements', { personalNumber: testPersonalNumber('1960-01-01', 9) })).status).toBe(
      404,
    );
    expect((await socCaseworker.send('POST', '/api/engagements', { participantId: id, personalNumber: '19600101-0000' })).status).toBe(400);
  });

  it('changes the responsible caseworker to a colleague, not to someone of another organisation', async () => {
    const { id } = await registered('Omar', 'Farah', '1988-12-01', 5);
    const list = await amfCaseworker.get(`/api/participants/${id}/engagements`);
    const engagementId = list.body.items[0].id;
    const wrong = await amfCaseworker.send('PATCH', `/api/engagements/${engagementId}`, { caseworkerUserId: socUserId });
    expect([wrong.status, wrong.body.error.details[0].path]).toEqual([400, '/caseworkerUserId']);
    const right = await amfCaseworker.send('PATCH', `/api/engagements/${engagementId}`, { caseworkerUserId: amfColleagueId });
    expect(right.status).toBe(200);
    expect(right.body.engagement.caseworkerUserId).toBe(amfColleagueId);
    const caseworkers = await amfCaseworker.get('/api/engagements/caseworkers');
    expect(caseworkers.body.items.map((u: { id: string }) => u.id)).toEqual(expect.arrayContaining([amfUserId, amfColleagueId]));
    expect(caseworkers.body.items.map((u: { id: string }) => u.id)).not.toContain(socUserId);
  });

  it('lists "my participants": those whose running engagement names the user', async () => {
    const mine = await registered('Lina', 'Karimi', '1990-03-03', 6);
    const theirs = await buildParticipant(ctx.database.db, tenantId, amf);
    await buildEngagement(ctx.database.db, tenantId, theirs, amf, { caseworkerUserId: amfColleagueId });
    const res = await amfCaseworker.get('/api/participants?scope=mine&limit=200');
    const ids = res.body.items.map((p: { id: string }) => p.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs);
    const all = await amfCaseworker.get('/api/participants?scope=all&limit=200');
    expect(all.body.items.map((p: { id: string }) => p.id)).toContain(theirs);
  });
});

describe('changing the record', () => {
  it('saves contact data with the version read, and answers a stale version with 409', async () => {
    const { id } = await registered('Hana', 'Ali', '1993-04-04', 7);
    const first = await amfCaseworker.send('PATCH', `/api/participants/${id}`, {
      version: 1,
      phone: '070-1112233',
      preferredLanguage: 'so',
      interpreterNeeded: true,
      protectedIdentity: false,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 2, phone: '070-1112233', preferredLanguage: 'so', interpreterNeeded: true });
    const stale = await amfCaseworker.send('PATCH', `/api/participants/${id}`, { version: 1, phone: '070-0000001' });
    expect([stale.status, stale.body.error.code, stale.body.error.details.reason]).toEqual([409, 'conflict', 'stale_version']);
    expect((await socCaseworker.send('PATCH', `/api/participants/${id}`, { version: 2, phone: '070-0000001' })).status).toBe(404);
    expect((await auditRows(id)).some((r) => r.action === 'update' && r.resource_type === 'participant')).toBe(true);
  });

  it('lets the person correct their own contact data, but not set protected identity', async () => {
    const pid = await buildParticipant(ctx.database.db, tenantId, amf);
    const me = await signIn(
      ctx.app,
      (await buildUser(ctx.database.db, tenantId, { roles: ['participant'], participantId: pid })).email,
      TEST_PASSWORD,
    );
    expect((await me.send('PATCH', `/api/participants/${pid}`, { version: 1, protectedIdentity: true })).status).toBe(400);
    const ok = await me.send('PATCH', `/api/participants/${pid}`, { version: 1, email: 'jag@example.org' });
    expect([ok.status, ok.body.email]).toEqual([200, 'jag@example.org']);
  });
});

describe('consents about to expire and their history', () => {
  it('marks a consent ending within 30 days and lists every change with who made it', async () => {
    const { id } = await registered('Nour', 'Saleh', '1986-06-06', 8);
    const today = todayInSweden();
    await buildConsent(ctx.database.db, tenantId, id, amf, 'plan', { validFrom: addDays(today, -100), validTo: addDays(today, 40) });
    const soon = await amfCaseworker.send('POST', `/api/participants/${id}/consents`, {
      organisationId: amf,
      category: 'identity',
      validFrom: today,
      validTo: addDays(today, 10),
      method: 'paper',
      documentDate: today,
    });
    expect(soon.body.consent.expiresSoon).toBe(true);
    const listed = async () =>
      (await amfCaseworker.get('/api/participants?limit=200')).body.items.find((p: { id: string }) => p.id === id).ownConsentExpiresSoon;
    expect(await listed()).toBe(true);
    await amfCaseworker.send('POST', `/api/participants/${id}/consents/${soon.body.consent.id}/withdraw`);
    const res = await amfCaseworker.get(`/api/participants/${id}/consents`);
    const byCategory = Object.fromEntries(
      res.body.items.map((c: { category: string; expiresSoon: boolean }) => [c.category, c.expiresSoon]),
    );
    expect(byCategory).toEqual({ plan: false, identity: false });
    expect(await listed()).toBe(false);
    expect(res.body.history.slice(0, 2)).toEqual([
      expect.objectContaining({ consentId: soon.body.consent.id, kind: 'withdrawn', byName: expect.any(String) }),
      expect.objectContaining({ consentId: soon.body.consent.id, kind: 'recorded_from_paper', byName: expect.any(String) }),
    ]);
    expect(res.body.history).toHaveLength(3);
  });
});
