import { http, query } from '../../lib/http.ts';
import type { AccessLogFilters, AccessLogPage } from './types.ts';

export const accessLogKeys = {
  all: (participantId: string) => ['participants', 'detail', participantId, 'access-log'] as const,
  list: (participantId: string, filters: AccessLogFilters) => [...accessLogKeys.all(participantId), filters] as const,
};

/** One page of the access log, newest first; `before` is the previous page's `nextCursor`. */
export function getAccessLog(participantId: string, filters: AccessLogFilters, before: string | null): Promise<AccessLogPage> {
  const params = query({
    organisationId: filters.organisationId,
    category: filters.category,
    kind: filters.kind,
    from: filters.from,
    to: filters.to,
    includeOwn: filters.includeOwn ? 'true' : undefined,
    before,
  });
  return http.get<AccessLogPage>(`/api/participants/${encodeURIComponent(participantId)}/access-log${params}`, 'read access log');
}
