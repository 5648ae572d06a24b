import { describe, expect, it } from 'vitest';
import type { ActivityStatus, Schedule } from '../../../common/plan.ts';
import { findOverlaps, hoursBetween, occurrencesInWeek, totalHours, type CalendarActivity, type Occurrence } from './occurrences.ts';

// 2026-W48 runs Monday 2026-11-23 to Sunday 2026-11-29.
const W = '2026-W48';

function activity(schedule: Schedule, extra: Partial<CalendarActivity> = {}): CalendarActivity {
  return {
    id: 'a',
    kind: 'sfi_course',
    title: 'SFI',
    status: 'planned',
    startDate: '2026-01-01',
    endDate: null,
    schedule,
    prerequisites: null,
    ...extra,
  };
}

const mornings: Schedule = {
  kind: 'recurring',
  slots: [
    { weekday: 1, start: '09:00', end: '12:00' },
    { weekday: 3, start: '09:00', end: '12:00' },
    { weekday: 5, start: '13:00', end: '15:30' },
  ],
};

describe('occurrences of an activity in a week', () => {
  const table: [string, CalendarActivity, [string | null, string | null, string | null, number][]][] = [
    [
      'recurring slots on their weekdays',
      activity(mornings),
      [
        ['2026-11-23', '09:00', '12:00', 3],
        ['2026-11-25', '09:00', '12:00', 3],
        ['2026-11-27', '13:00', '15:30', 2.5],
      ],
    ],
    [
      'recurring, starting on Wednesday',
      activity(mornings, { startDate: '2026-11-25' }),
      [
        ['2026-11-25', '09:00', '12:00', 3],
        ['2026-11-27', '13:00', '15:30', 2.5],
      ],
    ],
    [
      'recurring, ending on Wednesday',
      activity(mornings, { endDate: '2026-11-25' }),
      [
        ['2026-11-23', '09:00', '12:00', 3],
        ['2026-11-25', '09:00', '12:00', 3],
      ],
    ],
    ['recurring, ended the week before', activity(mornings, { endDate: '2026-11-22' }), []],
    ['recurring, starting the week after', activity(mornings, { startDate: '2026-11-30' }), []],
    [
      'a weekend slot',
      activity({ kind: 'recurring', slots: [{ weekday: 7, start: '10:00', end: '11:00' }] }),
      [['2026-11-29', '10:00', '11:00', 1]],
    ],
    [
      'a slot ending before it starts is left out',
      activity({ kind: 'recurring', slots: [{ weekday: 2, start: '12:00', end: '09:00' }] }),
      [],
    ],
    ['a slot with a malformed time is left out', activity({ kind: 'recurring', slots: [{ weekday: 2, start: '9', end: '12:00' }] }), []],
    [
      'once, in the week',
      activity({ kind: 'once', date: '2026-11-24', start: '10:00', end: '11:30' }),
      [['2026-11-24', '10:00', '11:30', 1.5]],
    ],
    ['once, in another week', activity({ kind: 'once', date: '2026-12-01', start: '10:00', end: '11:30' }), []],
    ['weekly hours, the whole week', activity({ kind: 'weekly_hours', hours: 20 }), [[null, null, null, 20]]],
    [
      'weekly hours, from Thursday: two fifths',
      activity({ kind: 'weekly_hours', hours: 20 }, { startDate: '2026-11-26' }),
      [[null, null, null, 8]],
    ],
    [
      'weekly hours, until Monday: one fifth',
      activity({ kind: 'weekly_hours', hours: 15 }, { endDate: '2026-11-23' }),
      [[null, null, null, 3]],
    ],
    ['weekly hours, starting on Saturday: none this week', activity({ kind: 'weekly_hours', hours: 20 }, { startDate: '2026-11-28' }), []],
    ['weekly hours of zero', activity({ kind: 'weekly_hours', hours: 0 }), []],
  ];
  it.each(table)('%s', (_name, a, expected) => {
    const found = occurrencesInWeek(a, W).map((o) => [o.date, o.start, o.end, o.hours]);
    expect(found).toEqual(expected);
  });

  const statuses: [ActivityStatus, number][] = [
    ['proposed', 3],
    ['planned', 3],
    ['in_progress', 3],
    ['done', 3], // still shown: it happened
    ['cancelled', 0],
  ];
  it.each(statuses)('status %s: %d occurrences', (status, n) =>
    expect(occurrencesInWeek(activity(mornings, { status }), W)).toHaveLength(n),
  );
});

