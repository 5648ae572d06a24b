/** One look at or change of the person's data, as the server answers: organisation and role, never the user. */
export interface AccessLogEntry {
  seq: number;
  at: string;
  organisationId: string | null;
  organisationName: string | null;
  role: string | null;
  category: string;
  kind: 'read' | 'change';
  action: string;
  grant: string;
  resourceType: string;
  own: boolean;
}

export interface AccessLogPage {
  items: AccessLogEntry[];
  nextCursor: string | null;
  organisations: { id: string; name: string }[];
}

export interface AccessLogFilters {
  organisationId?: string;
  category?: string;
  kind?: 'read' | 'change';
  from?: string;
  to?: string;
  includeOwn?: boolean;
}

/** The categories a row can carry (common/roles.ts DATA_CATEGORIES, and consent changes). */
export const LOG_CATEGORIES = ['identity', 'intake', 'plan', 'progression', 'health', 'messages', 'consent'] as const;
