import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildConsent, buildParticipant, TEST_PASSWORD } from '../../test/factories.ts';
import { hostileCases, type HostileCase } from '../../test/bad-input-cases.ts';
import { accountOf, actorOf, BAD_INPUT_USES, hostileIds } from '../../test/bad-input-routes.ts';
import { ROUTE_SPECS, routeKey } from '../../test/authorisation-expectations.ts';
import { tableDigest, TABLES } from '../../test/db-digest.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import { problemWith } from '../../test/judge-response.ts';
import { fetchOpenApi, requestSchemas, type JsonSchema } from '../../test/openapi.ts';
import { callAs, fillPath } from '../../test/route-requests.ts';
import { buildScenario, type Scenario } from '../../test/scenario.ts';

const ctx = await testApp();
const db = ctx.database.db;
const doc = await fetchOpenApi(ctx.app);
// The server's own validator, with its options (coercion included), to tell schema-invalid bodies from valid ones.
type Compile = (route: { schema: JsonSchema; method: string; url: string; httpPart: string }) => (data: unknown) => boolean;
const compile = (ctx.app as unknown as { validatorCompiler: Compile }).validatorCompiler;

let s: Scenario;
beforeAll(async () => {
  s = await buildScenario(db);
});

const counts: Record<string, number> = {};
afterAll(() => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `bad-input requests per route:\n${Object.entries(counts)
      .map(([route, n]) => `  ${String(n).padStart(5)}  ${route}`)
      .join('\n')}\n  total ${total}`,
  );
});

async function send(c: Pick<HostileCase, 'method' | 'url' | 'headers' | 'payload'>) {
  return ctx.app.inject({
    method: c.method as 'GET',
    url: c.url,
    headers: c.headers,
    ...(c.payload === undefined ? {} : { payload: c.payload }),
  });
}

describe('hostile input: every route refuses it cleanly and changes nothing', () => {
  it('digests every table of server/db/schema.ts', () => {
    expect(TABLES).toEqual(
      expect.arrayContaining([
        'participants',
        'consents',
        'engagements',
        'organisations',
        'users',
        'sessions',
        'audit_events',
        'audit_heads',
      ]),
    );
  });

  for (const route of ctx.app.kittRoutes) {
    const key = routeKey(route.method, route.url);
    it(key, async () => {
      const use = BAD_INPUT_USES[key];
      const spec = ROUTE_SPECS[key];
      expect(use, `add ${key} to BAD_INPUT_USES in server/test/bad-input-routes.ts`).toBeDefined();
      expect(spec, `add ${key} to ROUTE_SPECS in server/test/authorisation-expectations.ts`).toBeDefined();
      const account = accountOf(s, use!.as);
      const actor = actorOf(use!.as);
      const session: Session | null = account ? await signIn(ctx.app, account.email, TEST_PASSWORD) : null;
      const schemas = requestSchemas(doc, route.method, route.url);
      const validate = schemas.body ? compile({ schema: schemas.body, method: route.method, url: route.url, httpPart: 'body' }) : null;
      const cases = hostileCases({
        method: route.method,
        url: route.url,
        schemas,
        valid: { params: spec!.params?.(s, actor), body: spec!.body?.(s, actor) },
        quiet: use!.quiet?.(s) ?? null,
        bodyIsValid: validate && ((body) => validate(body)),
        ids: hostileIds(s),
        signedIn: route.policy !== 'public',
        session,
      });

      const before = await tableDigest(db);
      const failures: string[] = [];
      for (const c of cases) {
        const res = await send(c);
        const problem = problemWith(res.statusCode, res.headers['content-type'] as string | undefined, res.payload);
        if (problem) failures.push(`${c.kind} ${c.label}: ${problem}`);
        else if (c.expect === 'reject' && res.statusCode < 400) failures.push(`${c.kind} ${c.label}: accepted with ${res.statusCode}`);
      }
      const after = await tableDigest(db);
      counts[key] = cases.length;
      expect(failures.slice(0, 20), `${failures.length} of ${cases.length} failed`).toEqual([]);
      expect(after).toEqual(before);
      expect(cases.length).toBeGreaterThanOrEqual(200);

      // A well-formed request still works after the barrage.
      const ok = await callAs(ctx.app, session, route.method, fillPath(route.url, spec!.params?.(s, actor)), spec!.body?.(s, actor));
      expect(ok.status, ok.payload.slice(0, 200)).toBe(spec!.success);
    });
  }
});

