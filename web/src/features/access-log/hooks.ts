import { useInfiniteQuery } from '@tanstack/react-query';
import { accessLogKeys, getAccessLog } from './api.ts';
import type { AccessLogFilters } from './types.ts';

/** The access log page by page; each look is audited, so pages are fetched only when asked for. */
export function useAccessLog(participantId: string, filters: AccessLogFilters) {
  return useInfiniteQuery({
    queryKey: accessLogKeys.list(participantId, filters),
    queryFn: ({ pageParam }) => getAccessLog(participantId, filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}
