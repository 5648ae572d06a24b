import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type TestContext } from '../../test/harness.ts';
import { forgetAllSessions } from './sessions.ts';

let ctx: TestContext;
let tenantId: string;
let orgId: string;

beforeAll(async () => {
  ctx = await testApp({ loginAttemptsPerWindow: 5, sessionIdleMs: 30 * 60_000 });
  tenantId = await buildTenant(ctx.database.db);
  orgId = await buildOrganisation(ctx.database.db, tenantId);
});

const login = (email: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

describe('login and sessions', () => {
  it('signs in, sets an httpOnly SameSite cookie and shows the user, organisation, tenant and CSRF token', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    const res = await login(u.email.toUpperCase(), TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kitt_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await ctx.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `kitt_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    const body = me.json();
    expect(body.user).toMatchObject({ id: u.id, email: u.email, roles: ['caseworker'] });
    expect(body.organisation.id).toBe(orgId);
    expect(body.tenant.id).toBe(tenantId);
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(body.user.passwordHash).toBeUndefined();
  });

  it('answers the same for an unknown address, a wrong password and an inactive account', async () => {
    const inactive = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId, active: false });
    const active = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    for (const [email, password] of [
      ['nobody@test.example', TEST_PASSWORD],
      [active.email, 'wrong password'],
      [inactive.email, TEST_PASSWORD],
    ]) {
      const res = await login(email!, password!);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('invalid_credentials');
    }
  });

  it('limits login attempts per address and answers 429 rate_limited', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await login(u.email, 'wrong password')).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await login(u.email, TEST_PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    // Another address from the same client is not locked out.
    const other = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    expect((await login(other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a state-changing request without the session’s CSRF token', async () => {
    const admin = await buildUser(ctx.database.db, tenantId, { roles: ['administrator'] });
    const s = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    const without = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: s.cookie },
      payload: { name: 'X', kind: 'region' },
    });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: s.cookie, 'x-csrf-token': 'x'.repeat(32) },
      payload: { name: 'X', kind: 'region' },
    });
    expect(wrong.json().error.code).toBe('csrf_failed');
    expect((await s.send('POST', '/api/organisations', { name: 'Region X', kind: 'region' })).status).toBe(201);
  });

  it('ends the session at logout', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] });
    const s = await signIn(ctx.app, u.email, TEST_PASSWORD);
    expect((await s.send('POST', '/api/auth/logout')).status).toBe(204);
    expect((await s.get('/api/me')).status).toBe(401);
  });

  it('ends a session after the idle timeout and at its expiry', async () => {
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['analyst'] });
    const idle = await signIn(ctx.app, u.email, TEST_PASSWORD);
    const expired = await signIn(ctx.app, u.email, TEST_PASSWORD);
    const idOf = (cookie: string) => cookie.split('.')[1]!;
    const hash = async (cookie: string) => (await import('node:crypto')).createHash('sha256').update(idOf(cookie)).digest('hex');
    await ctx.database.db.execute(
      sql`update sessions set last_seen_at = now() - interval '31 minutes' where id = ${await hash(idle.cookie)}`,
    );
    await ctx.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where id = ${await hash(expired.cookie)}`,
    );
    // The database changed behind this process, as another process would change it: drop the session cache.
    forgetAllSessions();
    expect((await idle.get('/api/me')).status).toBe(401);
    expect((await expired.get('/api/me')).status).toBe(401);
  });

  it('ends every session of a user an administrator deactivates', async () => {
    const admin = await buildUser(ctx.database.db, tenantId, { roles: ['administrator'] });
    const u = await buildUser(ctx.database.db, tenantId, { roles: ['caseworker'], organisationId: orgId });
    const s = await signIn(ctx.app, u.email, TEST_PASSWORD);
    const a = await signIn(ctx.app, admin.email, TEST_PASSWORD);
    expect((await a.send('PATCH', `/api/admin/users/${u.id}`, { active: false })).status).toBe(200);
    expect((await s.get('/api/me')).status).toBe(401);
    const [left] = await rows<{ n: number }>(ctx.database.db, sql`select count(*) as n from sessions where user_id = ${u.id}`);
    expect(left!.n).toBe(0);
  });
});
