import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../common/roles.ts';
import { isVerb, mayAttempt } from '../../../common/verbs.ts';
import { expectedOutcome, otherTenantParams, ROUTE_SPECS, routeKey, type RouteSpec } from '../../test/authorisation-expectations.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import { callAs, fillPath, openApiPath } from '../../test/route-requests.ts';
import { buildScenario, DEMO_ROLES, MATRIX_ACTORS, type MatrixActor, type Scenario } from '../../test/scenario.ts';

// Top-level await: the route table must exist when the tests are declared, one test per route.
const ctx = await testApp();
const routes = ctx.app.kittRoutes;
const openApi = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
};

let s: Scenario;
const sessions = {} as Record<MatrixActor, Session | null>;

beforeAll(async () => {
  s = await buildScenario(ctx.database.db);
  sessions.anonymous = null;
  for (const role of DEMO_ROLES) sessions[role] = await signIn(ctx.app, s.users[role].email, TEST_PASSWORD);
});

/** The session to send with: the actor's own, or a new one for a route that ends it. */
async function sessionFor(actor: MatrixActor, spec: RouteSpec): Promise<Session | null> {
  if (actor === 'anonymous') return null;
  return spec.endsSession ? signIn(ctx.app, s.users[actor].email, TEST_PASSWORD) : sessions[actor];
}

function specOf(method: string, url: string): RouteSpec {
  const spec = ROUTE_SPECS[routeKey(method, url)];
  if (!spec) throw new Error(`${method} ${url} has no entry in server/test/authorisation-expectations.ts (ROUTE_SPECS)`);
  return spec;
}

describe('the demo roles', () => {
  it('are every role there is, so the matrix cannot miss one', () => {
    expect([...DEMO_ROLES].sort()).toEqual([...ROLES].sort());
  });
});

describe('authorisation matrix: every route × role on tenant 1 and participant P', () => {
  for (const route of routes) {
    it(`${route.method} ${route.url} (${route.policy})`, async () => {
      const spec = specOf(route.method, route.url);
      const op = openApi.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      if (op?.requestBody) expect(spec.body, `${route.method} ${route.url} takes a body: add one to ROUTE_SPECS`).toBeDefined();
      const expected: Record<string, number> = {};
      const actual: Record<string, number> = {};
      for (const actor of MATRIX_ACTORS) {
        const outcome = expectedOutcome(String(route.policy), actor);
        expect(outcome, `no expectation for ${route.policy} × ${actor}`).toBeDefined();
        expected[actor] = outcome === 'ok' ? spec.success : outcome!;
        const url = fillPath(route.url, spec.params?.(s, actor));
        const res = await callAs(ctx.app, await sessionFor(actor, spec), route.method, url, spec.body?.(s, actor));
        actual[actor] = res.status;
        if (res.status >= 400) expect(res.body?.error?.code, `${actor}: ${res.payload}`).toEqual(expect.any(String));
      }
      expect(actual).toEqual(expected);
    });
  }
});

describe('authorisation matrix: tenant 2 records, by id', () => {
  for (const route of routes) {
    if (!route.url.includes(':')) continue;
    it(`${route.method} ${route.url}: 404 for everyone allowed to try, the same refusals for the others`, async () => {
      const spec = specOf(route.method, route.url);
      const params = otherTenantParams(s, route.url);
      expect(params, `say in otherTenantParams which tenant-2 ids ${route.url} takes`).not.toBeNull();
      const expected: Record<string, number> = {};
      const actual: Record<string, number> = {};
      for (const actor of MATRIX_ACTORS) {
        const outcome = expectedOutcome(String(route.policy), actor);
        expected[actor] = outcome === 'ok' ? 404 : outcome!;
        const res = await callAs(ctx.app, await sessionFor(actor, spec), route.method, fillPath(route.url, params!), spec.body?.(s, actor));
        actual[actor] = res.status;
        if (res.status === 404) expect(res.body.error.code).toBe('not_found');
      }
      expect(actual).toEqual(expected);
    });
  }
});

const participantRoutes = () => routes.filter((r) => r.url.startsWith('/api/participants/:id'));

describe('record rules', () => {
  it('the participant account sees only its own person: 404 for another participant on every participant route', async () => {
    // Routes the participant role may not attempt at all answer 403 before any lookup (the matrix checks that).
    for (const route of participantRoutes().filter((r) => isVerb(r.policy) && mayAttempt(r.policy, ['participant']))) {
      const spec = specOf(route.method, route.url);
      const url = fillPath(route.url, { id: s.p2, consentId: s.consentP2, ...s.plan.ofP2 });
      const res = await callAs(ctx.app, sessions.participant, route.method, url, spec.body?.(s, 'participant'));
      expect([route.url, res.status, res.body?.error?.code]).toEqual([route.url, 404, 'not_found']);
    }
  });

  it('staff of an organisation without consent get consent_required where it has an engagement (but see their own engagement), not_found where it has none', async () => {
    const reads = ['/api/participants/:id', '/api/participants/:id/consents'];
    for (const who of [s.staffB.caseworker, s.staffB.manager]) {
      const session = await signIn(ctx.app, who.email, TEST_PASSWORD);
      // Its own engagement it may follow and end without consent; the other organisations' stay hidden.
      const own = await callAs(ctx.app, session, 'GET', fillPath('/api/participants/:id/engagements', { id: s.p }));
      expect(own.status).toBe(200);
      expect(own.body.items.map((e: { organisationId: string }) => e.organisationId)).toEqual([s.orgB]);
      const strangerEngagements = await callAs(ctx.app, session, 'GET', fillPath('/api/participants/:id/engagements', { id: s.p2 }));
      expect([strangerEngagements.status, strangerEngagements.body.error?.code]).toEqual([404, 'not_found']);
      for (const url of reads) {
        const engaged = await callAs(ctx.app, session, 'GET', fillPath(url, { id: s.p }));
        expect([url, engaged.status, engaged.body.error?.code]).toEqual([url, 403, 'consent_required']);
        const stranger = await callAs(ctx.app, session, 'GET', fillPath(url, { id: s.p2 }));
        expect([url, stranger.status, stranger.body.error?.code]).toEqual([url, 404, 'not_found']);
      }
      const list = await callAs(ctx.app, session, 'GET', '/api/participants');
      expect(list.status).toBe(200);
      expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(s.p);
    }
  });

  it('protected identity hides name, address and phone from a manager and a provider, not from the named caseworker', async () => {
    const url = `/api/participants/${s.pProtected}`;
    for (const role of ['manager', 'provider'] as const) {
      const res = await callAs(ctx.app, sessions[role], 'GET', url);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ protectedIdentity: true, name: null, address: null, phone: null, birthDate: null });
    }
    const named = await callAs(ctx.app, sessions.caseworker, 'GET', url);
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({
      protectedIdentity: true,
      name: expect.stringMatching(/\S/),
      address: 'Testgatan 1',
      phone: '070-0000000',
    });
  });

  it('refuses every state-changing request without the CSRF token, before any rule that could reveal a record', async () => {
    for (const route of routes.filter((r) => r.method !== 'GET' && r.policy !== 'public')) {
      const spec = specOf(route.method, route.url);
      const session = sessions.administrator!;
      const res = await ctx.app.inject({
        method: route.method as 'POST',
        url: fillPath(route.url, spec.params?.(s, 'administrator')),
        headers: { cookie: session.cookie },
        ...(spec.body ? { payload: spec.body(s, 'administrator') as object } : {}),
      });
      expect([route.url, res.statusCode, res.json().error.code]).toEqual([route.url, 403, 'csrf_failed']);
    }
  });
});
