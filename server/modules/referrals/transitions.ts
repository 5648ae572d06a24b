import type { ReferralState } from '../../../common/offer.ts';
import { addWorkingDays } from '../../lib/working-days.ts';

/** Who moves a referral: the referring organisation, the provider (the intervention's organisation), or Kitt. */
export type Side = 'sender' | 'provider' | 'system';

export const REFERRAL_ACTIONS = ['send', 'withdraw', 'accept', 'decline', 'waitlist', 'expire'] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

interface Transition {
  from: readonly ReferralState[];
  to: ReferralState;
  side: Side;
  /** A reason must be given (declining, withdrawing). */
  needsReason: boolean;
}

/**
 * The referral's life: draft → sent → accepted | declined | waitlisted; waitlisted → accepted | declined; the sender
 * withdraws while it is open; Kitt expires a sent referral nobody answered in time. Start and end follow from the
 * participation. Declined, withdrawn and expired are final.
 */
export const TRANSITIONS: Record<ReferralAction, Transition> = {
  send: { from: ['draft'], to: 'sent', side: 'sender', needsReason: false },
  withdraw: { from: ['draft', 'sent', 'accepted', 'waitlisted'], to: 'withdrawn', side: 'sender', needsReason: true },
  accept: { from: ['sent', 'waitlisted'], to: 'accepted', side: 'provider', needsReason: false },
  decline: { from: ['sent', 'waitlisted'], to: 'declined', side: 'provider', needsReason: true },
  waitlist: { from: ['sent'], to: 'waitlisted', side: 'provider', needsReason: false },
  expire: { from: ['sent'], to: 'expired', side: 'system', needsReason: false },
};

export type TransitionRefusal = 'wrong_side' | 'wrong_state' | 'reason_required';

/** Whether `side` may take `action` on a referral in `state`; the refusal says why not. */
export function checkTransition(action: ReferralAction, state: ReferralState, side: Side, reason: string | null): TransitionRefusal | null {
  const t = TRANSITIONS[action];
  if (t.side !== side) return 'wrong_side';
  if (!t.from.includes(state)) return 'wrong_state';
  if (t.needsReason && (reason === null || reason.trim() === '')) return 'reason_required';
  return null;
}

/** The actions open to one side on a referral in `state`, for the UI's buttons. */
export const actionsFor = (state: ReferralState, side: Side): ReferralAction[] =>
  REFERRAL_ACTIONS.filter((a) => TRANSITIONS[a].side === side && TRANSITIONS[a].from.includes(state));

/** Working days a provider has to answer a referral before Kitt marks it expired. */
export const ANSWER_WORKING_DAYS_DEFAULT = 10;

/** The last day the provider has to answer: `workingDays` working days after the day it was sent. */
export const answerBy = (sentOn: string, workingDays: number) => addWorkingDays(sentOn, workingDays);

/** A sent referral expires the day after its last day to answer. */
export const isExpired = (state: ReferralState, lastDay: string | null, today: string) =>
  state === 'sent' && lastDay !== null && today > lastDay;
