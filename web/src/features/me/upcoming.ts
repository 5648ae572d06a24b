import type { TimedOccurrence, WeekDay } from '../calendar/types.ts';

export interface Upcoming extends TimedOccurrence {
  date: string;
}

/** What is still ahead in the week: occurrences that have not ended by `now` (local date and HH:MM), in order. */
export function upcomingInWeek(days: readonly WeekDay[], now: { date: string; time: string }, max = 3): Upcoming[] {
  return days
    .flatMap((d) => d.occurrences.map((o) => ({ ...o, date: d.date })))
    .filter((o) => o.date > now.date || (o.date === now.date && o.end > now.time))
    .sort((a, b) => (a.date === b.date ? a.start.localeCompare(b.start) : a.date.localeCompare(b.date)))
    .slice(0, max);
}