describe('hours', () => {
  const table: [string, string, number][] = [
    ['09:00', '12:00', 3],
    ['08:15', '09:00', 0.75],
    ['09:00', '09:20', 0.33],
    ['00:00', '24:00', 24],
    ['12:00', '12:00', 0],
    ['13:00', '12:00', 0],
    ['25:00', '26:00', 0],
  ];
  it.each(table)('%s–%s is %d h', (start, end, hours) => expect(hoursBetween(start, end)).toBe(hours));
  it('adds timed and untimed occurrences', () => {
    const o: Occurrence[] = [
      { activityId: 'a', date: '2026-11-23', start: '09:00', end: '12:00', hours: 3 },
      { activityId: 'b', date: null, start: null, end: null, hours: 8.5 },
    ];
    expect(totalHours(o)).toBe(11.5);
  });
});

describe('overlaps', () => {
  const at = (activityId: string, date: string | null, start = '', end = ''): Occurrence =>
    date === null ? { activityId, date, start: null, end: null, hours: 10 } : { activityId, date, start, end, hours: 1 };
  const table: [string, Occurrence[], [string, string, string, string, string][]][] = [
    [
      'the same time',
      [at('x', '2026-11-24', '09:00', '12:00'), at('y', '2026-11-24', '09:00', '12:00')],
      [['x', 'y', '2026-11-24', '09:00', '12:00']],
    ],
    [
      'partly',
      [at('y', '2026-11-24', '10:00', '14:00'), at('x', '2026-11-24', '09:00', '12:00')],
      [['x', 'y', '2026-11-24', '10:00', '12:00']],
    ],
    [
      'one inside the other',
      [at('x', '2026-11-24', '08:00', '16:00'), at('y', '2026-11-24', '10:00', '11:00')],
      [['x', 'y', '2026-11-24', '10:00', '11:00']],
    ],
    ['touching is no overlap', [at('x', '2026-11-24', '09:00', '12:00'), at('y', '2026-11-24', '12:00', '13:00')], []],
    ['different days', [at('x', '2026-11-24', '09:00', '12:00'), at('y', '2026-11-25', '09:00', '12:00')], []],
    // Times end after they start (plan policy), so nothing runs across midnight: late evening and early morning are apart.
    ['late evening and the next early morning', [at('x', '2026-11-24', '21:00', '23:59'), at('y', '2026-11-25', '00:00', '02:00')], []],
    ['touching at the start', [at('x', '2026-11-24', '12:00', '13:00'), at('y', '2026-11-24', '09:00', '12:00')], []],
    [
      'one minute shared',
      [at('x', '2026-11-24', '09:00', '12:01'), at('y', '2026-11-24', '12:00', '13:00')],
      [['x', 'y', '2026-11-24', '12:00', '12:01']],
    ],
    ['weekly hours have no times', [at('x', '2026-11-24', '09:00', '12:00'), at('y', null)], []],
    [
      'two slots of one activity do not overlap each other',
      [at('x', '2026-11-24', '09:00', '12:00'), at('x', '2026-11-24', '11:00', '13:00')],
      [],
    ],
    [
      'three at once: every pair',
      [at('z', '2026-11-24', '09:00', '10:00'), at('x', '2026-11-24', '09:30', '11:00'), at('y', '2026-11-24', '09:45', '12:00')],
      [
        ['x', 'z', '2026-11-24', '09:30', '10:00'],
        ['x', 'y', '2026-11-24', '09:45', '11:00'],
        ['y', 'z', '2026-11-24', '09:45', '10:00'],
      ],
    ],
  ];
  it.each(table)('%s', (_name, occurrences, expected) => {
    expect(findOverlaps(occurrences).map((o) => [...o.activityIds, o.date, o.start, o.end])).toEqual(expected);
  });
});
