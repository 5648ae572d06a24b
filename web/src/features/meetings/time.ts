/** Meetings happen in Sweden: their times are read and typed in Swedish time, wherever the browser is. */
const SWEDEN = 'Europe/Stockholm';

const wallClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: SWEDEN,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The day (YYYY-MM-DD) and the time (HH:mm) the clocks in Sweden show at an instant. */
export function swedishClock(instant: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** "2026-12-10 13:00", in Swedish time. */
export function swedishDateTime(instant: string): string {
  const { date, time } = swedishClock(instant);
  return `${date} ${time}`;
}

const asUtc = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);

/**
 * The instant (ISO) at which the clocks in Sweden show `date` and `time`. Sweden is an hour or two ahead of UTC; the
 * offset is read at the guess and read again at the answer, so that a time next to a change to or from summer time
 * lands right. Null when the date or time is not one.
 */
export function swedishInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const wanted = asUtc(date, time);
  if (Number.isNaN(wanted) || new Date(wanted).toISOString().slice(0, 10) !== date) return null;
  const offsetAt = (instant: number) => {
    const shown = swedishClock(new Date(instant));
    return asUtc(shown.date, shown.time) - instant;
  };
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  return new Date(instant).toISOString();
}

/**
 * The meetings to come, the nearest first, and those held, the latest first, from a list that comes the latest first.
 * A meeting later today (`today`, in Sweden) still counts as coming.
 */
export function comingAndHeld<M extends { startsAt: string }>(meetings: readonly M[], today: string): { coming: M[]; held: M[] } {
  const coming = meetings.filter((m) => swedishClock(m.startsAt).date >= today).reverse();
  return { coming, held: meetings.filter((m) => swedishClock(m.startsAt).date < today) };
}
