import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { buildThread } from '../messages/scenario-records.ts';
import { buildEngagement, buildParticipant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import { buildScenario, type Scenario } from '../../test/scenario.ts';
import { participants } from '../participants/tables.ts';
import { goals, intakeSections } from '../../db/schema.ts';
import { eq } from 'drizzle-orm';

const ctx = await testApp();
const db = ctx.database.db;
let s: Scenario;
let person: Session;
let caseworker: Session;
let coordinator: Session;
let manager: Session;
let caseworkerB: Session;
let otherCaseworkerA: Session;
/** A person whose name and goal carry markup, with an account of their own. */
let marked: { id: string; session: Session };

const exportOf = (who: Session, id: string, query = '') =>
  ctx.app.inject({ method: 'GET', url: `/api/participants/${id}/data-export${query}`, headers: { cookie: who.cookie } });

const exportAudit = (participantId: string) =>
  rows<{ category: string; grant: string; actor_organisation_id: string | null; actor_user_id: string }>(
    db,
    sql`select category, "grant", actor_organisation_id, actor_user_id from audit_events
        where participant_id = ${participantId} and resource_type = 'data_export' order by seq`,
  );

beforeAll(async () => {
  s = await buildScenario(db);
  const w = { tenantId: s.tenantId, p: s.p, orgA: s.orgA, orgB: s.orgB, authorUserId: s.users.caseworker.id };
  await buildThread(db, w, 'agencies');
  await db.insert(intakeSections).values({
    tenantId: s.tenantId,
    participantId: s.p,
    kind: 'family',
    content: { text: 'Två barn i förskoleåldern.' },
    writtenByParticipant: true,
    writtenByUserId: s.users.participant.id,
  });
  person = await signIn(ctx.app, s.users.participant.email, TEST_PASSWORD);
  caseworker = await signIn(ctx.app, s.users.caseworker.email, TEST_PASSWORD);
  coordinator = await signIn(ctx.app, s.users.coordinator.email, TEST_PASSWORD);
  manager = await signIn(ctx.app, s.users.manager.email, TEST_PASSWORD);
  caseworkerB = await signIn(ctx.app, s.staffB.caseworker.email, TEST_PASSWORD);
  const other = await buildUser(db, s.tenantId, { roles: ['caseworker'], organisationId: s.orgA });
  otherCaseworkerA = await signIn(ctx.app, other.email, TEST_PASSWORD);

  const id = await buildParticipant(db, s.tenantId, s.orgA);
  await db
    .update(participants)
    .set({ givenName: '<script>alert(1)</script>', familyName: 'O\'Brien & "Son"' })
    .where(eq(participants.id, id));
  await buildEngagement(db, s.tenantId, id, s.orgA);
  await db.insert(goals).values({
    tenantId: s.tenantId,
    participantId: id,
    text: '"><img src=x onerror=alert(2)>',
    language: 'sv',
    writtenByParticipant: true,
    writtenByUserId: s.users.participant.id,
  });
  const account = await buildUser(db, s.tenantId, { roles: ['participant'], participantId: id });
  marked = { id, session: await signIn(ctx.app, account.email, TEST_PASSWORD) };
});

describe('the participant’s own export (JSON)', () => {
  it('holds their identity, intake, plan, progression and messages, in the documented shape', async () => {
    expect((await caseworker.get(`/api/participants/${s.p}`)).status).toBe(200);
    const res = await exportOf(person, s.p);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kitt-data-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.format).toBe('kitt-data-export/1');
    expect(body.participantId).toBe(s.p);
    const [p] = await rows<{ given_name: string }>(db, sql`select given_name from participants where id = ${s.p}`);
    expect(body.identity.givenName).toBe(p!.given_name);
    expect(body.contact).toEqual({ phone: '070-0000000', email: null, address: 'Testgatan 1' });
    expect(body.accounts.map((a: { email: string }) => a.email)).toEqual([s.users.participant.email]);
    expect(body.engagements.map((e: { organisation: string }) => e.organisation).sort()).toEqual(['Organisation A', 'Organisation B']);
    expect(body.consents.length).toBeGreaterThanOrEqual(6);
    expect(body.intake.sections).toEqual([
      expect.objectContaining({
        kind: 'family',
        content: { text: 'Två barn i förskoleåldern.' },
        writtenBy: { participant: true, organisation: null },
      }),
    ]);
    expect(body.plan.goals.length).toBeGreaterThan(0);
    expect(body.plan.activities.length).toBeGreaterThan(0);
    expect(body.progression.length).toBeGreaterThan(0);
    expect(body.messages.threads.length).toBeGreaterThan(0);
    expect(body.messages.threads[0].messages[0]).toMatchObject({
      body: 'Hur går det med praktiken?',
      writtenBy: { participant: false, organisation: 'Organisation A' },
    });
    expect(body.messages.threadsBetweenOrganisations).toBe(1);
    expect(body.accessLog.at(-1)).toMatchObject({
      organisation: 'Organisation A',
      role: 'caseworker',
      category: 'identity',
      action: 'read',
    });
    expect(Object.keys(body.accessLog[0]).sort()).toEqual(['action', 'at', 'category', 'grant', 'organisation', 'resourceType', 'role']);
  });

  it('holds nothing of another participant, and names no staff member', async () => {
    const text = (await exportOf(person, s.p)).payload;
    const [p2] = await rows<{ given_name: string; family_name: string }>(
      db,
      sql`select given_name, family_name from participants where id = ${s.p2}`,
    );
    expect(text).not.toContain(s.p2);
    expect(text).not.toContain(p2!.family_name);
    expect(text).not.toContain(s.other.participant);
    expect(text).not.toContain(s.users.caseworker.id);
    expect(text).not.toContain('Test caseworker');
    expect(text).not.toContain('password');
  });

  it('is audited as one look at every category, on the grant self', async () => {
    const before = (await exportAudit(s.p)).length;
    await exportOf(person, s.p);
    const written = (await exportAudit(s.p)).slice(before);
    expect(written.map((r) => r.category).sort()).toEqual(['consent', 'health', 'identity', 'intake', 'messages', 'plan', 'progression']);
    expect(new Set(written.map((r) => r.grant))).toEqual(new Set(['self']));
  });

  it('answers 404 for another participant and for another tenant’s, 400 for an unknown format', async () => {
    for (const id of [s.p2, s.other.participant]) {
      const res = await exportOf(person, id);
      expect([res.statusCode, res.json().error.code]).toEqual([404, 'not_found']);
    }
    expect((await exportOf(person, s.p, '?format=pdf')).statusCode).toBe(400);
    expect((await exportOf(person, s.p, '?language=xx')).statusCode).toBe(400);
  });
});

