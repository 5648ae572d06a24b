import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  changeCaseworker,
  createParticipant,
  endEngagement,
  getParticipant,
  listCaseworkers,
  listEngagements,
  listParticipants,
  participantKeys,
  searchParticipants,
  startEngagement,
  updateParticipant,
  type ParticipantQuery,
} from './api.ts';
import type { EngagementStart, NewParticipant, ParticipantChange, ParticipantSearch } from './types.ts';

export function useParticipants(params: ParticipantQuery) {
  return useQuery({
    queryKey: participantKeys.list(params),
    queryFn: () => listParticipants(params),
    placeholderData: keepPreviousData,
  });
}

export function useParticipant(id: string | null | undefined) {
  return useQuery({
    queryKey: participantKeys.detail(id ?? ''),
    queryFn: () => getParticipant(id ?? ''),
    enabled: Boolean(id),
  });
}

export function useEngagements(id: string) {
  return useQuery({ queryKey: participantKeys.engagements(id), queryFn: () => listEngagements(id) });
}

export function useCaseworkers(enabled: boolean) {
  return useQuery({ queryKey: participantKeys.caseworkers, queryFn: listCaseworkers, enabled, staleTime: 60_000 });
}

export function useCreateParticipant() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewParticipant) => createParticipant(input),
    onSuccess: (participant) => {
      client.setQueryData(participantKeys.detail(participant.id), participant);
      void client.invalidateQueries({ queryKey: ['participants', 'list'] });
    },
  });
}

/** A search is a read, but sent as POST so the number stays out of the URL: a mutation, not a cached query. */
export function useSearchParticipants() {
  return useMutation({ mutationFn: (input: ParticipantSearch) => searchParticipants(input) });
}

export function useUpdateParticipant(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: ParticipantChange) => updateParticipant(id, change),
    onSuccess: (participant) => {
      client.setQueryData(participantKeys.detail(id), participant);
      void client.invalidateQueries({ queryKey: ['participants', 'list'] });
    },
  });
}

/** An engagement decides who may know a person, so every participant query is refreshed after a change. */
function useEngagementMutation<A, R>(fn: (args: A) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: participantKeys.all }) });
}

export const useStartEngagement = () => useEngagementMutation((input: EngagementStart) => startEngagement(input));
export const useEndEngagement = () =>
  useEngagementMutation(({ engagementId, endDate }: { engagementId: string; endDate: string }) => endEngagement(engagementId, endDate));
export const useChangeCaseworker = () =>
  useEngagementMutation(({ engagementId, caseworkerUserId }: { engagementId: string; caseworkerUserId: string }) =>
    changeCaseworker(engagementId, caseworkerUserId),
  );
