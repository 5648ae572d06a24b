import type { Gender } from '../../../../common/offer.ts';
import { http } from '../../lib/http.ts';
import type { EndValue, SituationValue, StartValue } from './types.ts';

export type FollowUpState = 'upcoming' | 'due' | 'missed' | 'recorded';

export interface FollowUp {
  id: string;
  daysAfterEnd: number;
  dueDate: string;
  state: FollowUpState;
  recordedAt: string | null;
  notReachable: boolean;
  situation: SituationValue | null;
  version: number;
}

export interface Participation {
  id: string;
  interventionId: string;
  interventionName: string;
  interventionKind: string;
  organisationId: string;
  organisationName: string;
  referralId: string | null;
  startDate: string;
  endDate: string | null;
  gender: Gender;
  ageAtStart: number | null;
  timeInSupport: string;
  educationLevel: string;
  start: SituationValue;
  endReason: string | null;
  end: SituationValue | null;
  followUps: FollowUp[];
  mayWrite: boolean;
  version: number;
}

export interface FollowUpListItem extends FollowUp {
  participationId: string;
  participantId: string;
  participantName: string | null;
  interventionName: string;
  endDate: string;
  endReason: string | null;
}

export interface FollowUpList {
  items: FollowUpListItem[];
  counts: Record<FollowUpState, number>;
  missedByIntervention: { interventionId: string; interventionName: string; missed: number }[];
}

export type RecordBody = { notReachable: true; version: number } | { notReachable: false; situation: SituationValue; version: number };

export interface CorrectBody {
  at: 'start' | 'end';
  situation: SituationValue;
  timeInSupport?: string;
  educationLevel?: string;
  endReason?: string;
  version: number;
}

export const participationKeys = {
  all: ['participations'] as const,
  person: (participantId: string) => ['participations', 'person', participantId] as const,
  followUps: (state: FollowUpState) => ['participations', 'follow-ups', state] as const,
  settings: ['participations', 'follow-up-days'] as const,
};

export const personParticipations = (participantId: string) =>
  http.get<{ items: Participation[] }>(`/api/participants/${participantId}/participations`, 'read participations');

export const correctSituation = (id: string, body: CorrectBody) =>
  http.put<{ id: string; version: number }>(`/api/participations/${id}/situation`, body, 'correct a situation');

export const followUps = (state: FollowUpState) => http.get<FollowUpList>(`/api/follow-ups?state=${state}`, 'read follow-ups');

export const recordFollowUp = (id: string, body: RecordBody) => http.post<FollowUp>(`/api/follow-ups/${id}`, body, 'record a follow-up');

export const followUpDays = () => http.get<{ days: number[] }>('/api/settings/follow-up-days', 'read follow-up days');

export const setFollowUpDays = (days: number[]) =>
  http.put<{ days: number[] }>('/api/settings/follow-up-days', { days }, 'set follow-up days');

/** The provider starts the person in an accepted referral's intervention: a participation and a plan activity. */
export const startFromReferral = (referralId: string, body: StartValue & { hoursPerWeek: number; version: number }) =>
  http.post<{ id: string; version: number; activityId: string }>(
    `/api/referrals/${referralId}/participation`,
    body,
    'start a participation',
  );

/** The provider ends a participation with the reason and the situation at end; its referral ends too. */
export const endParticipation = (id: string, body: EndValue) =>
  http.post<{ id: string; version: number; followUpIds: string[] }>(`/api/participations/${id}/end`, body, 'end a participation');
