import type { TFunction } from 'i18next';
import type { Schedule, Weekday } from '../../../../../common/plan.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';

/** A weekday's name in the interface language: 1 January 2024 was a Monday, so day `n` of that week is weekday `n`. */
export function weekdayName(weekday: Weekday | number, language: string): string {
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
}

/** A schedule in words: "15 tim. i veckan", "måndag 08:30–12:00, tisdag …", "2026-03-02 kl. 10:00–11:00". */
export function describeSchedule(schedule: Schedule, t: TFunction, language: string): string {
  if (schedule.kind === 'weekly_hours')
    return t('plan.schedule.weeklyHours', { hours: new Intl.NumberFormat(`${language}-u-nu-latn`).format(schedule.hours) });
  // Times and dates are isolated left-to-right, so "10:00–11:00" is not turned around inside Arabic text.
  const times = (start: string, end: string) => isolateLtr(`${start}–${end}`);
  if (schedule.kind === 'once')
    return t('plan.schedule.once', { date: isolateLtr(schedule.date), times: times(schedule.start, schedule.end) });
  return schedule.slots
    .map((slot) => t('plan.schedule.slot', { day: weekdayName(slot.weekday, language), times: times(slot.start, slot.end) }))
    .join(', ');
}
