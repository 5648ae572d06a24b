import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EndValue, StartValue } from './types.ts';
import {
  correctSituation,
  endParticipation,
  startFromReferral,
  followUpDays,
  followUps,
  participationKeys,
  personParticipations,
  recordFollowUp,
  setFollowUpDays,
  type CorrectBody,
  type FollowUpState,
  type RecordBody,
} from './api.ts';

export const usePersonParticipations = (participantId: string) =>
  useQuery({ queryKey: participationKeys.person(participantId), queryFn: () => personParticipations(participantId) });

export const useFollowUps = (state: FollowUpState) =>
  useQuery({ queryKey: participationKeys.followUps(state), queryFn: () => followUps(state) });

export function useRecordFollowUp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: RecordBody }) => recordFollowUp(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: participationKeys.all }),
  });
}

export function useCorrectSituation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: CorrectBody }) => correctSituation(id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: participationKeys.all }),
  });
}

export const useFollowUpDays = () => useQuery({ queryKey: participationKeys.settings, queryFn: followUpDays });

export function useSetFollowUpDays() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: setFollowUpDays,
    onSuccess: (data) => client.setQueryData(participationKeys.settings, data),
  });
}

/** Starting or ending changes the referral, the plan and the participations: all three are read again. */
function useLoopMutation<V>(fn: (v: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () =>
      Promise.all(['participations', 'referrals', 'participants'].map((key) => client.invalidateQueries({ queryKey: [key] }))),
  });
}

export const useStartFromReferral = () =>
  useLoopMutation(({ referralId, body }: { referralId: string; body: StartValue & { hoursPerWeek: number; version: number } }) =>
    startFromReferral(referralId, body),
  );

export const useEndParticipation = () => useLoopMutation(({ id, body }: { id: string; body: EndValue }) => endParticipation(id, body));
