import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { acknowledgeWarning, calendarKeys, getWeek } from './api.ts';

export function useWeek(participantId: string, week: string | undefined) {
  return useQuery({
    queryKey: calendarKeys.week(participantId, week),
    queryFn: () => getWeek(participantId, week),
    placeholderData: keepPreviousData,
  });
}

/** An acknowledgement shows in every week that holds the warning, so all the person's weeks are refreshed. */
export function useAcknowledgeWarning(participantId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ key, reason }: { key: string; reason: string }) => acknowledgeWarning(participantId, key, reason),
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.all(participantId) }),
  });
}
