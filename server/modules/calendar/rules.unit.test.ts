import { describe, expect, it } from 'vitest';
import type { ActivityKind, Prerequisites, Schedule } from '../../../common/plan.ts';
import type { PersonFacts } from '../progression/facts.ts';
import type { CalendarActivity } from './occurrences.ts';
import { unmetPrerequisites, weekCalendar, weekOfWarningKey, weeksToCheck, type FactsView } from './rules.ts';

const W = '2026-W48'; // Monday 2026-11-23 – Sunday 2026-11-29

function activity(id: string, kind: ActivityKind, schedule: Schedule, extra: Partial<CalendarActivity> = {}): CalendarActivity {
  return { id, kind, title: id, status: 'planned', startDate: '2026-01-01', endDate: null, schedule, prerequisites: null, ...extra };
}
const view = (facts: Partial<PersonFacts> = {}, progressionVisible = true): FactsView => ({
  facts: { sfiLevel: null, civicOrientationDone: false, ...facts },
  progressionVisible,
});
const hours = (h: number): Schedule => ({ kind: 'weekly_hours', hours: h });

describe('prerequisites', () => {
  const placement = (extra: Partial<CalendarActivity> = {}) => activity('p', 'work_placement', hours(20), extra);
  const civicNeeded: Prerequisites = { civicOrientationDone: true };
  const table: [string, CalendarActivity, FactsView, [string, string, string | null][]][] = [
    ['placement before language: at level A', placement(), view({ sfiLevel: 'A' }), [['sfi_level', 'C', 'A']]],
    ['placement with no SFI recorded', placement(), view(), [['sfi_level', 'C', 'none']]],
    ['placement at level B', placement(), view({ sfiLevel: 'B' }), [['sfi_level', 'C', 'B']]],
    ['placement at level C: met', placement(), view({ sfiLevel: 'C' }), []],
    ['placement at level D: met', placement(), view({ sfiLevel: 'D' }), []],
    ['the actor may not read progression: actual hidden', placement(), view({ sfiLevel: 'A' }, false), [['sfi_level', 'C', null]]],
    // Unchecked whether met or not: a warning that came and went with the level would tell the level.
    [
      'the actor may not read progression, level C reached: still unchecked',
      placement(),
      view({ sfiLevel: 'C' }, false),
      [['sfi_level', 'C', null]],
    ],
    [
      'the actor may not read progression, civic orientation done: still unchecked',
      activity('j', 'job_search', hours(5), { prerequisites: civicNeeded }),
      view({ civicOrientationDone: true }, false),
      [['civic_orientation', 'done', null]],
    ],
    ['subsidised job has the same default', activity('s', 'subsidised_job', hours(40)), view({ sfiLevel: 'B' }), [['sfi_level', 'C', 'B']]],
    ['an SFI course needs nothing', activity('c', 'sfi_course', hours(15)), view(), []],
    [
      'an activity’s own prerequisite replaces the default',
      placement({ prerequisites: { sfiLevelAtLeast: 'B' } }),
      view({ sfiLevel: 'B' }),
      [],
    ],
    ['an empty own prerequisite: nothing needed', placement({ prerequisites: {} }), view(), []],
    [
      'civic orientation needed, not done',
      activity('j', 'job_search', hours(5), { prerequisites: civicNeeded }),
      view(),
      [['civic_orientation', 'done', 'not_done']],
    ],
    [
      'civic orientation needed, hidden',
      activity('j', 'job_search', hours(5), { prerequisites: civicNeeded }),
      view({}, false),
      [['civic_orientation', 'done', null]],
    ],
    [
      'civic orientation needed and done',
      activity('j', 'job_search', hours(5), { prerequisites: civicNeeded }),
      view({ civicOrientationDone: true }),
      [],
    ],
    [
      'both unmet',
      placement({ prerequisites: { sfiLevelAtLeast: 'D', civicOrientationDone: true } }),
      view({ sfiLevel: 'C' }),
      [
        ['sfi_level', 'D', 'C'],
        ['civic_orientation', 'done', 'not_done'],
      ],
    ],
    ['a done placement no longer warns', placement({ status: 'done' }), view({ sfiLevel: 'A' }), []],
    ['a cancelled placement does not warn', placement({ status: 'cancelled' }), view({ sfiLevel: 'A' }), []],
    ['a proposed placement warns already', placement({ status: 'proposed' }), view({ sfiLevel: 'A' }), [['sfi_level', 'C', 'A']]],
  ];
  it.each(table)('%s', (_name, a, v, expected) => {
    const found = unmetPrerequisites(a, v);
    expect(found.map((w) => [w.requirement, w.required, w.actual])).toEqual(expected);
    for (const w of found) expect(w.key).toBe(`prerequisite:${a.id}:${w.requirement}`);
  });
});

