import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { participantKeys } from '../participants/api.ts';
import { consentKeys, listConsents, recordConsent, withdrawConsent } from './api.ts';
import type { NewConsent } from './types.ts';

export function useConsents(participantId: string) {
  return useQuery({ queryKey: consentKeys.list(participantId), queryFn: () => listConsents(participantId) });
}

/** A consent decides what may be read about people, so every participant query is refreshed after a change. */
function useRefreshParticipants() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: participantKeys.all });
}

export function useRecordConsent(participantId: string) {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: (input: NewConsent) => recordConsent(participantId, input),
    onSuccess: refresh,
  });
}

export function useWithdrawConsent(participantId: string) {
  const refresh = useRefreshParticipants();
  return useMutation({
    mutationFn: (consentId: string) => withdrawConsent(participantId, consentId),
    onSuccess: refresh,
  });
}
