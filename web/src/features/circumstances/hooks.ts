import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CircumstanceKind } from '../../../../common/offer.ts';
import { circumstanceKeys, endCircumstance, listCircumstances, recordCircumstance, type CircumstanceList } from './api.ts';

export function useCircumstances(participantId: string) {
  return useQuery({ queryKey: circumstanceKeys.of(participantId), queryFn: () => listCircumstances(participantId) });
}

export function useRecordCircumstance(participantId: string) {
  const client = useQueryClient();
  const done = (list: CircumstanceList) => {
    client.setQueryData(circumstanceKeys.of(participantId), list);
    // Eligibility in the catalogue reads these facts, and utbildningsplikt lists who is covered.
    void client.invalidateQueries({ queryKey: ['catalogue'] });
    void client.invalidateQueries({ queryKey: ['utbildningsplikt'] });
  };
  return {
    record: useMutation({
      mutationFn: (body: { kind: CircumstanceKind; fromDate: string; toDate: string | null }) => recordCircumstance(participantId, body),
      onSuccess: done,
    }),
    end: useMutation({
      mutationFn: ({ id, toDate }: { id: string; toDate: string }) => endCircumstance(participantId, id, toDate),
      onSuccess: done,
    }),
  };
}