describe('the week’s warnings', () => {
  const sfi = activity('sfi', 'sfi_course', {
    kind: 'recurring',
    slots: [1, 2, 3, 4].map((weekday) => ({ weekday: weekday as 1, start: '08:30', end: '12:00' })),
  });
  const meeting = activity('meet', 'meeting', { kind: 'once', date: '2026-11-24', start: '11:00', end: '12:30' });
  const placement = activity('place', 'work_placement', hours(30));

  it('flags overlap, full time and the placement before language together', () => {
    const { warnings, totalHours } = weekCalendar({
      week: W,
      activities: [sfi, meeting, placement],
      fullTimeHours: 40,
      view: view({ sfiLevel: 'A' }),
    });
    expect(totalHours).toBe(14 + 1.5 + 30);
    expect(warnings).toEqual([
      { kind: 'overlap', key: `overlap:meet:sfi:${W}`, activityIds: ['meet', 'sfi'], date: '2026-11-24', start: '11:00', end: '12:00' },
      {
        kind: 'over_full_time',
        key: `over_full_time:${W}`,
        week: W,
        hours: 45.5,
        fullTimeHours: 40,
        activityIds: ['sfi', 'meet', 'place'],
      },
      {
        kind: 'prerequisite_unmet',
        key: 'prerequisite:place:sfi_level',
        activityIds: ['place'],
        requirement: 'sfi_level',
        required: 'C',
        actual: 'A',
      },
    ]);
  });

  const table: [string, CalendarActivity[], number, string[]][] = [
    ['exactly full time does not warn', [activity('a', 'job_search', hours(40))], 40, []],
    ['over full time warns', [activity('a', 'job_search', hours(40.5))], 40, [`over_full_time:${W}`]],
    ['part-time full time set per person', [activity('a', 'job_search', hours(30))], 25, [`over_full_time:${W}`]],
    ['done activities do not warn', [activity('a', 'job_search', hours(50), { status: 'done' })], 40, []],
    ['cancelled activities count nowhere', [activity('a', 'job_search', hours(50), { status: 'cancelled' })], 40, []],
    [
      'one warning per pair and week, however often they overlap',
      [
        activity('a', 'sfi_course', {
          kind: 'recurring',
          slots: [1, 2, 3].map((d) => ({ weekday: d as 1, start: '09:00', end: '10:00' })),
        }),
        activity('b', 'job_search', {
          kind: 'recurring',
          slots: [1, 2, 3].map((d) => ({ weekday: d as 1, start: '09:30', end: '10:30' })),
        }),
      ],
      40,
      [`overlap:a:b:${W}`],
    ],
    [
      'a done activity does not overlap',
      [
        activity('a', 'meeting', { kind: 'once', date: '2026-11-23', start: '09:00', end: '10:00' }, { status: 'done' }),
        activity('b', 'meeting', { kind: 'once', date: '2026-11-23', start: '09:00', end: '10:00' }),
      ],
      40,
      [],
    ],
    ['a placement outside the week does not warn in it', [activity('p', 'work_placement', hours(20), { startDate: '2026-12-01' })], 40, []],
  ];
  it.each(table)('%s', (_name, activities, fullTimeHours, keys) => {
    const result = weekCalendar({ week: W, activities, fullTimeHours, view: view({ sfiLevel: 'D' }) });
    expect(result.warnings.map((w) => w.key)).toEqual(keys);
  });

  it.each([
    ['a placement met, progression visible', [activity('p', 'work_placement', hours(20))], true, true],
    ['a placement, progression not visible', [activity('p', 'work_placement', hours(20))], false, false],
    ['no activity with a prerequisite', [activity('j', 'job_search', hours(20))], true, false],
    ['the placement is done', [activity('p', 'work_placement', hours(20), { status: 'done' })], true, false],
  ] as const)('consults progression: %s → %s', (_name, activities, visible, consulted) => {
    const result = weekCalendar({ week: W, activities, fullTimeHours: 40, view: view({ sfiLevel: 'D' }, visible) });
    expect(result.progressionConsulted).toBe(consulted);
  });

  it('done activities are shown and counted in the total; cancelled ones are not', () => {
    const done = activity('d', 'job_search', hours(10), { status: 'done' });
    const cancelled = activity('c', 'job_search', hours(10), { status: 'cancelled' });
    const result = weekCalendar({ week: W, activities: [done, cancelled], fullTimeHours: 5, view: view() });
    expect([result.occurrences.map((o) => o.activityId), result.totalHours, result.warnings]).toEqual([['d'], 10, []]);
  });

  it('keys are stable: the same situation gives the same keys whatever the order of the activities', () => {
    const a = weekCalendar({ week: W, activities: [sfi, meeting, placement], fullTimeHours: 40, view: view() });
    const b = weekCalendar({ week: W, activities: [placement, meeting, sfi], fullTimeHours: 40, view: view() });
    expect(b.warnings.map((w) => w.key).sort()).toEqual(a.warnings.map((w) => w.key).sort());
  });
});

