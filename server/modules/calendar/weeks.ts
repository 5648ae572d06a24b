import type { Weekday } from '../../../common/plan.ts';

/** ISO 8601 weeks (Monday first, week 1 holds the year's first Thursday), as Swedish calendars count them. */

const WEEK = /^(\d{4})-W(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The ISO years the week view covers: every plausible plan, and narrow enough that a week's dates, its neighbours
 * (previous and next week) and its holidays (swedish-holidays knows 1583–8702) can all be computed.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2999 } as const;

/** A YYYY-MM-DD date as a UTC midnight timestamp, or null when it is no real date. */
function toTime(date: string): number | null {
  const m = DATE.exec(date);
  if (!m) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const time = new Date(0).setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return fromTime(time) === date ? time : null;
}

/** YYYY-MM-DD with a four-digit year (toISOString writes years outside 0–9999 as ±YYYYYY). */
function fromTime(time: number): string {
  const d = new Date(time);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function mustTime(date: string): number {
  const time = toTime(date);
  if (time === null) throw new RangeError(`not a date: ${date}`);
  return time;
}

export const isDate = (date: string) => toTime(date) !== null;

export function addDays(date: string, days: number): string {
  return fromTime(mustTime(date) + days * DAY_MS);
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): Weekday {
  const day = new Date(mustTime(date)).getUTCDay();
  return (day === 0 ? 7 : day) as Weekday;
}

/** The ISO week a date belongs to, e.g. 2027-01-01 → 2026-W53. */
export function isoWeekOf(date: string): string {
  const thursday = addDays(date, 4 - isoWeekday(date));
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((mustTime(thursday) - mustTime(`${thursday.slice(0, 4)}-01-01`)) / (7 * DAY_MS)) + 1;
  return `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** 52 or 53: December 28th always lies in the year's last week. */
export function weeksInIsoYear(year: number): number {
  return Number(isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).slice(6));
}

/** The year and week number of a `YYYY-Www` string, or null when there is no such week in CALENDAR_YEARS. */
export function parseIsoWeek(week: string): { year: number; week: number } | null {
  const m = WEEK.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const n = Number(m[2]);
  if (year < CALENDAR_YEARS.first || year > CALENDAR_YEARS.last || n < 1 || n > weeksInIsoYear(year)) return null;
  return { year, week: n };
}

/** The Monday of an ISO week. */
export function mondayOfIsoWeek(week: string): string {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new RangeError(`not an ISO week: ${week}`);
  // January 4th is always in week 1.
  const jan4 = `${String(parsed.year).padStart(4, '0')}-01-04`;
  return addDays(jan4, 1 - isoWeekday(jan4) + (parsed.week - 1) * 7);
}

/** The seven dates of an ISO week, Monday to Sunday. */
export function datesOfIsoWeek(week: string): string[] {
  const monday = mondayOfIsoWeek(week);
  return [0, 1, 2, 3, 4, 5, 6].map((d) => addDays(monday, d));
}

/** The week `n` weeks after (or before, when negative) `week`. */
export function shiftIsoWeek(week: string, n: number): string {
  return isoWeekOf(addDays(mondayOfIsoWeek(week), n * 7));
}
