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
import { newIntervention } from '../../test/offer-scenario.ts';
import { engagements } from '../participants/tables.ts';
import { referralEvents } from './tables.ts';
import { addDays } from '../../lib/working-days.ts';
import { expireReferrals } from './service.ts';

let ctx: TestContext;
let tenantId: string;
let amf: string;
let asf: string;
let person: string;
let caseworker: Session;
let provider: Session;
let stranger: Session;
let self: Session;
let cafe: string;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  asf = await buildOrganisation(db, tenantId, 'social_enterprise');
  const soc = await buildOrganisation(db, tenantId, 'social_services');
  person = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, person, amf);
  for (const c of ['identity', 'plan', 'intake'] as const) await buildConsent(db, tenantId, person, amf, c);
  // The person consented to identity for the social enterprise, not to intake.
  await buildConsent(db, tenantId, person, asf, 'identity');
  caseworker = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf })).email, TEST_PASSWORD);
  provider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['provider'], organisationId: asf })).email, TEST_PASSWORD);
  stranger = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc })).email, TEST_PASSWORD);
  self = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: person })).email, TEST_PASSWORD);
  const created = await provider.send('POST', '/api/catalogue', { ...newIntervention('Caféet'), eligibility: [{ fact: 'age', min: 18 }] });
  cafe = created.body.id;
});

const refer = (body: object) =>
  caseworker.send('POST', `/api/participants/${person}/referrals`, {
    interventionId: cafe,
    sharedCategories: ['identity'],
    send: true,
    ...body,
  });
const act = (s: Session, id: string, action: string, body: object) => s.send('POST', `/api/referrals/${id}/${action}`, body);

describe('sending', () => {
  it('refuses a category the person has not consented to for the provider, naming it', async () => {
    const res = await refer({ sharedCategories: ['identity', 'intake'] });
    expect([res.status, res.body.error.code]).toEqual([403, 'consent_required']);
    expect(res.body.error.details.missingCategories).toEqual(['intake']);
  });

  it('refuses a referral without identity, and one to the own organisation', async () => {
    expect((await refer({ sharedCategories: ['plan'] })).body.error.details[0].keyword).toBe('identity_required');
  });

  it('sends with the consented categories, records both events and an audit row', async () => {
    const res = await refer({ note: 'Vill arbeta i kök' });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('sent');
    const events = await ctx.database.db.select().from(referralEvents).where(eq(referralEvents.referralId, res.body.id));
    expect(events.map((e) => [e.fromState, e.toState])).toEqual([
      [null, 'draft'],
      ['draft', 'sent'],
    ]);
    const audited = await ctx.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.resourceType, 'referral'), eq(auditEvents.resourceId, res.body.id)));
    expect(audited).toEqual([{ action: 'create' }]);
  });
});

describe('options and names', () => {
  it('tells the sender, per category, whether the person consented to it for the provider', async () => {
    const res = await caseworker.get(`/api/participants/${person}/referral-options/${cafe}`);
    expect(res.status).toBe(200);
    const consented = Object.fromEntries(
      res.body.categories.map((c: { category: string; consented: boolean }) => [c.category, c.consented]),
    );
    expect(consented).toMatchObject({ identity: true, intake: false, plan: false, health: false });
  });

  it('shows the provider the name (identity shared and consented) and audits that it did', async () => {
    const sent = (await refer({})).body;
    const item = (await provider.get('/api/referrals/box?box=incoming')).body.items.find((i: { id: string }) => i.id === sent.id);
    expect(item.participantName).toMatch(/^Deltagare\d+ Testsson\d+$/);
    const audited = await ctx.database.db
      .select({ category: auditEvents.category })
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.participantId, person), eq(auditEvents.actorOrganisationId, asf)));
    expect(audited.map((a) => a.category)).toContain('identity');
  });
});

describe('answering', () => {
  it('lets the provider see it incoming, waitlist it, then accept it; a stale version is refused', async () => {
    const sent = (await refer({})).body;
    const box = await provider.get('/api/referrals/box?box=incoming');
    const item = box.body.items.find((i: { id: string }) => i.id === sent.id);
    expect(item).toMatchObject({ state: 'sent', actions: ['accept', 'decline', 'waitlist'] });
    const waited = await act(provider, sent.id, 'waitlist', { version: item.version });
    expect(waited.body.state).toBe('waitlisted');
    expect((await act(provider, sent.id, 'accept', { version: item.version })).status).toBe(409);
    const accepted = await act(provider, sent.id, 'accept', { version: waited.body.version });
    expect(accepted.body.state).toBe('accepted');
    // Accepting starts the provider's engagement with the person.
    const running = await ctx.database.db
      .select()
      .from(engagements)
      .where(and(eq(engagements.participantId, person), eq(engagements.organisationId, asf)));
    expect(running).toHaveLength(1);
  });

  it('needs a reason to decline, and refuses the sender’s side to the provider', async () => {
    const sent = (await refer({})).body;
    expect((await act(provider, sent.id, 'decline', { version: 1 })).body.error.details.refusal).toBe('reason_required');
    expect((await act(provider, sent.id, 'withdraw', { version: 1, reason: 'x' })).body.error.details.refusal).toBe('wrong_side');
    const declined = await act(provider, sent.id, 'decline', { version: 1, declineReason: 'no_capacity' });
    expect(declined.body.state).toBe('declined');
    expect((await act(caseworker, sent.id, 'withdraw', { version: 2, reason: 'Fel' })).body.error.details.refusal).toBe('wrong_state');
  });

  it('tells the other side in its notifications, with only the kind and the inbox', async () => {
    const sent = (await refer({})).body;
    const told = (await provider.get('/api/notifications')).body.items as { kind: string; link: string }[];
    expect(told.filter((n) => n.kind === 'referral').length).toBeGreaterThan(0);
    expect(told.every((n) => n.kind !== 'referral' || n.link === '/referrals')).toBe(true);
    await act(provider, sent.id, 'accept', { version: 1 });
    const back = (await caseworker.get('/api/notifications')).body.items as { kind: string }[];
    expect(back.some((n) => n.kind === 'referral')).toBe(true);
  });

  it('hides the referral from organisations on neither side (404)', async () => {
    const sent = (await refer({})).body;
    expect((await act(stranger, sent.id, 'withdraw', { version: 1, reason: 'x' })).status).toBe(404);
    expect((await stranger.get('/api/referrals/box?box=incoming')).body.items).toEqual([]);
  });
});

describe('the person and expiry', () => {
  it('shows the person what was sent, not drafts', async () => {
    const draft = (await refer({ send: false })).body;
    const mine = await self.get(`/api/participants/${person}/referrals`);
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).not.toContain(draft.id);
    expect(mine.body.items.length).toBeGreaterThan(0);
  });

  it('expires a sent referral the day after its last working day to answer, and only then', async () => {
    const sent = (await refer({})).body;
    const box = (await caseworker.get('/api/referrals/box?box=outgoing')).body.items.find((i: { id: string }) => i.id === sent.id);
    expect(await expireReferrals(ctx.database.db, box.answerBy)).toBe(0);
    expect(await expireReferrals(ctx.database.db, addDays(box.answerBy, 1))).toBeGreaterThanOrEqual(1);
    const after = (await caseworker.get('/api/referrals/box?box=outgoing')).body.items.find((i: { id: string }) => i.id === sent.id);
    expect(after.state).toBe('expired');
  });
});
