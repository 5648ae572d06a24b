import { PERSONAL_DATA_ROLES, type Role } from './roles.ts';

/** Who may attempt a verb at all: everyone, every signed-in user, or the named roles. Record rules come after. */
export type Audience = 'anyone' | 'signed_in' | readonly Role[];

const STAFF_AND_SELF: readonly Role[] = [...PERSONAL_DATA_ROLES, 'participant'];
const RECORDERS: readonly Role[] = ['caseworker', 'coordinator', 'participant'];

/**
 * Every policy verb a route can declare. A route without a verb, or a verb missing here or in the authorisation
 * matrix test, fails the test suite: a new verb cannot ship unreviewed.
 */
export const VERBS = {
  public: 'anyone',
  'session.read': 'signed_in',
  'session.end': 'signed_in',
  'organisation.list': 'signed_in',
  'organisation.manage': ['administrator'],
  'user.list': ['administrator'],
  'user.manage': ['administrator'],
  'participant.list': PERSONAL_DATA_ROLES,
  'participant.create': ['caseworker', 'coordinator'],
  'participant.read': STAFF_AND_SELF,
  // Search before create; the person corrects their own contact data, staff also protected identity.
  'participant.search': ['caseworker', 'coordinator'],
  'participant.update': RECORDERS,
  // Start and end the own organisation's engagement, name its responsible caseworker.
  'engagement.manage': ['caseworker', 'coordinator', 'manager'],
  'engagement.read': STAFF_AND_SELF,
  'consent.read': STAFF_AND_SELF,
  'consent.create': RECORDERS,
  'consent.withdraw': RECORDERS,
  // Joint intake: the person reads it and writes their own story; caseworkers and coordinators book it; the invited
  // organisation's staff answer their invitation.
  'intake.list': ['caseworker', 'coordinator', 'manager'],
  'intake.read': STAFF_AND_SELF,
  'intake.manage': ['caseworker', 'coordinator'],
  'intake.write': RECORDERS,
  'intake.answer': ['caseworker', 'coordinator'],
  // The one plan: read by staff with consent and by the person; changed by caseworkers, coordinators and the person
  // (except the person's full time, which staff set).
  'plan.read': STAFF_AND_SELF,
  'plan.update': ['caseworker', 'coordinator'],
  'goal.write': RECORDERS,
  'activity.create': RECORDERS,
  'activity.update': RECORDERS,
  // The timeline is seen by staff and the person; entries are recorded by staff of the source organisation.
  'progression.read': STAFF_AND_SELF,
  'progression.write': ['caseworker', 'coordinator', 'provider'],
  // The week view across organisations; a warning is acknowledged (with a reason) by casework staff or the person.
  'calendar.read': STAFF_AND_SELF,
  'warning.acknowledge': RECORDERS,
  // Messages about a participant between organisations, and with the participant; category `messages`.
  'message.read': STAFF_AND_SELF,
  'message.write': STAFF_AND_SELF,
  // A thread is marked done or reopened by a participating organisation, not by the participant.
  'message.close': PERSONAL_DATA_ROLES,
  // Each caseworker's start page: what waits for them and their organisation.
  'worklist.read': PERSONAL_DATA_ROLES,
  // In-app notifications and each user's choice of what they get; the development outbox for administrators.
  'notification.read': 'signed_in',
  'notification.manage': 'signed_in',
  'outbox.read': ['administrator'],
  // Who looked at the person's data: the person, and casework staff producing it on the person's request.
  'access_log.read': ['participant', 'caseworker', 'coordinator'],
  // Everything Kitt holds about the person (GDPR art. 15); retention rules are set by administrators.
  'data_export.read': ['participant', 'caseworker', 'coordinator'],
  'retention.manage': ['administrator'],
  // The offer level. The catalogue of interventions is no personal data: every signed-in user reads and exports it;
  // an organisation's providers, coordinators and managers (and administrators) publish its own.
  'catalogue.read': 'signed_in',
  'catalogue.manage': ['provider', 'coordinator', 'manager', 'administrator'],
  'catalogue.export': 'signed_in',
  // Circumstances (in the establishment programme, receiving social assistance, utbildningsplikt…): category intake.
  'circumstance.read': STAFF_AND_SELF,
  'circumstance.write': ['caseworker', 'coordinator'],
  // Closed-loop referrals: sent (and withdrawn) by casework staff, answered and followed by the provider's staff.
  'referral.read': STAFF_AND_SELF,
  'referral.create': ['caseworker', 'coordinator'],
  'referral.respond': ['provider', 'caseworker', 'coordinator', 'manager'],
  // Participations and their follow-ups after the end, recorded by the provider's staff.
  'participation.read': STAFF_AND_SELF,
  'participation.write': ['provider', 'caseworker', 'coordinator'],
  // Process evaluation: aggregates only, with small cells suppressed.
  'evaluation.read': ['analyst', 'coordinator', 'manager', 'board_member'],
  // The municipality as procurer (contracts with employment requirements) and as customer of social enterprises.
  'procurement.read': ['coordinator', 'manager', 'analyst', 'board_member'],
  'procurement.manage': ['coordinator', 'manager'],
  // Utbildningsplikt: who is covered and enrolled (personal data, with consent) and the quality per provider.
  'utbildningsplikt.read': ['caseworker', 'coordinator', 'manager', 'analyst'],
  // The governance level: the förbund's parties, budget, initiatives. No personal data; the preparation group's
  // coordinators and managers keep it, the board, analysts and administrators read it.
  'governance.read': ['coordinator', 'manager', 'analyst', 'board_member', 'administrator'],
  'governance.manage': ['coordinator', 'manager'],
} as const satisfies Record<string, Audience>;

export type Verb = keyof typeof VERBS;

export const isVerb = (value: unknown): value is Verb => typeof value === 'string' && Object.hasOwn(VERBS, value);

/** True when a user with `roles` may attempt `verb`; `null` roles mean nobody is signed in. */
export function mayAttempt(verb: Verb, roles: readonly Role[] | null): boolean {
  const audience: Audience = VERBS[verb];
  if (audience === 'anyone') return true;
  if (roles === null) return false;
  if (audience === 'signed_in') return true;
  return roles.some((r) => audience.includes(r));
}