describe('staff produce the export on the person’s request', () => {
  it('a caseworker and a coordinator of an organisation with consent for every category get it, audited on that consent', async () => {
    for (const [who, user] of [
      [caseworker, s.users.caseworker],
      [coordinator, s.users.coordinator],
    ] as const) {
      const before = (await exportAudit(s.p)).length;
      const res = await exportOf(who, s.p);
      expect(res.statusCode).toBe(200);
      expect(res.json().participantId).toBe(s.p);
      const written = (await exportAudit(s.p)).slice(before);
      expect(written).toHaveLength(7);
      expect(written.every((r) => r.grant === 'consent' && r.actor_organisation_id === s.orgA && r.actor_user_id === user.id)).toBe(true);
    }
  });

  it('needs consent for every category (organisation B works with P without one), and the organisation must know the person', async () => {
    const before = (await exportAudit(s.p)).length;
    const refused = await exportOf(caseworkerB, s.p);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'consent_required']);
    expect(await exportAudit(s.p)).toHaveLength(before);
    const stranger = await exportOf(caseworkerB, s.p2);
    expect([stranger.statusCode, stranger.json().error.code]).toEqual([404, 'not_found']);
    expect((await exportOf(caseworker, s.other.participant)).statusCode).toBe(404);
  });

  it('refuses a role that may not produce it, and a protected identity to a caseworker who is not the responsible one', async () => {
    expect([(await exportOf(manager, s.p)).statusCode, (await exportOf(manager, s.p)).json().error.code]).toEqual([403, 'forbidden']);
    expect((await exportOf(caseworker, s.pProtected)).statusCode).toBe(200);
    const refused = await exportOf(otherCaseworkerA, s.pProtected);
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'forbidden']);
  });
});

describe('the readable page (HTML)', () => {
  it('escapes every value: a name with a script tag and a goal with markup stay text', async () => {
    const res = await exportOf(marked.session, marked.id, '?format=html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-disposition']).toMatch(/^inline; filename="kitt-data-export-\d{4}-\d{2}-\d{2}\.html"$/);
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html = res.payload;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('O&#39;Brien &amp; &quot;Son&quot;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('is in the asked language, right to left for Arabic, Persian and Pashto', async () => {
    const page = async (language: string) => (await exportOf(person, s.p, `?format=html&language=${language}`)).payload;
    expect(await page('sv')).toMatch(/<html lang="sv" dir="ltr">/);
    expect(await page('en')).toMatch(/<html lang="en" dir="ltr">/);
    for (const language of ['ar', 'fa', 'ps']) expect(await page(language)).toMatch(new RegExp(`<html lang="${language}" dir="rtl">`));
    expect(await page('ti')).toMatch(/<html lang="ti" dir="ltr">/);
  });

  it('uses the person’s own language when none is asked for', async () => {
    await db.update(participants).set({ preferredLanguage: 'ar' }).where(eq(participants.id, marked.id));
    expect((await exportOf(marked.session, marked.id, '?format=html')).payload).toMatch(/<html lang="ar" dir="rtl">/);
  });
});
