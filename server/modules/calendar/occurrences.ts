import type { ActivityKind, ActivityStatus, Prerequisites, Schedule, TimeOfDay } from '../../../common/plan.ts';
import { datesOfIsoWeek, isoWeekday } from './weeks.ts';

/** The fields of an activity the calendar works from. */
export interface CalendarActivity {
  id: string;
  kind: ActivityKind;
  title: string;
  status: ActivityStatus;
  startDate: string;
  endDate: string | null;
  schedule: Schedule;
  prerequisites: Prerequisites | null;
}

/** One time an activity takes place: on a date with times, or (weekly hours) somewhere in the week without times. */
export type Occurrence =
  | { activityId: string; date: string; start: TimeOfDay; end: TimeOfDay; hours: number }
  | { activityId: string; date: null; start: null; end: null; hours: number };
export type TimedOccurrence = Extract<Occurrence, { date: string }>;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of `HH:MM`, or null when malformed. 24:00 is accepted as the end of the day. */
export function minutesOf(time: TimeOfDay): number | null {
  if (time === '24:00') return 24 * 60;
  const m = TIME.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Hours between two times, rounded to hundredths; 0 when the times are malformed or the end is not after the start. */
export function hoursBetween(start: TimeOfDay, end: TimeOfDay): number {
  const a = minutesOf(start);
  const b = minutesOf(end);
  return a === null || b === null || b <= a ? 0 : Math.round(((b - a) / 60) * 100) / 100;
}

export const withinActivityPeriod = (activity: Pick<CalendarActivity, 'startDate' | 'endDate'>, date: string) =>
  activity.startDate <= date && (activity.endDate === null || date <= activity.endDate);

/** Cancelled activities never take place; done ones are shown (they happened) but no longer warn. */
export const shownInCalendar = (a: Pick<CalendarActivity, 'status'>) => a.status !== 'cancelled';
export const warnsInCalendar = (a: Pick<CalendarActivity, 'status'>) => a.status !== 'cancelled' && a.status !== 'done';

/**
 * When an activity takes place in an ISO week. Recurring slots fall on their weekday within the activity's start and
 * end dates; a one-off falls on its own date. Weekly hours have no times: they count toward the week's hours in
 * proportion to the working days (Monday–Friday) the activity's period covers, so a placement that starts on a
 * Thursday counts two fifths of its hours in its first week. Slots whose end is not after their start are left out.
 */
export function occurrencesInWeek(activity: CalendarActivity, week: string): Occurrence[] {
  if (!shownInCalendar(activity)) return [];
  const dates = datesOfIsoWeek(week);
  const schedule = activity.schedule;
  if (schedule.kind === 'once') {
    if (!dates.includes(schedule.date)) return [];
    const hours = hoursBetween(schedule.start, schedule.end);
    return hours > 0 ? [{ activityId: activity.id, date: schedule.date, start: schedule.start, end: schedule.end, hours }] : [];
  }
  if (schedule.kind === 'recurring') {
    const found: TimedOccurrence[] = [];
    for (const date of dates) {
      if (!withinActivityPeriod(activity, date)) continue;
      const weekday = isoWeekday(date);
      for (const slot of schedule.slots) {
        const hours = slot.weekday === weekday ? hoursBetween(slot.start, slot.end) : 0;
        if (hours > 0) found.push({ activityId: activity.id, date, start: slot.start, end: slot.end, hours });
      }
    }
    return found.sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start));
  }
  const workingDays = dates.slice(0, 5).filter((d) => withinActivityPeriod(activity, d)).length;
  const hours = Math.round(((schedule.hours * workingDays) / 5) * 100) / 100;
  return workingDays > 0 && hours > 0 ? [{ activityId: activity.id, date: null, start: null, end: null, hours }] : [];
}

/** The sum of the occurrences' hours, rounded to hundredths. */
export function totalHours(occurrences: readonly Occurrence[]): number {
  return Math.round(occurrences.reduce((sum, o) => sum + o.hours, 0) * 100) / 100;
}

export interface Overlap {
  /** The two activities, the smaller id first. */
  activityIds: [string, string];
  date: string;
  /** The time both take place. */
  start: TimeOfDay;
  end: TimeOfDay;
}

const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Every pair of timed occurrences of two different activities that share time on the same date, with the shared
 * time. Occurrences that only touch (one ends at 12:00, the other starts at 12:00) do not overlap.
 */
export function findOverlaps(occurrences: readonly Occurrence[]): Overlap[] {
  const timed = occurrences.filter((o): o is TimedOccurrence => o.date !== null);
  const found: Overlap[] = [];
  for (let i = 0; i < timed.length; i++)
    for (let j = i + 1; j < timed.length; j++) {
      const a = timed[i]!;
      const b = timed[j]!;
      if (a.activityId === b.activityId || a.date !== b.date) continue;
      const start = Math.max(minutesOf(a.start)!, minutesOf(b.start)!);
      const end = Math.min(minutesOf(a.end)!, minutesOf(b.end)!);
      if (end <= start) continue;
      const ids = [a.activityId, b.activityId].sort() as [string, string];
      found.push({ activityIds: ids, date: a.date, start: timeOf(start), end: timeOf(end) });
    }
  return found.sort(
    (x, y) =>
      x.date.localeCompare(y.date) ||
      x.start.localeCompare(y.start) ||
      x.activityIds[0].localeCompare(y.activityIds[0]) ||
      x.activityIds[1].localeCompare(y.activityIds[1]),
  );
}
