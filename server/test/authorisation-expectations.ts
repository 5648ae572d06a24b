import { randomUUID } from 'node:crypto';
import type { Role } from '../../common/roles.ts';
import { todayInSweden } from '../lib/dates.ts';
import { TEST_PASSWORD } from './factories.ts';
import { GOVERNANCE_ROUTE_SPECS, governanceOtherTenantParams, governanceVerbExpectations } from './governance-expectations.ts';
import { OFFER_ROUTE_SPECS, offerOtherTenantParams, offerVerbExpectations } from './offer-expectations.ts';
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
  // Search before create is part of registering; the person corrects their own contact data; a manager may start
  // and end the organisation's engagements and name the responsible caseworker.
  'participant.search': only('caseworker', 'coordinator'),
  'participant.update': only('caseworker', 'coordinator', 'participant'),
  'engagement.manage': only('caseworker', 'coordinator', 'manager'),
  // The one plan: staff with consent and the person read it; the person writes goals and their own activities;
  // caseworkers and coordinators write for their organisation and set the person's full time (the person may not).
  'plan.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'plan.update': only('caseworker', 'coordinator'),
  'goal.write': only('caseworker', 'coordinator', 'participant'),
  'activity.create': only('caseworker', 'coordinator', 'participant'),
  'activity.update': only('caseworker', 'coordinator', 'participant'),
  // Joint intake: staff with consent and the person read it; caseworkers and coordinators book it (the person's own
  // account is refused by the service, 403); the person writes their own story; the invited organisation answers.
  'intake.list': only('caseworker', 'coordinator', 'manager'),
  'intake.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'intake.manage': only('caseworker', 'coordinator'),
  'intake.write': only('caseworker', 'coordinator', 'participant'),
  'intake.answer': only('caseworker', 'coordinator'),
  // Staff and the person see the timeline; staff who work with the person record it (a manager only reads).
  'progression.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'progression.write': only('caseworker', 'coordinator', 'provider'),
  // The week view is read like the plan; a warning is acknowledged by casework staff or by the person themself.
  'calendar.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'warning.acknowledge': only('caseworker', 'coordinator', 'participant'),
  // Messages: staff of a participating organisation (with consent) and the person read and write; a participating
  // organisation marks a thread done, the person does not.
  'message.read': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'message.write': only('caseworker', 'coordinator', 'manager', 'provider', 'participant'),
  'message.close': only('caseworker', 'coordinator', 'manager', 'provider'),
  // The access log: the person sees their own; caseworkers and coordinators produce it for a person whose identity
  // their organisation may see (P has consent for A), on the person's request.
  'access_log.read': only('caseworker', 'coordinator', 'participant'),
  // Everything Kitt holds about the person (GDPR art. 15): the person, and caseworkers and coordinators of an
  // organisation that knows the person, on the person's request (no consent needed). Retention rules: administrators.
  'data_export.read': only('caseworker', 'coordinator', 'participant'),
  'retention.manage': only('administrator'),
  // Every signed-in user reads and manages their own notifications; administrators read the e-mail outbox.
  'notification.read': signedIn,
  'notification.manage': signedIn,
  'outbox.read': only('administrator'),
  // The worklist: staff who work with people see what waits for them and their organisation (only what they may see).
  'worklist.read': only('caseworker', 'coordinator', 'manager', 'provider'),
  ...offerVerbExpectations(only, signedIn),
  ...governanceVerbExpectations(only),
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

export const unique = () => randomUUID().slice(0, 8);
const accountOf = (s: Scenario, actor: MatrixActor) => (actor === 'anonymous' ? s.userSpare : s.users[actor]);

/** A valid new activity for the actor: the person's own, or one owned by organisation A. */
const newActivity = (s: Scenario, actor: MatrixActor) => ({
  kind: actor === 'participant' ? 'own_activity' : 'job_search',
  title: `Aktivitet ${unique()}`,
  ownerOrganisationId: actor === 'participant' ? null : s.orgA,
  startDate: '2024-03-04',
  schedule: { kind: 'recurring', slots: [{ weekday: 2, start: '09:00', end: '11:30' }] },
});
export const roleOf = (actor: MatrixActor) => (actor === 'anonymous' ? 'caseworker' : actor);

