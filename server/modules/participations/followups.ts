import { addDays } from '../calendar/weeks.ts';

/** A follow-up's state on a day: not yet in its window, due, missed (window passed unrecorded), or recorded. */
export const FOLLOW_UP_STATES = ['upcoming', 'due', 'missed', 'recorded'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** A follow-up becomes due this many days before its due date… */
export const DUE_WINDOW_OPENS_DAYS_BEFORE = 7;
/** …and counts as missed when it is still unrecorded this many days after it. */
export const DUE_WINDOW_CLOSES_DAYS_AFTER = 30;

/** The day a follow-up `days` after an end falls due: plain calendar days, so 90 days after 30 Nov is 28 Feb. */
export const followUpDueDate = (endDate: string, days: number) => addDays(endDate, days);

/** One follow-up per configured point, in the order of the points. */
export const followUpsFor = (endDate: string, points: readonly number[]) =>
  points.map((days) => ({ daysAfterEnd: days, dueDate: followUpDueDate(endDate, days) }));

/** The window a follow-up is due in: from 7 days before its due date to 30 days after it, both included. */
export const dueWindow = (dueDate: string) => ({
  from: addDays(dueDate, -DUE_WINDOW_OPENS_DAYS_BEFORE),
  to: addDays(dueDate, DUE_WINDOW_CLOSES_DAYS_AFTER),
});

/** The state of a follow-up on `today`; a recorded one stays recorded whatever the date. */
export function followUpState(dueDate: string, recorded: boolean, today: string): FollowUpState {
  if (recorded) return 'recorded';
  const window = dueWindow(dueDate);
  if (today < window.from) return 'upcoming';
  if (today <= window.to) return 'due';
  return 'missed';
}

/**
 * The due-date range of unrecorded follow-ups in `state` on `today`, for a list's WHERE clause; the inverse of
 * followUpState (a follow-up is due on `today` when its due date lies within [today − 30, today + 7]).
 */
export function dueDateRange(state: Exclude<FollowUpState, 'recorded'>, today: string): { from: string | null; to: string | null } {
  const earliestDue = addDays(today, -DUE_WINDOW_CLOSES_DAYS_AFTER);
  const latestDue = addDays(today, DUE_WINDOW_OPENS_DAYS_BEFORE);
  if (state === 'upcoming') return { from: addDays(latestDue, 1), to: null };
  if (state === 'due') return { from: earliestDue, to: latestDue };
  return { from: null, to: addDays(earliestDue, -1) };
}
