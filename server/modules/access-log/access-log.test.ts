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

let ctx: TestContext;
let tenantId: string;
let af: string;
let sfi: string;
let amf: string;
let p: string;
let q: string;
let afUser: { id: string; email: string };
let afCaseworker: Session;
let sfiCaseworker: Session;
let socCaseworker: Session;
let amfCoordinator: Session;
let person: Session;
let otherPerson: Session;

interface Entry {
  seq: number;
  at: string;
  organisationId: string | null;
  organisationName: string | null;
  role: string | null;
  category: string;
  kind: string;
  action: string;
  grant: string;
  resourceType: string;
  own: boolean;
}

const log = async (who: Session, query = '', participantId = p) => {
  const res = await who.get(`/api/participants/${participantId}/access-log${query}`);
  return res as { status: number; body: { items: Entry[]; nextCursor: string | null; organisations: { id: string; name: string }[] } };
};

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen', 'Arbetsförmedlingen');
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'SFI Sjöstad');
  const soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  // P was registered by AMF; AF works with P with consent for identity and plan; SFI works with P without consent.
  p = await buildParticipant(db, tenantId, amf);
  q = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, p, amf);
  await buildEngagement(db, tenantId, p, af);
  await buildEngagement(db, tenantId, p, sfi);
  await buildEngagement(db, tenantId, q, af);
  for (const category of ['identity', 'plan'] as const) {
    await buildConsent(db, tenantId, p, af, category);
    await buildConsent(db, tenantId, q, af, category);
  }
  afUser = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af });
  afCaseworker = await signIn(ctx.app, afUser.email, TEST_PASSWORD);
  const staff = async (organisationId: string, role: 'caseworker' | 'coordinator') =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles: [role], organisationId })).email, TEST_PASSWORD);
  sfiCaseworker = await staff(sfi, 'caseworker');
  socCaseworker = await staff(soc, 'caseworker');
  amfCoordinator = await staff(amf, 'coordinator');
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: p })).email, TEST_PASSWORD);
  otherPerson = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: q })).email, TEST_PASSWORD);

  // What happens before the person looks: AF reads P's plan and Q's plan, the person reads their own plan and gives
  // SFI a consent (a change of their own), SFI tries to read P's plan without consent (refused: no row).
  expect((await afCaseworker.get(`/api/participants/${p}/plan`)).status).toBe(200);
  expect((await afCaseworker.get(`/api/participants/${q}/plan`)).status).toBe(200);
  expect((await person.get(`/api/participants/${p}/plan`)).status).toBe(200);
  const given = await person.send('POST', `/api/participants/${p}/consents`, {
    organisationId: sfi,
    category: 'progression',
    validFrom: '2024-01-01',
    validTo: null,
    method: 'digital',
    documentDate: null,
  });
  expect(given.status).toBe(201);
  expect((await sfiCaseworker.get(`/api/participants/${p}/plan`)).status).toBe(403);
});