/** Every /api route, keyed `METHOD url` as in `app.kittRoutes`. A route missing here fails the matrix test. */
export const ROUTE_SPECS: Record<string, RouteSpec> = {
  ...OFFER_ROUTE_SPECS,
  ...GOVERNANCE_ROUTE_SPECS,
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
  'POST /api/participants/search': {
    success: 200,
    body: () => ({ givenName: 'Ingen', familyName: 'Alls', birthDate: '1990-01-01' }),
  },
  'PATCH /api/participants/:id': {
    success: 200,
    params: (s, actor) => ({ id: actor === 'participant' ? s.p : s.editable[actor === 'anonymous' ? 'caseworker' : actor] }),
    body: () => ({ version: 1, phone: '070-1234567', interpreterNeeded: true }),
  },
  'GET /api/engagements/caseworkers': { success: 200 },
  'POST /api/engagements': {
    success: 201,
    body: (s, actor) => ({
      personalNumber: s.startable[actor === 'anonymous' ? 'caseworker' : actor].personalNumber,
      caseworkerUserId: s.users.caseworker.id,
    }),
  },
  'POST /api/engagements/:engagementId/end': {
    success: 200,
    params: (s, actor) => ({ engagementId: s.endable[actor === 'anonymous' ? 'caseworker' : actor] }),
    body: () => ({ endDate: todayInSweden() }),
  },
  'PATCH /api/engagements/:engagementId': {
    success: 200,
    params: (s) => ({ engagementId: s.engagementPA }),
    body: (s) => ({ caseworkerUserId: s.users.caseworker.id }),
  },
  'GET /api/participants/:id/plan': { success: 200, params: (s) => ({ id: s.p }) },
  // The plan as a PDF is read like the plan (and its week like the week view).
  'GET /api/participants/:id/plan.pdf': { success: 200, params: (s) => ({ id: s.p }) },
  // The coordinator sets the full time of PP, so that the two allowed roles do not race on one plan's version.
  'PATCH /api/participants/:id/plan': {
    success: 200,
    params: (s, actor) => ({ id: actor === 'coordinator' ? s.pProtected : s.p }),
    body: () => ({ fullTimeHours: 30, version: 0 }),
  },
  'POST /api/participants/:id/goals': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: () => ({ text: `Mitt mål ${unique()}`, language: 'sv' }),
  },
  'PATCH /api/participants/:id/goals/:goalId': {
    success: 200,
    params: (s, actor) => ({ id: s.p, goalId: s.plan.goals[roleOf(actor)] }),
    body: () => ({ text: `Ändrat mål ${unique()}`, version: 1 }),
  },
  'POST /api/participants/:id/activities': { success: 201, params: (s) => ({ id: s.p }), body: newActivity },
  'PATCH /api/participants/:id/activities/:activityId': {
    success: 200,
    params: (s, actor) => ({ id: s.p, activityId: s.plan.activities[roleOf(actor)] }),
    body: () => ({ title: `Ändrad ${unique()}`, version: 1 }),
  },
  'POST /api/participants/:id/activities/:activityId/transition': {
    success: 200,
    params: (s, actor) => ({ id: s.p, activityId: s.plan.movable[roleOf(actor)] }),
    body: () => ({ to: 'planned', version: 1 }),
  },
  'GET /api/participants/:id/activities/:activityId/history': {
    success: 200,
    params: (s) => ({ id: s.p, activityId: s.plan.activities.caseworker }),
  },
  'GET /api/participants/:id/progression': { success: 200, params: (s) => ({ id: s.p }) },

  'POST /api/participants/:id/progression': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: () => ({ kind: 'civic_orientation', result: 'started', startDate: '2024-02-05' }),
  },
  'PATCH /api/participants/:id/progression/:entryId': {
    success: 200,
    params: (s, actor) => ({ id: s.p, entryId: s.progressionEntries[actor === 'anonymous' ? 'caseworker' : actor] }),
    body: () => ({ version: 1, note: `Rättad ${unique()}` }),
  },
  'GET /api/participants/:id/week': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/participants/:id/access-log': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/participants/:id/data-export': { success: 200, params: (s) => ({ id: s.p }) },
  'GET /api/admin/retention/rules': { success: 200 },
  'PUT /api/admin/retention/rules': { success: 200, body: () => ({ category: 'messages', months: 24 }) },
  'GET /api/admin/retention/log': { success: 200 },
  'POST /api/participants/:id/warnings/acknowledgements': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: (s) => ({ key: s.calendarWarningKey, reason: `Avtalat med personen ${unique()}` }),
  },
  'GET /api/worklist': { success: 200 },
  'GET /api/participants/:id/messages': { success: 200, params: (s) => ({ id: s.p }) },
  'POST /api/participants/:id/messages/threads': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: (s, actor) =>
      actor === 'participant'
        ? { kind: 'with_participant', subject: `Fråga ${unique()}`, organisationIds: [s.orgA], body: 'Hej!', language: 'sv' }
        : { kind: 'agencies', subject: `Fråga ${unique()}`, organisationIds: [s.orgB], body: 'Hej!', language: 'sv', questionTo: s.orgB },
  },
  'POST /api/participants/:id/messages': {
    success: 201,
    params: (s) => ({ id: s.p }),
    body: (s) => ({ threadId: s.messages.thread, body: `Svar ${unique()}`, language: 'sv' }),
  },
  'POST /api/participants/:id/messages/read': {
    success: 200,
    params: (s) => ({ id: s.p }),
    body: (s) => ({ threadId: s.messages.thread }),
  },
  'POST /api/participants/:id/messages/done': {
    success: 200,
    params: (s) => ({ id: s.p }),
    body: (s, actor) => ({ threadId: s.messages.closable[roleOf(actor)], done: true }),
  },
  // Notifications are the user's own: every signed-in user succeeds (marking an unknown id read changes nothing).
  'GET /api/notifications': { success: 200 },
  'GET /api/notifications/unread': { success: 200 },
  'POST /api/notifications/read': { success: 200, body: () => ({ ids: [randomUUID()] }) },
  'POST /api/notifications/read-all': { success: 200 },
  'GET /api/notifications/preferences': { success: 200 },
  'PUT /api/notifications/preferences': {
    success: 200,
    body: () => ({ kinds: [{ kind: 'activity_changed', inApp: true, email: false }] }),
  },
  'PUT /api/notifications/language': { success: 200, body: () => ({ language: 'sv' }) },
  'GET /api/admin/outbox': { success: 200 },
  'GET /api/intakes': { success: 200 },
  'POST /api/intake-invitations/answer': {
    success: 200,
    body: (s) => ({ meetingId: s.intake.invitingA.meetingId, answer: 'accepted' }),
  },
  'GET /api/participants/:id/intake': { success: 200, params: (s) => ({ id: s.p }) },
  'PUT /api/participants/:id/intake': {
    success: 200,
    params: (s, actor) => ({ id: actor === 'caseworker' || actor === 'coordinator' ? s.intake.housable[actor] : s.p }),
    body: () => ({ housingDate: todayInSweden(), version: null }),
  },
  'POST /api/participants/:id/intake/meetings': {
    success: 201,
    params: (s, actor) => ({
      id: actor === 'coordinator' ? s.intake.bookable.coordinator : actor === 'caseworker' ? s.intake.bookable.caseworker : s.p,
    }),
    body: (s) => ({
      date: todayInSweden(),
      startTime: '09:00',
      endTime: '10:30',
      place: 'Rum 2',
      interpreterLanguage: 'ar',
      interpreterBooked: false,
      organisationIds: [s.orgA, s.orgB],
    }),
  },
  'POST /api/participants/:id/intake/meetings/reschedule': {
    success: 200,
    params: (s, actor) => ({ id: intakeMeetingOf(s.intake.reschedulable, actor, s.p).participantId }),
    body: (s, actor) => ({
      meetingId: intakeMeetingOf(s.intake.reschedulable, actor, s.p).meetingId,
      version: 1,
      date: todayInSweden(),
      startTime: '13:00',
      endTime: '14:30',
      place: 'Rum 3',
      interpreterLanguage: null,
      interpreterBooked: false,
    }),
  },
  'POST /api/participants/:id/intake/meetings/cancel': {
    success: 200,
    params: (s, actor) => ({ id: intakeMeetingOf(s.intake.cancellable, actor, s.p).participantId }),
    body: (s, actor) => ({ meetingId: intakeMeetingOf(s.intake.cancellable, actor, s.p).meetingId, version: 1, reason: 'Tolken är sjuk' }),
  },
  'POST /api/participants/:id/intake/meetings/held': {
    success: 200,
    params: (s, actor) => ({ id: intakeMeetingOf(s.intake.holdable, actor, s.p).participantId }),
    body: (s, actor) => ({ meetingId: intakeMeetingOf(s.intake.holdable, actor, s.p).meetingId, version: 1, heldOn: todayInSweden() }),
  },
  'PUT /api/participants/:id/intake/sections': {
    success: 200,
    params: (s) => ({ id: s.p }),
    // One section kind per role: each creates its own section (version null).
    body: (_s, actor) =>
      actor === 'coordinator'
        ? { kind: 'languages', content: { entries: [{ language: 'ar', level: 'native' }] }, version: null }
        : actor === 'participant'
          ? { kind: 'goals', content: { text: 'Jag vill arbeta som elektriker.' }, version: null }
          : { kind: 'family', content: { text: 'Två barn i förskoleåldern.' }, version: null },
  },
};

