import { describe, expect, it } from 'vitest';
import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../actor.ts';
import {
  decideRead,
  seesFullPersonalNumber,
  seesProtectedIdentity,
  type ConsentFact,
  type EngagementFact,
  type ParticipantFacts,
} from './grants.ts';
import { mayAttempt, VERBS } from './verbs.ts';

const TODAY = '2026-06-15';
const ORG = 'org-a';
const OTHER = 'org-b';
const P = 'participant-1';

const actor = (roles: Role[], extra: Partial<Actor> = {}): Actor => ({
  tenantId: 't',
  userId: 'user-1',
  organisationId: ORG,
  roles,
  participantId: null,
  requestId: 'r',
  sessionId: 's',
  ...extra,
});
const engagement = (e: Partial<EngagementFact> = {}): EngagementFact => ({
  organisationId: ORG,
  caseworkerUserId: null,
  startDate: '2026-01-01',
  endDate: null,
  ...e,
});
const consent = (c: Partial<ConsentFact> = {}): ConsentFact => ({
  organisationId: ORG,
  category: 'plan',
  validFrom: '2026-01-01',
  validTo: null,
  withdrawnAt: null,
  ...c,
});
const facts = (f: Partial<ParticipantFacts> = {}): ParticipantFacts => ({
  participantId: P,
  engagements: [],
  consents: [],
  identityWrittenByOwnOrganisation: false,
  ...f,
});

describe('decideRead: engagement and consent, or the own organisation’s record', () => {
  const cases: [string, Actor, ParticipantFacts, string, string][] = [
    [
      'engaged with active consent',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent()] }),
      'plan',
      'consent',
    ],
    [
      'consent for another category only',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ category: 'health' })] }),
      'plan',
      'consent_required',
    ],
    [
      'consent given to another organisation',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ organisationId: OTHER })] }),
      'plan',
      'consent_required',
    ],
    [
      'consent withdrawn',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ withdrawnAt: '2026-06-14T10:00:00Z' })] }),
      'plan',
      'consent_required',
    ],
    [
      'consent expired yesterday',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ validTo: '2026-06-14' })] }),
      'plan',
      'consent_required',
    ],
    [
      'consent ends today (inclusive)',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ validTo: TODAY })] }),
      'plan',
      'consent',
    ],
    [
      'consent starts tomorrow',
      actor(['caseworker']),
      facts({ engagements: [engagement()], consents: [consent({ validFrom: '2026-06-16' })] }),
      'plan',
      'consent_required',
    ],
    ['consent but no engagement', actor(['caseworker']), facts({ consents: [consent()] }), 'plan', 'unknown'],
    [
      'consent but engagement ended',
      actor(['caseworker']),
      facts({ engagements: [engagement({ endDate: '2026-06-01' })], consents: [consent()] }),
      'plan',
      'unknown',
    ],
    [
      'engagement not yet started',
      actor(['caseworker']),
      facts({ engagements: [engagement({ startDate: '2026-07-01' })], consents: [consent()] }),
      'plan',
      'unknown',
    ],
    [
      'another organisation’s engagement',
      actor(['caseworker']),
      facts({ engagements: [engagement({ organisationId: OTHER })], consents: [consent()] }),
      'plan',
      'unknown',
    ],
    [
      'identity written by own organisation, no consent',
      actor(['caseworker']),
      facts({ identityWrittenByOwnOrganisation: true }),
      'identity',
      'own_organisation',
    ],
    [
      'own organisation wrote identity, asks for plan',
      actor(['caseworker']),
      facts({ identityWrittenByOwnOrganisation: true }),
      'plan',
      'consent_required',
    ],
    [
      'provider with engagement and consent',
      actor(['provider']),
      facts({ engagements: [engagement()], consents: [consent()] }),
      'plan',
      'consent',
    ],
    [
      'manager with engagement and consent',
      actor(['manager']),
      facts({ engagements: [engagement()], consents: [consent()] }),
      'plan',
      'consent',
    ],
    [
      'analyst never sees a person',
      actor(['analyst']),
      facts({ engagements: [engagement()], consents: [consent()], identityWrittenByOwnOrganisation: true }),
      'plan',
      'unknown',
    ],
    [
      'administrator never sees a person',
      actor(['administrator']),
      facts({ engagements: [engagement()], consents: [consent()], identityWrittenByOwnOrganisation: true }),
      'identity',
      'unknown',
    ],
    [
      'board member never sees a person',
      actor(['board_member']),
      facts({ engagements: [engagement()], consents: [consent()] }),
      'plan',
      'unknown',
    ],
    [
      'staff without organisation',
      actor(['caseworker'], { organisationId: null }),
      facts({ engagements: [engagement()], consents: [consent()] }),
      'plan',
      'unknown',
    ],
    ['the participant themself', actor(['participant'], { participantId: P, organisationId: null }), facts(), 'health', 'self'],
    [
      'another participant',
      actor(['participant'], { participantId: 'someone-else', organisationId: null }),
      facts(),
      'identity',
      'unknown',
    ],
  ];
  it.each(cases)('%s', (_name, a, f, category, expected) => {
    const d = decideRead(a, f, category as never, TODAY);
    expect(d.allowed ? d.grant : d.reason).toBe(expected);
  });
});

describe('protected identity and the personal number', () => {
  const own = facts({ engagements: [engagement({ caseworkerUserId: 'user-1' })], consents: [consent({ category: 'identity' })] });
  it.each([
    ['the responsible caseworker', actor(['caseworker']), own, true],
    ['another caseworker of the organisation', actor(['caseworker'], { userId: 'user-2' }), own, false],
    ['a coordinator', actor(['coordinator']), own, true],
    ['a manager', actor(['manager']), own, false],
    ['a provider', actor(['provider']), own, false],
    ['the person', actor(['participant'], { participantId: P, organisationId: null }), own, true],
  ] as const)('%s sees protected identity: %s', (_n, a, f, expected) => {
    expect(seesProtectedIdentity(a, f, TODAY)).toBe(expected);
  });
  it.each([
    ['caseworker', ['caseworker'], true],
    ['coordinator', ['coordinator'], true],
    ['manager', ['manager'], false],
    ['provider', ['provider'], false],
  ] as const)('%s sees the whole personal number: %s', (_n, roles, expected) => {
    expect(seesFullPersonalNumber(actor([...roles]), own)).toBe(expected);
  });
});

describe('verbs', () => {
  it('lets nobody but the named roles attempt a verb, and nobody signed out but public', () => {
    for (const verb of Object.keys(VERBS) as (keyof typeof VERBS)[]) {
      expect(mayAttempt(verb, null)).toBe(verb === 'public');
    }
    expect(mayAttempt('user.manage', ['caseworker'])).toBe(false);
    expect(mayAttempt('user.manage', ['administrator'])).toBe(true);
    expect(mayAttempt('participant.read', ['administrator'])).toBe(false);
    expect(mayAttempt('participant.read', ['analyst'])).toBe(false);
  });
});