describe('warning keys and the weeks to check', () => {
  it.each([
    [`overlap:a:b:${W}`, W],
    [`over_full_time:${W}`, W],
    ['prerequisite:a:sfi_level', null],
  ])('%s names week %s', (key, week) => expect(weekOfWarningKey(key)).toBe(week));

  const table: [string, Partial<CalendarActivity>, string[]][] = [
    ['running on: from this week, at most the limit', { startDate: '2026-01-01', endDate: null }, ['2026-W48', '2026-W49', '2026-W50']],
    ['starting later', { startDate: '2026-12-10', endDate: null }, ['2026-W50', '2026-W51', '2026-W52']],
    ['ending next Monday', { startDate: '2026-11-26', endDate: '2026-11-30' }, ['2026-W48', '2026-W49']],
    ['ended in the past: its own weeks', { startDate: '2026-03-02', endDate: '2026-03-10' }, ['2026-W10', '2026-W11']],
    ['once: its date', { schedule: { kind: 'once', date: '2027-01-02', start: '10:00', end: '11:00' } }, ['2026-W53']],
    // Dates beyond CALENDAR_YEARS once threw in the week arithmetic, failing the plan's save with a 500.
    ['starting in 9999: no week to check', { startDate: '9999-12-27', endDate: null }, []],
    ['starting at the calendar’s end: its last week only', { startDate: '2999-12-24', endDate: null }, ['2999-W52']],
    ['ended in year 50: no week to check', { startDate: '0050-01-01', endDate: '0050-02-01' }, []],
    ['once in year 50: no week', { schedule: { kind: 'once', date: '0050-01-01', start: '10:00', end: '11:00' } }, []],
  ];
  it.each(table)('%s', (_name, extra, weeks) => {
    expect(weeksToCheck(activity('a', 'job_search', hours(5), extra), '2026-11-25', 3)).toEqual(weeks);
  });
});
