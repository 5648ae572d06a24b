import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { testPersonalNumber } from '../../demo/numbers.ts';
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
let amf: string;
let af: string;
let soc: string;
let amfCaseworker: Session;
let afCaseworker: Session;
let socCaseworker: Session;
let amfUserId: string;

const auditRows = (participantId: string) =>
  rows<{ actor_user_id: string; category: string; action: string; grant: string; resource_type: string }>(
    ctx.database.db,
    sql`select actor_user_id, category, action, "grant", resource_type from audit_events where participant_id = ${participantId} order by seq`,
  );

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  af = await buildOrganisation(db, tenantId, 'arbetsformedlingen');
  soc = await buildOrganisation(db, tenantId, 'social_services');
  const u = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  amfUserId = u.id;
  amfCaseworker = await signIn(ctx.app, u.email, TEST_PASSWORD);
  afCaseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af })).email, TEST_PASSWORD);
  socCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc })).email,
    TEST_PASSWORD,
  );
});

describe('registering a participant', () => {
  it('normalises the personal number, starts the own organisation’s engagement and audits the creation', async () => {
    const pnr = testPersonalNumber('1988-04-12', 3);
    const res = await amfCaseworker.send('POST', '/api/participants', {
      givenName: 'Yonas',
      familyName: 'Tesfaye',
      idKind: 'personnummer',
      personalNumber: `${pnr.slice(2, 8)}-${pnr.slice(8)}`,
      preferredLanguage: 'ti',
      interpreterNeeded: true,
    });
    expect(res.status).toBe(201);
    const p = res.body.participant;
    expect(p).toMatchObject({
      name: 'Yonas Tesfaye',
      idKind: 'personnummer',
      personalNumber: `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
      birthDate: '1988-04-12',
      grant: 'own_organisation',
      version: 1,
    });
    const engagements = await amfCaseworker.get(`/api/participants/${p.id}/engagements`);
    expect(engagements.body.items).toHaveLength(1);
    expect(engagements.body.items[0]).toMatchObject({ organisationId: amf, endDate: null });
    expect((await auditRows(p.id))[0]).toMatchObject({
      actor_user_id: amfUserId,
      category: 'identity',
      action: 'create',
      grant: 'own_organisation',
    });
    const dup = await amfCaseworker.send('POST', '/api/participants', {
      givenName: 'A',
      familyName: 'B',
      idKind: 'personnummer',
      personalNumber: pnr,
    });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');
  });

  it.each([
    [{ idKind: 'personnummer', personalNumber: '198211059955' }, '/personalNumber'],
    [{ idKind: 'personnummer', personalNumber: '195705749959' }, '/idKind'],
    [{ idKind: 'reserve' }, '/birthDate'],
    [{ idKind: 'reserve', birthDate: '1990-01-01', personalNumber: '198211059954' }, '/personalNumber'],
  ])('rejects %j with a clear validation error and writes nothing', async (body, path) => {
    const before = await rows<{ n: number }>(ctx.database.db, sql`select count(*) as n from participants`);
    const res = await amfCaseworker.send('POST', '/api/participants', { givenName: 'A', familyName: 'B', ...body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details[0].path).toBe(path);
    const after = await rows<{ n: number }>(ctx.database.db, sql`select count(*) as n from participants`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('consent decides what staff see', () => {
  it('shows a participant to another organisation only with engagement and consent, and withdrawal takes effect at once', async () => {
    const db = ctx.database.db;
    const pid = await buildParticipant(db, tenantId, amf);
    await buildEngagement(db, tenantId, pid, amf, { caseworkerUserId: amfUserId });
    await buildEngagement(db, tenantId, pid, af);

    // AF works with the person but has no consent: it knows them, so it is told consent is needed.
    const denied = await afCaseworker.get(`/api/participants/${pid}`);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('consent_required');
    // Social services has no engagement: the person does not exist for it.
    expect((await socCaseworker.get(`/api/participants/${pid}`)).status).toBe(404);
    const list = await afCaseworker.get('/api/participants?limit=200');
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(pid);

    // The AMF caseworker records the person's paper consent for AF.
    const given = await amfCaseworker.send('POST', `/api/participants/${pid}/consents`, {
      organisationId: af,
      category: 'identity',
      validFrom: '2026-01-01',
      validTo: null,
      method: 'paper',
      documentDate: '2026-01-01',
    });
    expect(given.status).toBe(201);
    expect(given.body.consent).toMatchObject({ method: 'paper', status: 'active', documentDate: '2026-01-01' });
    const seen = await afCaseworker.get(`/api/participants/${pid}`);
    expect(seen.status).toBe(200);
    expect(seen.body.grant).toBe('consent');
    expect((await afCaseworker.get('/api/participants?limit=200')).body.items.map((p: { id: string }) => p.id)).toContain(pid);

    const withdrawn = await amfCaseworker.send('POST', `/api/participants/${pid}/consents/${given.body.consent.id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.consent.status).toBe('withdrawn');
    expect((await afCaseworker.get(`/api/participants/${pid}`)).status).toBe(403);
    expect((await amfCaseworker.send('POST', `/api/participants/${pid}/consents/${given.body.consent.id}/withdraw`)).status).toBe(409);

    // Every look and change is in the audit log with the grant that allowed it.
    const log = await auditRows(pid);
    expect(log.map((r) => `${r.category}:${r.action}:${r.grant}`)).toEqual([
      'consent:create:own_organisation',
      'identity:read:consent',
      'identity:read:consent',
      'consent:update:own_organisation',
    ]);
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });

  it('hides protected identity from all but the responsible caseworker and masks the number for a manager', async () => {
    const db = ctx.database.db;
    const pnr = testPersonalNumber('1979-11-02', 5);
    const pid = await buildParticipant(db, tenantId, amf, { protectedIdentity: true, personalNumber: pnr });
    await buildEngagement(db, tenantId, pid, amf, { caseworkerUserId: amfUserId });
    await buildConsent(db, tenantId, pid, amf, 'identity');
    const named = await amfCaseworker.get(`/api/participants/${pid}`);
    expect(named.body).toMatchObject({
      name: expect.stringContaining('Deltagare'),
      address: 'Testgatan 1',
      personalNumber: `${pnr.slice(0, 8)}-${pnr.slice(8)}`,
    });
    const colleague = await signIn(
      ctx.app,
      (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).email,
      TEST_PASSWORD,
    );
    const hidden = await colleague.get(`/api/participants/${pid}`);
    expect(hidden.body).toMatchObject({
      name: null,
      address: null,
      phone: null,
      personalNumber: null,
      birthDate: null,
      protectedIdentity: true,
    });
    const manager = await signIn(
      ctx.app,
      (await buildUser(db, tenantId, { roles: ['manager'], organisationId: amf })).email,
      TEST_PASSWORD,
    );
    const listed = (await manager.get('/api/participants?limit=200')).body.items.find((p: { id: string }) => p.id === pid);
    expect(listed).toMatchObject({ name: null, personalNumber: null });
  });

  it('lets the participant see their own record and give digital consent, but not someone else’s', async () => {
    const db = ctx.database.db;
    const pid = await buildParticipant(db, tenantId, amf);
    const other = await buildParticipant(db, tenantId, amf);
    const me = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: pid })).email, TEST_PASSWORD);
    expect((await me.get(`/api/participants/${pid}`)).body.grant).toBe('self');
    expect((await me.get(`/api/participants/${other}`)).status).toBe(404);
    const paper = await me.send('POST', `/api/participants/${pid}/consents`, {
      organisationId: af,
      category: 'plan',
      validFrom: '2026-01-01',
      validTo: null,
      method: 'paper',
      documentDate: '2026-01-01',
    });
    expect(paper.status).toBe(400);
    const digital = await me.send('POST', `/api/participants/${pid}/consents`, {
      organisationId: af,
      category: 'plan',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      method: 'digital',
      documentDate: null,
    });
    expect(digital.status).toBe(201);
    expect(
      (
        await me.send('POST', `/api/participants/${other}/consents`, {
          organisationId: af,
          category: 'plan',
          validFrom: '2026-01-01',
          validTo: null,
          method: 'digital',
          documentDate: null,
        })
      ).status,
    ).toBe(404);
    expect((await me.get(`/api/participants/${pid}/consents`)).body.items).toHaveLength(1);
  });

  it('searches by name among the visible participants only, with an audit row per person shown', async () => {
    const db = ctx.database.db;
    const pid = await buildParticipant(db, tenantId, amf);
    const [row] = await rows<{ given_name: string }>(db, sql`select given_name from participants where id = ${pid}`);
    const res = await amfCaseworker.get(`/api/participants?q=${encodeURIComponent(row!.given_name)}`);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([pid]);
    expect(res.body.total).toBe(1);
    expect((await afCaseworker.get(`/api/participants?q=${encodeURIComponent(row!.given_name)}`)).body.total).toBe(0);
    expect((await auditRows(pid)).filter((r) => r.action === 'read')).toHaveLength(1);
    expect((await amfCaseworker.get('/api/participants?q=%25')).status).toBe(200);
  });
});
