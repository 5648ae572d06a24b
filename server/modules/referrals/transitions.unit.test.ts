import { describe, expect, it } from 'vitest';
import { REFERRAL_STATES, type ReferralState } from '../../../common/offer.ts';
import {
  actionsFor,
  answerBy,
  checkTransition,
  isExpired,
  REFERRAL_ACTIONS,
  TRANSITIONS,
  type ReferralAction,
  type Side,
} from './transitions.ts';

describe('checkTransition', () => {
  it.each([
    ['send', 'draft', 'sender', null, null],
    ['send', 'sent', 'sender', null, 'wrong_state'],
    ['send', 'draft', 'provider', null, 'wrong_side'],
    ['accept', 'sent', 'provider', null, null],
    ['accept', 'waitlisted', 'provider', null, null],
    ['accept', 'draft', 'provider', null, 'wrong_state'],
    ['accept', 'sent', 'sender', null, 'wrong_side'],
    ['decline', 'sent', 'provider', 'Ingen plats', null],
    ['decline', 'sent', 'provider', '  ', 'reason_required'],
    ['decline', 'accepted', 'provider', 'Sent', 'wrong_state'],
    ['waitlist', 'sent', 'provider', null, null],
    ['waitlist', 'waitlisted', 'provider', null, 'wrong_state'],
    ['withdraw', 'accepted', 'sender', 'Fick jobb', null],
    ['withdraw', 'sent', 'sender', null, 'reason_required'],
    ['withdraw', 'declined', 'sender', 'x', 'wrong_state'],
    ['withdraw', 'sent', 'provider', 'x', 'wrong_side'],
    ['expire', 'sent', 'system', null, null],
    ['expire', 'waitlisted', 'system', null, 'wrong_state'],
    ['expire', 'sent', 'sender', null, 'wrong_side'],
  ] as [ReferralAction, ReferralState, Side, string | null, string | null][])(
    '%s from %s by %s (%j) → %s',
    (action, state, side, reason, expected) => {
      expect(checkTransition(action, state, side, reason)).toBe(expected);
    },
  );

  it('leaves declined, withdrawn and expired final for everyone', () => {
    for (const state of ['declined', 'withdrawn', 'expired'] as const)
      for (const side of ['sender', 'provider', 'system'] as const) expect(actionsFor(state, side)).toEqual([]);
  });

  it('names only known states', () => {
    for (const action of REFERRAL_ACTIONS)
      for (const s of [...TRANSITIONS[action].from, TRANSITIONS[action].to]) expect(REFERRAL_STATES).toContain(s);
  });
});

describe('actionsFor', () => {
  it.each([
    ['draft', 'sender', ['send', 'withdraw']],
    ['sent', 'sender', ['withdraw']],
    ['sent', 'provider', ['accept', 'decline', 'waitlist']],
    ['waitlisted', 'provider', ['accept', 'decline']],
    ['accepted', 'provider', []],
  ] as [ReferralState, Side, ReferralAction[]][])('%s for %s → %j', (state, side, expected) => {
    expect(actionsFor(state, side)).toEqual(expected);
  });
});

describe('answerBy and expiry, in working days', () => {
  it.each([
    // Sent on a Monday: ten working days later is the Monday two weeks on.
    ['2026-11-23', 10, '2026-12-07'],
    // Sent on a Friday: the weekend does not count.
    ['2026-11-27', 1, '2026-11-30'],
    // Christmas: Eve, Day, Boxing Day and the weekend do not count; New Year's Eve and Day neither.
    ['2026-12-22', 3, '2026-12-29'],
    ['2026-12-29', 2, '2027-01-04'],
    // Easter 2027: Good Friday 26 March and Easter Monday 29 March.
    ['2027-03-25', 1, '2027-03-30'],
    // Midsummer Eve 2027 is Friday 25 June.
    ['2027-06-24', 1, '2027-06-28'],
  ])('sent %s with %i working days → answer by %s', (sent, days, expected) => {
    expect(answerBy(sent, days)).toBe(expected);
  });

  it.each([
    ['sent', '2026-12-07', '2026-12-07', false],
    ['sent', '2026-12-07', '2026-12-08', true],
    ['waitlisted', '2026-12-07', '2026-12-20', false],
    ['accepted', '2026-12-07', '2026-12-20', false],
    ['sent', null, '2026-12-20', false],
  ] as [ReferralState, string | null, string, boolean][])('%s, last day %s, today %s → expired %s', (state, last, today, expected) => {
    expect(isExpired(state, last, today)).toBe(expected);
  });
});
