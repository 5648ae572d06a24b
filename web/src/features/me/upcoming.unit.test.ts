import { describe, expect, it } from 'vitest';
import type { TimedOccurrence, WeekDay } from '../calendar/types.ts';
import { upcomingInWeek } from './upcoming.ts';

const occ = (title: string, start: string, end: string): TimedOccurrence => ({
  activityId: title,
  title,
  kind: 'sfi_course',
  status: 'planned',
  ownerOrganisationName: null,
  hours: 1,
  start,
  end,
});
const day = (date: string, ...occurrences: TimedOccurrence[]): WeekDay => ({ date, weekday: 1, holiday: null, occurrences });

const week = [
  day('2026-11-23', occ('sfi', '08:30', '12:00'), occ('möte', '13:00', '14:00')),
  day('2026-11-24', occ('praktik', '09:00', '15:00'), occ('tidig', '07:00', '08:00')),
  day('2026-11-25'),
  day('2026-11-26', occ('sent', '16:00', '17:00')),
];

describe('what is next this week', () => {
  it.each([
    ['before anything', { date: '2026-11-23', time: '07:00' }, ['sfi', 'möte', 'tidig']],
    ['during the first, which is still on', { date: '2026-11-23', time: '11:59' }, ['sfi', 'möte', 'tidig']],
    ['when the first has ended', { date: '2026-11-23', time: '12:00' }, ['möte', 'tidig', 'praktik']],
    ['later in the week', { date: '2026-11-25', time: '08:00' }, ['sent']],
    ['after the week', { date: '2026-11-30', time: '08:00' }, []],
  ])('%s', (_name, now, titles) => {
    expect(upcomingInWeek(week, now).map((o) => o.title)).toEqual(titles);
  });
});