describe('the person’s own access log', () => {
  it('shows who read the plan, as organisation and role, on which grant, and never the user', async () => {
    const res = await log(person);
    expect(res.status).toBe(200);
    const planReads = res.body.items.filter((e) => e.resourceType === 'plan' && e.kind === 'read');
    expect(planReads).toEqual([
      expect.objectContaining({
        organisationId: af,
        organisationName: 'Arbetsförmedlingen',
        role: 'caseworker',
        category: 'plan',
        action: 'read',
        grant: 'consent',
        own: false,
      }),
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(afUser.id);
    expect(text).not.toContain('Test caseworker');
    expect(text).not.toMatch(/actorUserId|displayName|requestId/);
    // The refused attempt by SFI left no row, so it is not shown as a read.
    expect(res.body.items.some((e) => e.organisationId === sfi)).toBe(false);
  });

  it('leaves out the person’s own looks unless asked, but keeps their own changes', async () => {
    const plain = (await log(person)).body.items;
    expect(plain.some((e) => e.own && e.kind === 'read')).toBe(false);
    expect(plain).toContainEqual(expect.objectContaining({ own: true, kind: 'change', category: 'consent', grant: 'self' }));
    const all = (await log(person, '?includeOwn=true')).body.items;
    expect(all).toContainEqual(expect.objectContaining({ own: true, kind: 'read', resourceType: 'plan', organisationId: null }));
    // Earlier looks at the log itself are the person's own reads too.
    expect(all.filter((e) => e.resourceType === 'access_log').length).toBeGreaterThanOrEqual(2);
  });

  it('never shows another participant’s rows, and refuses another participant’s log as unknown', async () => {
    const [own] = await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_events where participant_id = ${p} and tenant_id = ${tenantId}`,
    );
    const all = (await log(person, '?includeOwn=true&limit=200')).body.items;
    // Exactly P's rows as they stood before this look (whose own row is written after the read).
    expect(all.length).toBe(own!.n);
    const seqsOfQ = await rows<{ seq: string }>(ctx.database.db, sql`select seq from audit_events where participant_id = ${q}`);
    expect(seqsOfQ.length).toBeGreaterThan(0);
    expect((await log(person, '', q)).status).toBe(404);
    const qRes = await log(otherPerson, '?includeOwn=true', q);
    expect(qRes.status).toBe(200);
    const qLog = qRes.body.items;
    expect(qLog.every((e) => e.organisationId === af || e.own)).toBe(true);
    expect(qLog.some((e) => e.resourceType === 'consent')).toBe(false);
  });

  it('filters by organisation, category, read or change', async () => {
    const byAf = (await log(person, `?organisationId=${af}`)).body.items;
    expect(byAf.length).toBeGreaterThan(0);
    expect(byAf.every((e) => e.organisationId === af)).toBe(true);
    const plan = (await log(person, '?category=plan&includeOwn=true')).body.items;
    expect(plan.length).toBeGreaterThanOrEqual(2);
    expect(plan.every((e) => e.category === 'plan')).toBe(true);
    const changes = (await log(person, '?kind=change&includeOwn=true')).body.items;
    expect(changes.length).toBeGreaterThan(0);
    expect(changes.every((e) => e.kind === 'change' && e.action !== 'read')).toBe(true);
    const reads = (await log(person, '?kind=read&includeOwn=true')).body.items;
    expect(reads.every((e) => e.action === 'read')).toBe(true);
    const nobody = await log(person, `?organisationId=${sfi}&category=plan`);
    expect(nobody.body.items).toEqual([]);
    expect(nobody.body.nextCursor).toBeNull();
    expect(nobody.body.organisations.map((o) => o.name)).toEqual(expect.arrayContaining(['Arbetsförmedlingen']));
    expect(nobody.body.organisations.map((o) => o.id)).not.toContain(sfi);
  });

  it('filters by Swedish calendar days', async () => {
    // 23:30 UTC on 10 March is 00:30 on 11 March in Sweden.
    await ctx.database.db.execute(
      sql`update audit_events set at = '2025-03-10T23:30:00Z'
          where participant_id = ${p} and actor_organisation_id = ${af} and resource_type = 'plan'`,
    );
    const onThe11th = (await log(person, '?from=2025-03-11&to=2025-03-11')).body.items;
    expect(onThe11th.map((e) => [e.resourceType, e.at])).toEqual([['plan', '2025-03-10T23:30:00.000Z']]);
    expect((await log(person, '?from=2025-03-10&to=2025-03-10')).body.items).toEqual([]);
    expect((await log(person, '?to=2025-03-10')).body.items).toEqual([]);
    const later = (await log(person, '?from=2025-03-12')).body.items;
    expect(later.length).toBeGreaterThan(0);
    expect(later.some((e) => e.resourceType === 'plan' && e.organisationId === af)).toBe(false);
  });

  it('pages newest first without losing or repeating a row', async () => {
    const whole = (await log(person, '?includeOwn=true&limit=200')).body.items;
    expect(whole.length).toBeGreaterThanOrEqual(5);
    const seen: Entry[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = await log(person, `?includeOwn=true&limit=2${cursor ? `&before=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor !== null && pages < 100);
    // The pages were read after `whole`, so they also hold the looks at the log made while paging.
    const seqs = seen.map((e) => e.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
    for (const e of whole) expect(seqs).toContain(e.seq);
    const times = seen.map((e) => Date.parse(e.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('refuses malformed filters with 400', async () => {
    for (const query of [
      '?before=abc',
      '?before=1-2-3',
      '?category=secrets',
      '?kind=looked',
      '?from=2025-13-01',
      '?limit=0',
      '?organisationId=x',
    ]) {
      expect((await log(person, query)).status, query).toBe(400);
    }
  });
});

describe('staff producing the log', () => {
  it('lets an organisation with identity consent or its own registration produce it, and audits that look', async () => {
    const byAf = await log(afCaseworker);
    expect(byAf.status).toBe(200);
    expect(JSON.stringify(byAf.body)).not.toContain(afUser.id);
    expect((await log(amfCoordinator)).status).toBe(200);
    const looks = await rows<{ category: string; grant: string; actor_organisation_id: string }>(
      ctx.database.db,
      sql`select category, "grant", actor_organisation_id from audit_events
          where participant_id = ${p} and resource_type = 'access_log' and actor_organisation_id is not null order by seq`,
    );
    expect(looks).toEqual([
      { category: 'identity', grant: 'consent', actor_organisation_id: af },
      { category: 'identity', grant: 'own_organisation', actor_organisation_id: amf },
    ]);
    // The person sees that AF looked at their access log.
    const seen = (await log(person, '?category=identity')).body.items;
    expect(seen).toContainEqual(
      expect.objectContaining({ organisationId: af, resourceType: 'access_log', kind: 'read', role: 'caseworker' }),
    );
  });

  it('refuses an organisation without identity consent (403) and one that does not know the person (404)', async () => {
    const sfiLook = await log(sfiCaseworker);
    expect(sfiLook.status).toBe(403);
    expect((sfiLook.body as unknown as { error: { code: string } }).error.code).toBe('consent_required');
    expect((await log(socCaseworker)).status).toBe(404);
    expect((await log(afCaseworker, '', '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
