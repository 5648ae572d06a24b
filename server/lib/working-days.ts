import { getHolidays } from 'swedish-holidays';

/**
 * Eves that are not public holidays by law (1989:253) but are treated as Sundays (semesterlagen 3 a §): the agencies
 * are closed, so nobody books a joint intake on them.
 */
const NON_WORKING_EVES = new Set(['Midsommarafton', 'Julafton', 'Nyårsafton']);

const closedDaysByYear = new Map<number, Set<string>>();

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The days of `year` on which Swedish agencies are closed besides weekends: public holidays and the three eves. */
export function closedDays(year: number): Set<string> {
  let days = closedDaysByYear.get(year);
  if (!days) {
    days = new Set(
      getHolidays(year)
        .filter((h) => h.isPublicHoliday || NON_WORKING_EVES.has(h.name))
        .map((h) => iso(h.year, h.month, h.day)),
    );
    closedDaysByYear.set(year, days);
  }
  return days;
}

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Monday to Friday and not a public holiday or a closed eve. */
export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !closedDays(Number(date.slice(0, 4))).has(date);
}

/** The working days from `from` to `to`, both included. */
export function workingDaysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) days.push(d);
  return days;
}

/** The `count`th working day after `date` (not counting `date` itself). */
export function addWorkingDays(date: string, count: number): string {
  let d = date;
  for (let n = 0; n < count;) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) n += 1;
  }
  return d;
}