describe('well-formed requests refused for business reasons change nothing', () => {
  it('refuses invalid identifiers, impossible values and broken rules, then accepts a good request', async () => {
    const cw = await signIn(ctx.app, s.users.caseworker.email, TEST_PASSWORD);
    const admin = await signIn(ctx.app, s.users.administrator.email, TEST_PASSWORD);
    const self = await signIn(ctx.app, s.users.participant.email, TEST_PASSWORD);
    await buildParticipant(db, s.tenantId, s.orgA, { personalNumber: '191212121212' });
    const withdrawn = await buildConsent(db, s.tenantId, s.p, s.orgA, 'health', { withdrawnAt: '2024-01-01T00:00:00Z' });
    const person = (extra: object) => ({
      givenName: 'Anna',
      familyName: 'Andersson',
      idKind: 'reserve',
      birthDate: '1990-01-01',
      ...extra,
    });
    const consent = (extra: object) => ({
      organisationId: s.orgA,
      category: 'plan',
      validFrom: '2024-01-01',
      validTo: null,
      method: 'paper',
      documentDate: '2024-01-01',
      ...extra,
    });
    const account = (extra: object) => ({
      email: 'edge@test.example',
      displayName: 'Kant',
      password: TEST_PASSWORD,
      roles: ['analyst'],
      organisationId: null,
      ...extra,
    });
    const edges: [Session, string, string, unknown, number, string][] = [
      [
        cw,
        'POST',
        '/api/participants',
        person({ idKind: 'personnummer', personalNumber: '19900101-0000', birthDate: undefined }),
        400,
        'validation_failed',
      ],
      [cw, 'POST', '/api/participants', person({ idKind: 'personnummer', personalNumber: '18991301-1234' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ idKind: 'personnummer', personalNumber: 'abcdefghij' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ idKind: 'samordningsnummer', personalNumber: '19121212-1212' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ idKind: 'personnummer', personalNumber: '19121272-1219' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ personalNumber: '19121212-1212' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ birthDate: undefined }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ idKind: 'personnummer', personalNumber: '191212121212' }), 409, 'conflict'],
      [cw, 'POST', '/api/participants', person({ givenName: 'An\u0000na' }), 400, 'validation_failed'],
      [cw, 'POST', '/api/participants', person({ birthDate: '0000-02-29' }), 400, 'validation_failed'],
      [admin, 'POST', '/api/organisations', { name: 'Bolaget', kind: 'supplier', orgNumber: '556000-0000' }, 400, 'validation_failed'],
      [admin, 'POST', '/api/organisations', { name: 'Bolaget', kind: 'supplier', orgNumber: '12345' }, 400, 'validation_failed'],
      [admin, 'POST', '/api/organisations', { name: 'Bolaget', kind: 'supplier', orgNumber: 'abcdefghij' }, 400, 'validation_failed'],
      [admin, 'POST', '/api/organisations', { name: 'Bol\u0000aget', kind: 'supplier' }, 400, 'validation_failed'],
      [admin, 'PATCH', `/api/organisations/${s.orgSpare}`, { orgNumber: '556016-0681' }, 400, 'validation_failed'],
      [admin, 'POST', '/api/admin/users', account({ roles: ['participant'] }), 400, 'validation_failed'],
      [admin, 'POST', '/api/admin/users', account({ roles: ['caseworker'] }), 400, 'validation_failed'],
      [admin, 'POST', '/api/admin/users', account({ organisationId: s.other.org }), 400, 'validation_failed'],
      [admin, 'POST', '/api/admin/users', account({ email: s.users.manager.email.toUpperCase() }), 409, 'conflict'],
      [admin, 'PATCH', `/api/admin/users/${s.users.administrator.id}`, { active: false }, 403, 'forbidden'],
      [admin, 'PATCH', `/api/admin/users/${s.users.administrator.id}`, { roles: ['analyst'] }, 403, 'forbidden'],
      [cw, 'POST', `/api/participants/${s.p}/consents`, consent({ method: 'digital', documentDate: null }), 400, 'validation_failed'],
      [cw, 'POST', `/api/participants/${s.p}/consents`, consent({ documentDate: null }), 400, 'validation_failed'],
      [cw, 'POST', `/api/participants/${s.p}/consents`, consent({ validTo: '2023-12-31' }), 400, 'validation_failed'],
      [cw, 'POST', `/api/participants/${s.p}/consents`, consent({ organisationId: s.other.org }), 400, 'validation_failed'],
      [cw, 'POST', `/api/participants/${s.p}/consents`, consent({ validFrom: '0000-01-01' }), 400, 'validation_failed'],
      [self, 'POST', `/api/participants/${s.p}/consents`, consent({}), 400, 'validation_failed'],
      [cw, 'POST', `/api/participants/${s.p}/consents/${withdrawn}/withdraw`, undefined, 409, 'conflict'],
      [cw, 'GET', '/api/participants?q=%00', undefined, 400, 'validation_failed'],
    ];
    const before = await tableDigest(db);
    const seen = [];
    for (const [session, method, url, body] of edges) {
      const res = await callAs(ctx.app, session, method, url, body);
      seen.push([method, url, res.status, res.body?.error?.code]);
    }
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'a\u0000@test.example', password: 'x' },
    });
    expect(seen).toEqual(edges.map(([, method, url, , status, code]) => [method, url, status, code]));
    expect([login.statusCode, login.json().error.code]).toEqual([400, 'validation_failed']);
    expect(await tableDigest(db)).toEqual(before);

    expect(
      (
        await callAs(
          ctx.app,
          cw,
          'POST',
          '/api/participants',
          person({ idKind: 'samordningsnummer', personalNumber: '19121272-1219', birthDate: undefined }),
        )
      ).status,
    ).toBe(201);
    expect(
      (await callAs(ctx.app, admin, 'POST', '/api/organisations', { name: 'Bolaget', kind: 'supplier', orgNumber: '5560160680' })).body
        .orgNumber,
    ).toBe('556016-0680');
    expect((await callAs(ctx.app, cw, 'POST', `/api/participants/${s.p}/consents`, consent({}))).status).toBe(201);
    expect((await callAs(ctx.app, cw, 'GET', '/api/participants?limit=5&offset=0&q=Deltagare')).status).toBe(200);
  });
});

