const stockholm = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Sweden as YYYY-MM-DD: consents and engagements run by Swedish calendar days. */
export function todayInSweden(now: Date = new Date()): string {
  return stockholm.format(now);
}

/** True when `date` (YYYY-MM-DD) lies within [from, to], an open end when `to` is null. */
export function withinPeriod(date: string, from: string, to: string | null): boolean {
  return from <= date && (to === null || date <= to);
}
