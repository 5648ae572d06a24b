import {
  DATE_LIMITS,
  type DateLimit,
  INTAKE_WINDOW_CLOSES_AFTER_DAYS,
  INTAKE_WINDOW_OPENS_AFTER_DAYS,
  PROPOSED_DAY_COUNT,
  WINDOW_CLOSING_WARNING_WORKING_DAYS,
  type MeetingWarning,
  type WindowState,
} from '../../../common/intake.ts';

export { addDays, closedDays, isWorkingDay, workingDaysBetween } from '../../lib/working-days.ts';
import { addDays, isWorkingDay, workingDaysBetween } from '../../lib/working-days.ts';

export interface IntakeWindow {
  opens: string;
  closes: string;
  state: WindowState;
  /** Working days left in the window from today (today included while the window is open). */
  workingDaysLeft: number;
}

/** The 4–8-week window counted in calendar days from the housing date; its ends are shown as they fall. */
export function intakeWindow(housingDate: string, today: string): IntakeWindow {
  const opens = addDays(housingDate, INTAKE_WINDOW_OPENS_AFTER_DAYS);
  const closes = addDays(housingDate, INTAKE_WINDOW_CLOSES_AFTER_DAYS);
  const state: WindowState = today < opens ? 'not_yet_open' : today > closes ? 'closed' : 'open';
  const from = today < opens ? opens : today;
  return { opens, closes, state, workingDaysLeft: from > closes ? 0 : workingDaysBetween(from, closes).length };
}

/**
 * The earliest working days in the window that are still ahead (from tomorrow): never a date outside the window,
 * none at all once it has closed.
 */
export function proposedDays(housingDate: string, today: string, count = PROPOSED_DAY_COUNT): string[] {
  const { opens, closes } = intakeWindow(housingDate, today);
  const tomorrow = addDays(today, 1);
  const from = tomorrow > opens ? tomorrow : opens;
  return from > closes ? [] : workingDaysBetween(from, closes).slice(0, count);
}

/** The window is about to close (or has closed) and no meeting is booked or held. */
export function windowClosingWarning(window: IntakeWindow, hasMeeting: boolean): boolean {
  if (hasMeeting || window.state === 'not_yet_open') return false;
  return window.workingDaysLeft <= WINDOW_CLOSING_WARNING_WORKING_DAYS;
}

/** What is unusual about a meeting's date; booking is allowed regardless. */
export function meetingWarnings(housingDate: string, meetingDate: string): MeetingWarning[] {
  const { opens, closes } = intakeWindow(housingDate, meetingDate);
  const warnings: MeetingWarning[] = [];
  if (meetingDate < opens || meetingDate > closes) warnings.push('outside_window');
  if (!isWorkingDay(meetingDate)) warnings.push('not_working_day');
  return warnings;
}

/** Whether `date` lies within the plausible distance from today for its kind (see DATE_LIMITS). */
export function withinDateLimit(kind: DateLimit, date: string, today: string): boolean {
  const { back, ahead } = DATE_LIMITS[kind];
  return date >= addDays(today, -back) && date <= addDays(today, ahead);
}
