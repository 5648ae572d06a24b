export const RETENTION_CATEGORIES = ['identity', 'intake', 'plan', 'progression', 'health', 'messages', 'audit'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

export interface RetentionRule {
  category: RetentionCategory;
  /** Null while the tenant uses the default. */
  id: string | null;
  months: number;
  defaultMonths: number;
  updatedAt: string | null;
}

export interface RetentionLogEntry {
  id: string;
  at: string;
  category: string;
  table: string;
  action: 'deleted' | 'anonymised';
  rows: number;
  ruleId: string;
  ruleMonths: number;
  lastEngagementEnd: string;
}

export interface RetentionLogPage {
  items: RetentionLogEntry[];
  total: number;
}