/** The intake meeting a role changes in the matrix; roles refused before any lookup use P's id and any meeting. */
function intakeMeetingOf(
  refs: Record<'caseworker' | 'coordinator', { participantId: string; meetingId: string }>,
  actor: MatrixActor,
  p: string,
) {
  return actor === 'caseworker' || actor === 'coordinator' ? refs[actor] : { participantId: p, meetingId: refs.caseworker.meetingId };
}

export const routeKey = (method: string, url: string) => `${method} ${url}`;

/** The same route aimed at tenant 2's records: nobody in tenant 1 may know they exist. */
export function otherTenantParams(s: Scenario, url: string): Record<string, string> | null {
  if (url.startsWith('/api/participants/:id'))
    return {
      id: s.other.participant,
      consentId: s.other.consent,
      ...s.plan.ofOther,
      entryId: s.other.progressionEntry,
      circumstanceId: s.offer.otherCircumstance,
      interventionId: s.offer.otherIntervention,
    };
  if (url.startsWith('/api/engagements/:engagementId')) return { engagementId: s.other.engagement };
  if (url === '/api/organisations/:id') return { id: s.other.org };
  if (url === '/api/admin/users/:id') return { id: s.other.user.id };
  return offerOtherTenantParams(s, url) ?? governanceOtherTenantParams(s, url);
}