describe('errors found by this harness stay fixed', () => {
  it('framework errors keep the error shape: a path parameter over 100 characters, a malformed percent-encoding', async () => {
    const cw = await signIn(ctx.app, s.users.caseworker.email, TEST_PASSWORD);
    for (const id of ['a'.repeat(101), '%zz', '%', '%E0%A4%A', '%ED%A0%80']) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/participants/${id}`, headers: { cookie: cw.cookie } });
      expect(problemWith(res.statusCode, res.headers['content-type'] as string, res.payload), id).toBeNull();
    }
  });

  it('keeps a participant account’s one role: an administrator cannot make it an analyst', async () => {
    const admin = await signIn(ctx.app, s.users.administrator.email, TEST_PASSWORD);
    const res = await callAs(ctx.app, admin, 'PATCH', `/api/admin/users/${s.users.participant.id}`, { roles: ['analyst'] });
    expect([res.status, res.body.error?.code]).toEqual([400, 'validation_failed']);
  });

  it('does not coerce JSON body types: a number for a name, a string for a flag, a scalar for a list', async () => {
    const admin = await signIn(ctx.app, s.users.administrator.email, TEST_PASSWORD);
    const org = await buildOrganisation(db, s.tenantId, 'region');
    for (const body of [{ name: 123 }, { active: 'false' }, { active: 0 }, { name: ['Ensam'] }]) {
      expect((await callAs(ctx.app, admin, 'PATCH', `/api/organisations/${org}`, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await callAs(ctx.app, admin, 'PATCH', `/api/admin/users/${s.userSpare.id}`, { roles: 'board_member' })).status).toBe(400);
  });
});
