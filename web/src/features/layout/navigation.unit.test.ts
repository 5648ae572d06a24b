import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../../common/roles.ts';
import { mayAttempt, VERBS, type Verb } from '../../../../common/verbs.ts';
import { navigationFor } from './navigation.ts';

/** What GET /api/me answers for these roles (the server computes it with the same vocabulary). */
const meFor = (roles: Role[]) => ({
  allowedVerbs: (Object.keys(VERBS) as Verb[]).filter((v) => v !== 'public' && mayAttempt(v, roles)),
  participantId: roles.includes('participant') ? 'p-1' : null,
});
const keys = (roles: Role[]) => navigationFor(meFor(roles)).map((item) => item.key);

describe('navigationFor', () => {
  it.each([
    [['caseworker'], ['start', 'participants', 'intakes', 'referrals', 'followUps', 'catalogue', 'utbildningsplikt']],
    [
      ['coordinator'],
      [
        'start',
        'participants',
        'intakes',
        'referrals',
        'followUps',
        'catalogue',
        'utbildningsplikt',
        'procurement',
        'overview',
        'goals',
        'initiatives',
        'evaluation',
        'sus',
        'forbund',
        'meetings',
        'barometer',
      ],
    ],
    [
      ['manager'],
      [
        'start',
        'participants',
        'intakes',
        'referrals',
        'catalogue',
        'utbildningsplikt',
        'procurement',
        'overview',
        'goals',
        'initiatives',
        'evaluation',
        'sus',
        'forbund',
        'meetings',
        'barometer',
      ],
    ],
    [['provider'], ['start', 'participants', 'referrals', 'followUps', 'catalogue']],
    [
      ['administrator'],
      [
        'start',
        'catalogue',
        'overview',
        'goals',
        'initiatives',
        'forbund',
        'meetings',
        'barometer',
        'users',
        'organisations',
        'retention',
        'outbox',
      ],
    ],
    [['participant'], ['start', 'myPage']],
    [
      ['analyst'],
      [
        'start',
        'catalogue',
        'utbildningsplikt',
        'procurement',
        'overview',
        'goals',
        'initiatives',
        'evaluation',
        'sus',
        'forbund',
        'meetings',
        'barometer',
      ],
    ],
    [
      ['board_member'],
      ['start', 'catalogue', 'procurement', 'overview', 'goals', 'initiatives', 'evaluation', 'sus', 'forbund', 'meetings', 'barometer'],
    ],
    [
      ['caseworker', 'administrator'],
      [
        'start',
        'participants',
        'intakes',
        'referrals',
        'followUps',
        'catalogue',
        'utbildningsplikt',
        'overview',
        'goals',
        'initiatives',
        'forbund',
        'meetings',
        'barometer',
        'users',
        'organisations',
        'retention',
        'outbox',
      ],
    ],
    [[], ['start', 'catalogue']],
  ] as [Role[], string[]][])('%j sees %j', (roles, expected) => {
    expect(keys(roles)).toEqual(expected);
  });

  it('knows every role', () => expect(ROLES.length).toBe(8));
});
