import { randomUUID } from 'node:crypto';
import type { Role } from '../../common/roles.ts';
import { todayInSweden } from '../lib/dates.ts';
import { TEST_PASSWORD } from './factories.ts';
import { MATRIX_ACTORS, type MatrixActor, type Scenario } from './scenario.ts';

/**
 * The authorisation matrix, written by hand and independently of server/lib/access: who may do what to the
 * scenario's participant P and tenant 1. `ok` means the route's own success status; a number is the refusal.
 * A verb missing here fails the route-table test, so a new verb cannot ship without a decision.
 */
export type Outcome = 'ok' | 401 | 403 | 404;
export type Row = Record<MatrixActor, Outcome>;

const everyone: Row = {
  anonymous: 'ok',
  caseworker: 'ok',
  coordinator: 'ok',
  manager: 'ok',
  provider: 'ok',
  board_member: 'ok',
  analyst: 'ok',
  administrator: 'ok',
  participant: 'ok',
};
const signedIn: Row = { ...everyone, anonymous: 401 };

/** Signed-in users with one of `roles` succeed; other signed-in users get 403 forbidden, a client without a session 401. */
function only(...roles: Role[]): Row {
  return Object.fromEntries(MATRIX_ACTORS.map((a) => [a, a === 'anonymous' ? 401 : roles.includes(a) ? 'ok' : 403])) as Row;
}

export const VERB_EXPECTATIONS = {
  public: everyone,
  'session.read': signedIn,
  'session.end': signedIn,
  'organisation.list': signedIn,
  'organisation.manage': only('administrator'),
  'user.list': only('administrator'),
  'user.manage': only('administrator'),
  // An administrator, analyst or board member sees no personal data; the participant sees only themself.
  'participant.list': only('caseworker', 'coordinator', 'manager', 'provider'),
  'participant.create': only('caseworker', 'coordinator'),
  'participant.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'engagement.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'consent.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  // Consent is given by the participant (digitally) or recorded from paper by a caseworker or coordinator.
  'consent.create': only('caseworker', 'coordinator', 'participant'),
  'consent.withdraw': only('caseworker', 'coordinator', 'participant'),
} satisfies Record<string, Row>;

/** The policy verbs the matrix covers. */
export const COVERED_VERBS: readonly string[] = Object.keys(VERB_EXPECTATIONS);

export const expectedOutcome = (verb: string, actor: MatrixActor): Outcome | undefined =>
  (VERB_EXPECTATIONS as Record<string, Row>)[verb]?.[actor];

/** How the matrix calls one route: its success status, path parameters and a valid body for the actor. */
export interface RouteSpec {
  success: number;
  params?: (s: Scenario, actor: MatrixActor) => Record<string, string>;
  body?: (s: Scenario, actor: MatrixActor) => unknown;
  /** The request ends its session, so it is sent with a session of its own. */
  endsSession?: true;
}

const unique = () => randomUUID().slice(0, 8);
const accountOf = (s: Scenario, actor: MatrixActor) => (actor === 'anonymous' ? s.userSpare : s.users[actor]);

/** Every /api route, keyed `METHOD url` as in `app.kittRoutes`. A route missing here fails the matrix test. */
export const ROUTE_SPECS: Record<string, RouteSpec> = {
  'GET /api/health': { success: 200 },
  'GET /api/openapi.json': { success: 200 },
  'GET /api/docs': { success: 200 },
  'GET /api/docs/json': { success: 200 },
  'GET /api/docs/yaml': { success: 200 },
  'GET /api/docs/static/index.html': { success: 302 },
  'GET /api/docs/static/swagger-initializer.js': { success: 200 },
  'GET /api/docs/static/*': { success: 200, params: () => ({ '*': 'swagger-ui.css' }) },
  'POST /api/auth/login': { success: 200, body: (s, actor) => ({ email: accountOf(s, actor).email, password: TEST_PASSWORD }) },
  'POST /api/auth/logout': { success: 204, endsSession: true },
  'GET /api/me': { success: 200 },
  'GET /api/organisations': { success: 200 },
  'POST /api/organisations': { success: 201, body: () => ({ name: `Organisation ${unique()}`, kind: 'social_enterprise' }) },
  'PATCH /api/organisations/:id': {
    success: 200,
    params: (s) => ({ id: s.orgSpare }),
    body: () => ({ name: `Organisation C ${unique()}` }),
  },
  'GET /api/admin/users': { success: 200 },
  'POST /api/admin/users': {
    success: 201,
    body: () => ({
      email: `new-${unique()}@test.example`,
      displayName: 'Ny analytiker',
      password: TEST_PASSWORD,
      roles: ['analyst'],
      organisationId: null,
    }),
  },
  'PATCH /api/admin/users/:id': {
    success: 200,
    params: (s) => ({ id: s.userSpare.id }),
    body: () => ({ displayName: `Analytiker ${unique()}` }),
  },
  'GET /api/participants': { success: 200 },
  'POST /api/participants': {
    success: 201,
    body: () => ({ givenName: 'Ny', familyName: `Deltagare ${unique()}`, idKind: 'reserve', birthDate: '1985-05-05' }),
  },
  'GET /api/participants/:id': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/participants/:id/engagements': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/participants/:id/consents': { success: 200, params: (s) => ({ id: s.p }) },
  'POST /api/participants/:id/consents': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: (s, actor) => {
      const today = todayInSweden();
      const base = { organisationId: s.orgA, category: 'plan', validFrom: today, validTo: null };
      return actor === 'participant'
        ? { ...base, method: 'digital', documentDate: null }
        : { ...base, method: 'paper', documentDate: today };
    },
  },
  'POST /api/participants/:id/consents/:consentId/withdraw': {
    success: 200,
    params: (s, actor) => ({ id: s.p, consentId: s.withdrawable[actor === 'anonymous' ? 'caseworker' : actor] }),
  },
};

export const routeKey = (method: string, url: string) => `${method} ${url}`;

/** The same route aimed at tenant 2's records: nobody in tenant 1 may know they exist. */
export function otherTenantParams(s: Scenario, url: string): Record<string, string> | null {
  if (url.startsWith('/api/participants/:id')) return { id: s.other.participant, consentId: s.other.consent };
  if (url === '/api/organisations/:id') return { id: s.other.org };
  if (url === '/api/admin/users/:id') return { id: s.other.user.id };
  return null;
}
