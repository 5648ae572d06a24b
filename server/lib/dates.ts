const stockholm = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

let clockOffsetMs = 0;

/**
 * Moves Kitt's idea of today forward by whole days (KITT_CLOCK_OFFSET_DAYS, refused in production), so a browser
 * test can restart Kitt on a later working day and see what has become overdue.
 */
export function setClockOffsetDays(days: number): void {
  clockOffsetMs = days * 86_400_000;
}

/** The current time, moved by the clock offset when one is set. */
export function currentTime(): Date {
  return new Date(Date.now() + clockOffsetMs);
}

/** Today's date in Sweden as YYYY-MM-DD: consents and engagements run by Swedish calendar days. */
export function todayInSweden(now: Date = currentTime()): string {
  return stockholm.format(now);
}

/** True when `date` (YYYY-MM-DD) lies within [from, to], an open end when `to` is null. */
export function withinPeriod(date: string, from: string, to: string | null): boolean {
  return from <= date && (to === null || date <= to);
}
