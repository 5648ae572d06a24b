import { getHolidays } from 'swedish-holidays';
import { closedDays } from '../intake/window.ts';

const namesByYear = new Map<number, Map<string, string>>();

/**
 * The Swedish name of the public holiday or closed eve (midsummer, Christmas and New Year's eve) on `date`, or null:
 * the same closed days as the joint intake's working-day rule. The week view marks them; activities are not moved.
 */
export function holidayName(date: string): string | null {
  const year = Number(date.slice(0, 4));
  let names = namesByYear.get(year);
  if (!names) {
    const closed = closedDays(year);
    names = new Map(
      getHolidays(year)
        .map((h) => [`${h.year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`, h.name] as const)
        .filter(([day]) => closed.has(day)),
    );
    namesByYear.set(year, names);
  }
  return names.get(date) ?? null;
}
