import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { forgetAllSessions, SESSION_CACHE_MS } from './sessions.ts';

let ctx: TestContext;
let tenantId: string;
let orgId: string;
let admin: Session;

const sessionIdOf = (s: Session) => createHash('sha256').update(s.cookie.split('.')[1]!).digest('hex');

beforeAll(async () => {
  ctx = await testApp({ sessionIdleMs: 30 * 60_000 });
  tenantId = await buildTenant(ctx.database.db);
  orgId = await buildOrganisation(ctx.database.db, tenantId);
  admin = await signIn(ctx.app, (await buildUser(ctx.database.db, tenantId, { roles: ['administrator'] })).email, TEST_PASSWORD);
});

describe('the session cache', () => {
  it('keeps a resolved session for at most a few seconds: a change made behind this process shows once it is forgotten', async () => {
    expect(SESSION_CACHE_MS).toBeLessThanOrEqual(10_000);
    const s = await signIn(ctx.app, (await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] })).email, TEST_PASSWORD);
    await ctx.database.db.execute(sql`delete from sessions where id = ${sessionIdOf(s)}`);
    // Another process deleting the session: this process still trusts its cache within the bound …
    expect((await s.get('/api/me')).status).toBe(200);
    forgetAllSessions();
    // … and asks the database again after it.
    expect((await s.get('/api/me')).status).toBe(401);
  });

  it('takes a role change and an organisation change at once, through the administration API', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    const s = await signIn(ctx.app, u.email, TEST_PASSWORD);
    expect((await s.get('/api/participants')).status).toBe(200);
    const other = await buildOrganisation(ctx.database.db, tenantId, 'arbetsformedlingen');
    expect((await admin.send('PATCH', `/api/admin/users/${u.id}`, { organisationId: other })).status).toBe(200);
    expect((await s.get('/api/me')).body.organisation.id).toBe(other);
    expect((await admin.send('PATCH', `/api/admin/users/${u.id}`, { roles: ['analyst'], organisationId: null })).status).toBe(200);
    expect((await s.get('/api/participants')).status).toBe(403);
    expect((await s.get('/api/me')).body.user.roles).toEqual(['analyst']);
  });

  it('ends a cached session at logout and at deactivation at once', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] });
    const a = await signIn(ctx.app, u.email, TEST_PASSWORD);
    const b = await signIn(ctx.app, u.email, TEST_PASSWORD);
    expect((await a.send('POST', '/api/auth/logout')).status).toBe(204);
    expect((await a.get('/api/me')).status).toBe(401);
    expect((await b.get('/api/me')).status).toBe(200);
    expect((await admin.send('PATCH', `/api/admin/users/${u.id}`, { active: false })).status).toBe(200);
    expect((await b.get('/api/me')).status).toBe(401);
  });

  it('never keeps a session past its expiry', async () => {
    const s = await signIn(ctx.app, (await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] })).email, TEST_PASSWORD);
    await ctx.database.db.execute(sql`update sessions set expires_at = now() + interval '800 milliseconds' where id = ${sessionIdOf(s)}`);
    forgetAllSessions();
    expect((await s.get('/api/me')).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await s.get('/api/me')).status).toBe(401);
  });

  it('still writes the last use at most once a minute, so the idle timeout works', async () => {
    const s = await signIn(ctx.app, (await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] })).email, TEST_PASSWORD);
    const lastSeen = async () =>
      (
        await rows<{ age: number }>(
          ctx.database.db,
          sql`select extract(epoch from now() - last_seen_at)::float8 as age from sessions where id = ${sessionIdOf(s)}`,
        )
      )[0]!.age;
    await ctx.database.db.execute(sql`update sessions set last_seen_at = now() - interval '2 minutes' where id = ${sessionIdOf(s)}`);
    forgetAllSessions();
    expect((await s.get('/api/me')).status).toBe(200);
    expect(await lastSeen()).toBeLessThan(10);
  });
});
