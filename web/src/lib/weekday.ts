import type { TFunction } from 'i18next';

/** ISO weekday 1 (Monday) to 7 (Sunday) of a YYYY-MM-DD date. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

type Weekday = '1' | '2' | '3' | '4' | '5' | '6' | '7';

/**
 * The weekday's name from the catalogues, not from Intl: browsers lack day names for several of Kitt's languages
 * (Chromium has none for Tigrinya or Kurmanji and would show English).
 */
export function weekdayName(t: TFunction, weekday: number, short = false): string {
  const key = String(weekday) as Weekday;
  return short ? t(`common.weekdaysShort.${key}`) : t(`common.weekdays.${key}`);
}
