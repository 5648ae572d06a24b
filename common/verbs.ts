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
  'engagement.read': STAFF_AND_SELF,
  'consent.read': STAFF_AND_SELF,
  'consent.create': RECORDERS,
  'consent.withdraw': RECORDERS,
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
