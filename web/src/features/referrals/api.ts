import type { DeclineReason, ReferralState } from '../../../../common/offer.ts';
import type { DataCategory } from '../../../../common/roles.ts';
import { http } from '../../lib/http.ts';

export type ReferralAction = 'send' | 'withdraw' | 'accept' | 'decline' | 'waitlist' | 'expire';

export interface PersonReferral {
  id: string;
  state: ReferralState;
  interventionId: string;
  interventionName: string;
  fromOrganisationName: string;
  toOrganisationName: string;
  sentAt: string | null;
  answerBy: string | null;
  note: string | null;
  sharedCategories: DataCategory[];
  sendWarnings: { code: string; detail?: string }[];
  declineReason: DeclineReason | null;
  version: number;
  createdAt: string;
  actions: ReferralAction[];
  /** The participation the referral started and its end reason (the outcome), once there. */
  participationId: string | null;
  outcome: string | null;
  mayRecordParticipation: boolean;
}

export interface BoxItem {
  id: string;
  participantId: string;
  participantName: string | null;
  state: ReferralState;
  interventionName: string;
  otherOrganisationName: string;
  sentAt: string | null;
  answerBy: string | null;
  sharedCategories: DataCategory[];
  version: number;
  actions: ReferralAction[];
  /** The participation the referral started and its end reason (the outcome), once there. */
  participationId: string | null;
  outcome: string | null;
  mayRecordParticipation: boolean;
}

export interface ReferralOptions {
  providerOrganisationId: string;
  ownIntervention: boolean;
  categories: { category: DataCategory; consented: boolean }[];
}

export const referralKeys = {
  all: ['referrals'] as const,
  person: (participantId: string) => ['referrals', 'person', participantId] as const,
  box: (box: 'incoming' | 'outgoing') => ['referrals', 'box', box] as const,
  options: (participantId: string, interventionId: string) => ['referrals', 'options', participantId, interventionId] as const,
};

export const personReferrals = (participantId: string) =>
  http.get<{ items: PersonReferral[]; mayRefer: boolean }>(`/api/participants/${participantId}/referrals`, 'read referrals');

export const referralBox = (box: 'incoming' | 'outgoing') =>
  http.get<{ items: BoxItem[] }>(`/api/referrals/box?box=${box}`, 'read referrals');

export const referralOptions = (participantId: string, interventionId: string) =>
  http.get<ReferralOptions>(`/api/participants/${participantId}/referral-options/${interventionId}`, 'read referral options');

export const createReferral = (
  participantId: string,
  body: { interventionId: string; sharedCategories: DataCategory[]; note: string | null; send: boolean; confirmWarnings?: boolean },
) => http.post<{ id: string; state: ReferralState }>(`/api/participants/${participantId}/referrals`, body, 'refer');

export const moveReferral = (
  id: string,
  action: Exclude<ReferralAction, 'expire'>,
  body: { version: number; reason?: string | null; declineReason?: DeclineReason; confirmWarnings?: boolean },
) => http.post<{ id: string; state: ReferralState; version: number }>(`/api/referrals/${id}/${action}`, body, 'move a referral');
