import { DATA_CATEGORIES } from '../../../common/roles.ts';

/**
 * The categories retention applies to: the data categories, and `audit` (the audit chain, the consents and the
 * engagements its rows name), which is removed last and kept at least as long as every other category.
 */
export const RETENTION_CATEGORIES = [...DATA_CATEGORIES, 'audit'] as const;
export type RetentionCategory = (typeof RETENTION_CATEGORIES)[number];

/** Months after the last engagement ends: messages and health go first, the audit trail last. */
export const DEFAULT_RETENTION_MONTHS: Record<RetentionCategory, number> = {
  messages: 24,
  health: 24,
  intake: 36,
  plan: 36,
  progression: 60,
  identity: 60,
  audit: 120,
};

export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 600;

/** YYYY-MM-DD plus whole months; a day the month lacks becomes its last day (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export interface EngagementPeriod {
  startDate: string;
  endDate: string | null;
}

/**
 * The day the participant's last engagement ended, or null while retention may not start: no engagement at all, or
 * one still running or not yet started (an open end, or an end today or later).
 */
export function lastEngagementEnd(engagements: EngagementPeriod[], today: string): string | null {
  if (engagements.length === 0) return null;
  let last = '';
  for (const e of engagements) {
    if (e.endDate === null || e.endDate >= today || e.startDate >= today) return null;
    if (e.endDate > last) last = e.endDate;
  }
  return last;
}

/** A category has passed its period when more than `months` have gone since the last engagement ended. */
export const periodPassed = (lastEnd: string, months: number, today: string) => addMonths(lastEnd, months) < today;

/**
 * The categories to remove today, in the order the job removes them. `audit` only when every other category has
 * passed too, since it removes the grants (consents, engagements) and the chain the other removals are logged in.
 */
export function expiredCategories(lastEnd: string | null, months: Record<RetentionCategory, number>, today: string): RetentionCategory[] {
  if (lastEnd === null) return [];
  const passed = RETENTION_CATEGORIES.filter((c) => periodPassed(lastEnd, months[c], today));
  if (passed.includes('audit') && passed.length < RETENTION_CATEGORIES.length) return passed.filter((c) => c !== 'audit');
  return passed;
}

/** Why a set of rules is refused, or null: the audit trail must outlive every category it documents. */
export function rulesProblem(months: Record<RetentionCategory, number>): 'audit_shorter_than_data' | null {
  return DATA_CATEGORIES.some((c) => months[c] > months.audit) ? 'audit_shorter_than_data' : null;
}
