import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  correctSituation,
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
