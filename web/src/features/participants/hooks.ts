import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createParticipant, getParticipant, listEngagements, listParticipants, participantKeys, type ParticipantQuery } from './api.ts';
import type { NewParticipant } from './types.ts';

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
