import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { participantKeys } from '../participants/api.ts';
import { changeEntry, getTimeline, progressionKeys, recordEntry } from './api.ts';
import type { ProgressionEntryInput } from './types.ts';

export function useProgression(participantId: string) {
  return useQuery({ queryKey: progressionKeys.timeline(participantId), queryFn: () => getTimeline(participantId) });
}

/** The SFI level and civic orientation feed the plan's warnings, so everything about the person is read again. */
function useRefreshPerson(participantId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: participantKeys.detail(participantId) });
}

export function useRecordEntry(participantId: string) {
  const refresh = useRefreshPerson(participantId);
  return useMutation({ mutationFn: (input: ProgressionEntryInput) => recordEntry(participantId, input), onSuccess: refresh });
}

export function useChangeEntry(participantId: string) {
  const refresh = useRefreshPerson(participantId);
  return useMutation({
    mutationFn: ({ entryId, input }: { entryId: string; input: ProgressionEntryInput & { version: number } }) =>
      changeEntry(participantId, entryId, input),
    onSuccess: refresh,
  });
}
