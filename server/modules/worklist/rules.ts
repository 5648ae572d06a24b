import type { ActivityKind, Schedule } from '../../../common/plan.ts';
import { isoWeekOf, mondayOfIsoWeek, shiftIsoWeek, addDays } from '../calendar/weeks.ts';
import { intakeWindow, windowClosingWarning, type IntakeWindow } from '../intake/window.ts';

/** `mine`: participants whose running engagement names the user as responsible caseworker; `organisation`: all the organisation works with. */
export const WORKLIST_SCOPES = ['mine', 'organisation'] as const;
export type WorklistScope = (typeof WORKLIST_SCOPES)[number];

/** An activity owned by the organisation shows as ending when its last day is today or within this many days after (as consents). */
export const ACTIVITY_ENDING_DAYS = 14;
/** Calendar warnings are looked for in this many weeks from the current one: this week and the next. */
export const WARNING_WEEKS = 2;
/** A window that closed with nothing booked stays on the worklist this many days, then belongs to the intake overview. */
export const WINDOW_CLOSED_SHOWN_DAYS = 14;
/** At most this many items per group are listed (and audited); the count tells how many there are. */
export const MAX_ITEMS_PER_GROUP = 50;

/** The days "this week" covers: from today to the Sunday of the current ISO week. */
export function weekRange(today: string): { week: string; from: string; to: string } {
  const week = isoWeekOf(today);
  return { week, from: today, to: addDays(mondayOfIsoWeek(week), 6) };
}

/** The weeks in which warnings are looked for, the current ISO week first. */
export function warningWeeks(today: string, count: number = WARNING_WEEKS): string[] {
  const first = isoWeekOf(today);
  return Array.from({ length: count }, (_, i) => shiftIsoWeek(first, i));
}

/** Whether a meeting on `date` is today's, later this week's, or neither (past, or after Sunday). */
export function meetingWhen(date: string, today: string): 'today' | 'this_week' | null {
  if (date === today) return 'today';
  const { to } = weekRange(today);
  return date > today && date <= to ? 'this_week' : null;
}

/**
 * Activities that count as meetings on the worklist: one-off occasions with a time, and activities of the kind
 * `meeting` however they recur. Recurring course hours are the person's routine, shown in the week view instead.
 */
export const isMeetingActivity = (a: { kind: ActivityKind; schedule: Schedule }) => a.kind === 'meeting' || a.schedule.kind === 'once';

/**
 * A joint-intake window to act on: the intake's closing warning applies (few working days left, or closed, with no
 * meeting booked or held), and a closed window only for WINDOW_CLOSED_SHOWN_DAYS after it closed.
 */
export function windowToAct(housingDate: string, hasMeeting: boolean, today: string): IntakeWindow | null {
  const window = intakeWindow(housingDate, today);
  if (!windowClosingWarning(window, hasMeeting)) return null;
  if (window.state === 'closed' && addDays(window.closes, WINDOW_CLOSED_SHOWN_DAYS) < today) return null;
  return window;
}

/**
 * An activity of the organisation's that is still running and whose last day is within ACTIVITY_ENDING_DAYS. A
 * one-off occasion is left out: it ends on its own day, and the meetings show it.
 */
export function activityEndsSoon(
  a: { status: string; endDate: string | null; schedule: Schedule },
  today: string,
  days: number = ACTIVITY_ENDING_DAYS,
): boolean {
  if (a.endDate === null || a.status === 'done' || a.status === 'cancelled' || a.schedule.kind === 'once') return false;
  return a.endDate >= today && a.endDate <= addDays(today, days);
}

/** The first MAX_ITEMS_PER_GROUP items, with the count of all. */
export function capped<T>(items: T[], limit: number = MAX_ITEMS_PER_GROUP): { count: number; items: T[] } {
  return { count: items.length, items: items.slice(0, limit) };
}
