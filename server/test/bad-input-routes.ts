import type { Role } from '../../common/roles.ts';
import { governanceBadInputUses } from './governance-bad-input-routes.ts';
import { offerBadInputUses } from './offer-bad-input-routes.ts';
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
  // An invalid personal number refuses the search before it looks anyone up, so nothing is matched or audited.
  'POST /api/participants/search': {
    as: 'caseworker',
    quiet: refused(() => ({ body: { personalNumber: '19900101-0000', givenName: 'Anna', familyName: 'Andersson' } }), ['personalNumber']),
  },
  'PATCH /api/participants/:id': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { version: 1, phone: '070-1234567' } })),
  },
  'GET /api/engagements/caseworkers': { as: 'caseworker', quiet: harmless },
  'POST /api/engagements': {
    as: 'caseworker',
    quiet: refused(() => ({ body: { personalNumber: '19900101-0000' } }), ['personalNumber', 'participantId']),
  },
  'POST /api/engagements/:engagementId/end': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { engagementId: s.other.engagement }, body: { endDate: '2024-01-01' } })),
  },
  'PATCH /api/engagements/:engagementId': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { engagementId: s.other.engagement }, body: { caseworkerUserId: s.users.caseworker.id } })),
  },
  // The plan: every quiet request names tenant 2's person, refused before anything is read, written or audited.
  'GET /api/participants/:id/plan': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/plan.pdf': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, query: 'language=ar&week=2026-W48' })),
  },
  'PATCH /api/participants/:id/plan': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { fullTimeHours: 30, version: 0 } })),
  },
  'POST /api/participants/:id/goals': {
    as: 'participant',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { text: 'Mitt mål', language: 'sv' } })),
  },
  'PATCH /api/participants/:id/goals/:goalId': {
    as: 'participant',
    quiet: refused((s) => ({ params: { id: s.other.participant, ...s.plan.ofOther }, body: { text: 'Nytt mål', version: 1 } })),
  },
  'POST /api/participants/:id/activities': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: {
        kind: 'sfi_course',
        title: 'SFI',
        ownerOrganisationId: s.orgA,
        startDate: '2024-01-08',
        endDate: '2024-06-14',
        schedule: { kind: 'recurring', slots: [{ weekday: 1, start: '08:30', end: '12:00' }] },
        place: 'Komvux',
      },
    })),
  },
  'PATCH /api/participants/:id/activities/:activityId': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant, ...s.plan.ofOther },
      body: { title: 'Ny titel', schedule: { kind: 'weekly_hours', hours: 10 }, agreed: true, version: 1 },
    })),
  },
  'POST /api/participants/:id/activities/:activityId/transition': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant, ...s.plan.ofOther },
      body: { to: 'cancelled', reason: 'Flyttat', version: 1 },
    })),
  },
  'GET /api/participants/:id/activities/:activityId/history': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant, ...s.plan.ofOther } })),
  },
  // A read of another tenant's person is refused before anything is read or audited.
  'GET /api/participants/:id/progression': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'POST /api/participants/:id/progression': {
    as: 'caseworker',
    quiet: refused(() => ({
      params: { id: unknownId() },
      body: { kind: 'sfi_course', sfiLevel: 'B', studyPath: 2, result: 'passed', startDate: '2024-01-08', endDate: '2024-06-14' },
    })),
  },
  'PATCH /api/participants/:id/progression/:entryId': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant, entryId: s.other.progressionEntry }, body: { version: 1, note: 'x' } })),
  },
  'GET /api/participants/:id/week': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/access-log': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/participants/:id/data-export': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'GET /api/admin/retention/rules': { as: 'administrator', quiet: harmless },
  // An audit period shorter than the data it documents is refused after validation, before anything is written.
  'PUT /api/admin/retention/rules': {
    as: 'administrator',
    quiet: refused(() => ({ body: { category: 'audit', months: 1 } }), ['category', 'months']),
  },
  'GET /api/admin/retention/log': { as: 'administrator', quiet: harmless },
  'POST /api/participants/:id/warnings/acknowledgements': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { key: s.calendarWarningKey, reason: 'Avtalat' } })),
  },
  // Messages: every quiet request names tenant 2's person, refused before anything is read, written or audited.
  // The worklist of organisation B's caseworker, who sees no participant: a read that shows and audits nothing.
  'GET /api/worklist': { as: 'caseworker_b', quiet: harmless },
  'GET /api/participants/:id/messages': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'POST /api/participants/:id/messages/threads': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: { kind: 'agencies', subject: 'Fråga', organisationIds: [s.orgB], body: 'Hej', language: 'sv', questionTo: s.orgB },
    })),
  },
  'POST /api/participants/:id/messages': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: { threadId: s.messages.thread, body: 'Svar', language: 'sv', questionTo: null, answers: null },
    })),
  },
  'POST /api/participants/:id/messages/read': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { threadId: s.messages.thread } })),
  },
  'POST /api/participants/:id/messages/done': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { threadId: s.messages.thread, done: true } })),
  },
  // Notifications: the user's own; an unknown id marks nothing read, a kind named twice is refused before writing.
  'GET /api/notifications': { as: 'participant', quiet: harmless },
  'GET /api/notifications/unread': { as: 'participant', quiet: harmless },
  'POST /api/notifications/read': { as: 'caseworker', quiet: () => ({ parts: { body: { ids: [unknownId()] } }, outcome: 'tolerate' }) },
  'POST /api/notifications/read-all': { as: 'analyst', quiet: harmless },
  'GET /api/notifications/preferences': { as: 'participant', quiet: harmless },
  'PUT /api/notifications/preferences': {
    as: 'analyst',
    quiet: refused(
      () => ({
        body: {
          kinds: [
            { kind: 'message', inApp: true, email: true },
            { kind: 'message', inApp: false, email: false },
          ],
        },
      }),
      ['kinds'],
    ),
  },
  // Every valid language is stored: only requests its parser refuses are sent.
  'PUT /api/notifications/language': { as: 'analyst', quiet: null },
  'GET /api/admin/outbox': { as: 'administrator', quiet: harmless },
  ...offerBadInputUses(harmless, refused),
  ...governanceBadInputUses(harmless, refused),
  // Organisation B's caseworker sees no joint intake and has no invitation: the overview writes no audit row.
  'GET /api/intakes': { as: 'caseworker_b', quiet: harmless },
  'POST /api/intake-invitations/answer': {
    as: 'caseworker',
    quiet: refused(() => ({ body: { meetingId: unknownId(), answer: 'accepted' } }), ['meetingId']),
  },
  'GET /api/participants/:id/intake': { as: 'caseworker', quiet: refused((s) => ({ params: { id: s.other.participant } })) },
  'PUT /api/participants/:id/intake': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { housingDate: '2026-01-05', version: null } })),
  },
  'POST /api/participants/:id/intake/meetings': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: {
        date: '2026-02-02',
        startTime: '09:00',
        endTime: '10:00',
        place: 'Rum 1',
        interpreterLanguage: 'ar',
        interpreterBooked: true,
        organisationIds: [s.orgA],
      },
    })),
  },
  'POST /api/participants/:id/intake/meetings/reschedule': {
    as: 'caseworker',
    quiet: refused((s) => ({
      params: { id: s.other.participant },
      body: {
        meetingId: unknownId(),
        version: 1,
        date: '2026-02-02',
        startTime: '09:00',
        endTime: '10:00',
        place: 'Rum 1',
        interpreterLanguage: null,
        interpreterBooked: false,
      },
    })),
  },
  'POST /api/participants/:id/intake/meetings/cancel': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { meetingId: unknownId(), version: 1, reason: 'Sjuk' } })),
  },
  'POST /api/participants/:id/intake/meetings/held': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { meetingId: unknownId(), version: 1, heldOn: '2026-02-02' } })),
  },
  'PUT /api/participants/:id/intake/sections': {
    as: 'caseworker',
    quiet: refused((s) => ({ params: { id: s.other.participant }, body: { kind: 'goals', content: { text: 'Mål' }, version: null } })),
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
