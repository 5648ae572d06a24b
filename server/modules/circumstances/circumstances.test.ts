import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../lib/audit/tables.ts';
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
let person: string;
let withoutConsent: string;
let caseworker: Session;
let provider: Session;
let self: Session;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  const asf = await buildOrganisation(db, tenantId, 'social_enterprise');
  person = await buildParticipant(db, tenantId, amf);
  withoutConsent = await buildParticipant(db, tenantId, amf);
  for (const p of [person, withoutConsent]) await buildEngagement(db, tenantId, p, amf);
  await buildEngagement(db, tenantId, person, asf);
  await buildConsent(db, tenantId, person, amf, 'intake');
  await buildConsent(db, tenantId, person, asf, 'intake');
  caseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).email, TEST_PASSWORD);
  provider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['provider'], organisationId: asf })).email, TEST_PASSWORD);
  self = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['participant'], organisationId: null, participantId: person })).email,
    TEST_PASSWORD,
  );
});

const url = (p: string) => `/api/participants/${p}/circumstances`;

describe('circumstances', () => {
  it('records one, lists it as active and audits the change as intake', async () => {
    const res = await caseworker.send('POST', url(person), { kind: 'establishment_programme', fromDate: '2025-02-01' });
    expect(res.status).toBe(201);
    expect(res.body.items).toMatchObject([{ kind: 'establishment_programme', fromDate: '2025-02-01', toDate: null, active: true }]);
    const audited = await ctx.database.db
      .select({ category: auditEvents.category, action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.resourceType, 'circumstance')));
    expect(audited).toContainEqual({ category: 'intake', action: 'create' });
  });

  it.each([
    ['an open period after an open one', { fromDate: '2026-01-01' }, 409],
    ['a closed period inside an open one', { fromDate: '2025-03-01', toDate: '2025-04-01' }, 409],
    ['a period before the open one', { fromDate: '2024-01-01', toDate: '2025-01-31' }, 201],
  ])('refuses or takes %s', async (_name, period, status) => {
    const res = await caseworker.send('POST', url(person), { kind: 'establishment_programme', ...period });
    expect(res.status).toBe(status);
    if (status === 409) expect(res.body.error.details).toEqual({ reason: 'circumstance_overlaps' });
  });

  it('refuses a reversed period (400) and keeps the records as they were', async () => {
    const before = (await caseworker.get(url(person))).body.items.length;
    const res = await caseworker.send('POST', url(person), { kind: 'social_assistance', fromDate: '2025-05-01', toDate: '2025-04-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].keyword).toBe('period_reversed');
    expect((await caseworker.get(url(person))).body.items.length).toBe(before);
  });

  it('ends one; then it is no longer active', async () => {
    const open = (await caseworker.get(url(person))).body.items.find((c: { toDate: string | null }) => c.toDate === null);
    const res = await caseworker.send('POST', `${url(person)}/${open.id}/end`, { toDate: '2025-06-30' });
    expect(res.status).toBe(200);
    expect(res.body.items.find((c: { id: string }) => c.id === open.id)).toMatchObject({ toDate: '2025-06-30', active: false });
    expect((await caseworker.send('POST', `${url(person)}/${open.id}/end`, { toDate: '2025-01-01' })).status).toBe(400);
  });

  it('lets the provider with consent and the person read, but not record', async () => {
    expect((await provider.get(url(person))).body.mayRecord).toBe(false);
    expect((await self.get(url(person))).status).toBe(200);
    expect((await provider.send('POST', url(person), { kind: 'social_assistance', fromDate: '2025-01-01' })).status).toBe(403);
  });

  it('asks for consent (403 consent_required) without intake consent, and hides other people (404)', async () => {
    const res = await caseworker.get(url(withoutConsent));
    expect([res.status, res.body.error.code]).toEqual([403, 'consent_required']);
    expect((await self.get(url(withoutConsent))).status).toBe(404);
  });
});
