import type { Engagement } from '../types.ts';

export type EndDateProblem = 'required' | 'endBeforeStart' | 'endInFuture' | null;

/** The same rule as the server's (checkEngagementEnd): an end between the start and today. */
export function endDateProblem(startDate: string, endDate: string, today: string): EndDateProblem {
  if (!endDate) return 'required';
  if (endDate < startDate) return 'endBeforeStart';
  if (endDate > today) return 'endInFuture';
  return null;
}

/** The engagement of the user's own organisation that still runs today, the one they may end or reassign. */
export function runningOwnEngagement(items: readonly Engagement[], organisationId: string | null | undefined, today: string) {
  return items.find((e) => e.organisationId === organisationId && (e.endDate === null || e.endDate >= today)) ?? null;
}
