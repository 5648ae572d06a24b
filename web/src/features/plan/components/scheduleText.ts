import type { TFunction } from 'i18next';
import type { Schedule } from '../../../../../common/plan.ts';
import { isolateLtr } from '../../../ui/Ltr.tsx';
import { intlLocale } from '../../../i18n/languages.ts';
import { weekdayName } from '../../../lib/weekday.ts';

/** A schedule in words: "15 tim. i veckan", "måndag 08:30–12:00, tisdag …", "2026-03-02 kl. 10:00–11:00". */
export function describeSchedule(schedule: Schedule, t: TFunction, language: string): string {
  if (schedule.kind === 'weekly_hours')
    return t('plan.schedule.weeklyHours', { hours: new Intl.NumberFormat(intlLocale(language)).format(schedule.hours) });
  // Times and dates are isolated left-to-right, so "10:00–11:00" is not turned around inside Arabic text.
  const times = (start: string, end: string) => isolateLtr(`${start}–${end}`);
  if (schedule.kind === 'once')
    return t('plan.schedule.once', { date: isolateLtr(schedule.date), times: times(schedule.start, schedule.end) });
  return schedule.slots
    .map((slot) => t('plan.schedule.slot', { day: weekdayName(t, slot.weekday), times: times(slot.start, slot.end) }))
    .join(t('common.listSeparator'));
}
