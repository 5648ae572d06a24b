import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createReferral, moveReferral, personReferrals, referralBox, referralKeys, referralOptions } from './api.ts';

export const usePersonReferrals = (participantId: string) =>
  useQuery({ queryKey: referralKeys.person(participantId), queryFn: () => personReferrals(participantId) });

export const useReferralBox = (box: 'incoming' | 'outgoing') =>
  useQuery({ queryKey: referralKeys.box(box), queryFn: () => referralBox(box) });

export const useReferralOptions = (participantId: string, interventionId: string) =>
  useQuery({
    queryKey: referralKeys.options(participantId, interventionId),
    queryFn: () => referralOptions(participantId, interventionId),
  });

export function useCreateReferral(participantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof createReferral>[1]) => createReferral(participantId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: referralKeys.all }),
  });
}

export function useMoveReferral() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      action,
      ...body
    }: { id: string; action: Parameters<typeof moveReferral>[1] } & Parameters<typeof moveReferral>[2]) => moveReferral(id, action, body),
    onSuccess: () => client.invalidateQueries({ queryKey: referralKeys.all }),
  });
}
