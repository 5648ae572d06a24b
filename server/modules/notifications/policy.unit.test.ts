import { describe, expect, it } from 'vitest';
import {
  channelsFor,
  DEFAULT_CHANNELS,
  deliveryFor,
  failureOf,
  MAX_SEND_ATTEMPTS,
  outboxState,
  recipientsOf,
  retryDelayMs,
  type Addressing,
  type Candidate,
} from './policy.ts';

const user = (userId: string, extra: Partial<Candidate> = {}): Candidate => ({
  userId,
  active: true,
  roles: ['caseworker'],
  participantId: null,
  organisationId: null,
  email: `${userId}@test.example`,
  ...extra,
});

const people = [
  user('actor', { organisationId: 'orgA' }),
  user('colleague', { organisationId: 'orgA' }),
  user('admin-of-a', { organisationId: 'orgA', roles: ['administrator'] }),
  user('analyst-of-a', { organisationId: 'orgA', roles: ['analyst'] }),
  user('left', { organisationId: 'orgA', active: false }),
  user('provider-b', { organisationId: 'orgB', roles: ['provider'] }),
  user('manager-c', { organisationId: 'orgC', roles: ['manager'] }),
  user('person', { participantId: 'p1', roles: ['participant'] }),
  user('other-person', { participantId: 'p2', roles: ['participant'] }),
];

const address = (extra: Partial<Addressing>): Addressing => ({
  userIds: [],
  organisationIds: [],
  participantId: 'p1',
  toParticipant: false,
  causedByUserId: 'actor',
  ...extra,
});

describe('recipientsOf', () => {
  it.each([
    [
      'staff of the named organisations who work with people, never the actor',
      { organisationIds: ['orgA', 'orgB'] },
      ['colleague', 'provider-b'],
    ],
    ['the participant’s own account', { toParticipant: true }, ['person']],
    ['not the participant unless asked', { organisationIds: ['orgC'] }, ['manager-c']],
    ['named users, once each', { userIds: ['colleague', 'colleague'], organisationIds: ['orgA'] }, ['colleague']],
    ['never an inactive account, even named', { userIds: ['left'] }, []],
    ['never the actor, even named', { userIds: ['actor'] }, []],
    ['the participant who caused it is not told', { toParticipant: true, causedByUserId: 'person' }, []],
    [
      'a user told by another notice of the same action is left out',
      { organisationIds: ['orgA', 'orgB'], exceptUserIds: ['colleague'] },
      ['provider-b'],
    ],
    ['nobody when nothing is named', {}, []],
    ['a named administrator is told (named users are chosen by the caller)', { userIds: ['admin-of-a'] }, ['admin-of-a']],
    ['toParticipant without a participant tells nobody', { toParticipant: true, participantId: null }, []],
  ] as [string, Partial<Addressing>, string[]][])('%s', (_name, extra, expected) => {
    expect(
      recipientsOf(address(extra), people)
        .map((c) => c.userId)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('channelsFor and deliveryFor', () => {
  it('defaults: in Kitt always; e-mail for messages, answers and invitations, not for plan changes', () => {
    expect(channelsFor([])).toEqual(DEFAULT_CHANNELS);
    expect(DEFAULT_CHANNELS.activity_changed).toEqual({ inApp: true, email: false });
    for (const kind of ['message', 'answer', 'invitation'] as const) expect(DEFAULT_CHANNELS[kind]).toEqual({ inApp: true, email: true });
  });

  it.each([
    [
      'the stored choice wins over the default',
      [{ kind: 'message', inApp: false, email: false }],
      'message',
      { inApp: false, email: false },
    ],
    [
      'e-mail for plan changes when chosen',
      [{ kind: 'activity_changed', inApp: true, email: true }],
      'activity_changed',
      { inApp: true, email: true },
    ],
    ['another kind’s choice does not apply', [{ kind: 'answer', inApp: false, email: false }], 'message', { inApp: true, email: true }],
    ['an unknown stored kind is ignored', [{ kind: 'spam', inApp: false, email: false }], 'invitation', { inApp: true, email: true }],
  ] as const)('%s', (_name, stored, kind, expected) => {
    expect(deliveryFor(kind, user('x'), channelsFor(stored))).toEqual(expected);
  });

  it('no e-mail without an address', () => {
    expect(deliveryFor('message', user('x', { email: '' }), channelsFor([]))).toEqual({ inApp: true, email: false });
  });
});

describe('sending failures', () => {
  it.each([
    [
      'a temporary SMTP refusal is retried',
      { responseCode: 451, message: 'try later for anna@example.se' },
      1,
      { code: 'smtp_451', giveUp: false },
    ],
    ['a permanent SMTP refusal is given up at once', { responseCode: 550 }, 1, { code: 'smtp_550', giveUp: true }],
    ['a connection error keeps its code', { code: 'ECONNECTION' }, 3, { code: 'ECONNECTION', giveUp: false }],
    ['the last attempt gives up', { code: 'ETIMEDOUT' }, MAX_SEND_ATTEMPTS, { code: 'ETIMEDOUT', giveUp: true }],
    ['a code that is not a plain word is not stored', { code: 'bad <anna@example.se>' }, 1, { code: 'error', giveUp: false }],
    ['anything else', new Error('anna@example.se'), 1, { code: 'error', giveUp: false }],
  ] as [string, unknown, number, object][])('%s', (_name, error, attempts, expected) => {
    expect(failureOf(error, attempts)).toEqual(expected);
  });

  it('waits longer after each attempt, at most six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000);
  });

  it.each([
    [{ sentAt: 't', failedAt: null, attempts: 1 }, 'sent'],
    [{ sentAt: null, failedAt: 't', attempts: 8 }, 'failed'],
    [{ sentAt: null, failedAt: null, attempts: 2 }, 'retrying'],
    [{ sentAt: null, failedAt: null, attempts: 0 }, 'queued'],
  ] as const)('outbox state of %j is %s', (row, state) => {
    expect(outboxState(row)).toBe(state);
  });
});
