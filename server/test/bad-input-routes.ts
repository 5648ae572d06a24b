import type { Role } from '../../common/roles.ts';
import { unknownId, type Account, type MatrixActor, type Scenario } from './scenario.ts';

/** A request's parts: path parameters, the raw querystring and the JSON body. */
export interface Parts {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
}

/**
 * A request that passes schema validation and writes nothing: refused by a business rule (`reject`, e.g. a record
 * of another tenant) or a harmless read (`tolerate`). Hostile values the schema accepts are sent on it, so they
 * reach the services and the database without changing data.
 */
export interface Quiet {
  parts: Parts;
  outcome: 'reject' | 'tolerate';
  /** Body fields whose value makes the request refused; the schema-valid values of these are not tried. */
  carriers?: string[];
}

/** Who sends a route's requests: a demo role, organisation B's caseworker (who sees no participant), or nobody. */
export type Sender = Role | 'caseworker_b' | null;

export interface BadInputUse {
  /** A user allowed to use the route, so that validation is reached. */
  as: Sender;
  quiet: ((s: Scenario) => Quiet) | null;
}

export const accountOf = (s: Scenario, sender: Sender): Account | null =>
  sender === null ? null : sender === 'caseworker_b' ? s.staffB.caseworker : s.users[sender];

/** The matrix actor whose valid body and parameters the sender uses. */
export const actorOf = (sender: Sender): MatrixActor => (sender === null ? 'anonymous' : sender === 'caseworker_b' ? 'caseworker' : sender);

const harmless: BadInputUse['quiet'] = () => ({ parts: {}, outcome: 'tolerate' });
const refused =
  (parts: (s: Scenario) => Parts, carriers?: string[]): BadInputUse['quiet'] =>
  (s) => ({ parts: parts(s), outcome: 'reject', carriers });

/** Every /api route's sender and quiet request for the bad-input test; a route missing here fails that test. */
export const BAD_INPUT_USES: Record<string, BadInputUse> = {
  'GET /api/health': { as: null, quiet: harmless },
  'GET /api/openapi.json': { as: null, quiet: harmless },
  'GET /api/docs': { as: null, quiet: harmless },
  'GET /api/docs/json': { as: null, quiet: harmless },
  'GET /api/docs/yaml': { as: null, quiet: harmless },
  'GET /api/docs/static/index.html': { as: null, quiet: harmless },
  'GET /api/docs/static/swagger-initializer.js': { as: null, quiet: harmless },
  'GET /api/docs/static/*': { as: null, quiet: () => ({ parts: { params: { '*': 'swagger-ui.css' } }, outcome: 'tolerate' }) },
  'POST /api/auth/login': { as: null, quiet: refused((s) => ({ body: { email: s.userSpare.email, password: 'not the password' } })) },
  // Logout has no input to refuse: only requests its parser refuses are sent.
  'POST /api/auth/logout': { as: 'analyst', quiet: null },
  'GET /api/me': { as: 'analyst', quiet: harmless },
  'GET /api/organisations': { as: 'analyst', quiet: harmless },
  'POST /api/organisations': {
    as: 'administrator',
    quiet: refused(() => ({ body: { name: 'Bolaget', kind: 'supplier', orgNumber: '556000-0000' } }), ['orgNumber']),
  },
  'PATCH /api/organisations/:id': {
    as: 'administrator',
    quiet: refused((s) => ({ params: { id: s.other.org }, body: { name: 'Annat namn' } })),
  },
  'GET /api/admin/users': { as: 'administrator', quiet: harmless },
  'POST /api/admin/users': {
    as: 'administrator',
    // The address is taken: refused after validation, in the transaction.
    quiet: refused(
      (s) => ({
        body: {
          email: s.users.analyst.email,
          displayName: 'Dubblett',
          password: 'long enough password',
          roles: ['analyst'],
          organisationId: null,
        },
      }),
      ['email'],
    ),
  },
  'PATCH /api/admin/users/:id': {
    as: 'administrator',
    quiet: refused((s) => ({ params: { id: s.other.user.id }, body: { displayName: 'Annat namn' } })),
  },
  // Organisation B's caseworker may list participants but sees nobody, so a list read writes no audit row.
  'GET /api/participants': { as: 'caseworker_b', quiet: harmless },
  'POST /api/participants': {
    as: 'caseworker',
    quiet: refused(
      () => ({ body: { givenName: 'Anna', familyName: 'Andersson', idKind: 'personnummer', personalNumber: '19900101-0000' } }),
      ['idKind', 'personalNumber'],
    ),
  },
  'GET /api/participants/:id': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/engagements': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/consents': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'POST /api/participants/:id/consents': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: unknownId() },
      body: {
        organisationId: s.orgA,
        category: 'plan',
        validFrom: '2024-01-01',
        validTo: null,
        method: 'paper',
        documentDate: '2024-01-01',
      },
    })),
  },
  'POST /api/participants/:id/consents/:consentId/withdraw': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant, consentId: s.other.consent } })),
  },
};

/** Path values that name nothing the sender may touch, in the right format or not. */
export function hostileIds(s: Scenario): string[] {
  const id = unknownId();
  return [
    'not-a-uuid',
    id.toUpperCase(),
    id.replace(/-/g, ''),
    `{${id}}`,
    `urn:uuid:${id}`,
    ` ${id}`,
    `${id} `,
    `${id}\u0000`,
    `${id.slice(0, -1)}g`,
    `${id}/..`,
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '-1',
    '0',
    'null',
    '..',
    '.',
    '%2e%2e',
    s.other.participant,
    s.other.org,
    s.other.user.id,
    s.other.consent,
    s.other.tenantId,
    s.tenantId,
  ];
}
