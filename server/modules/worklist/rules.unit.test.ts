import type { Schedule } from '../../../common/plan.ts';
import { describe, expect, it } from 'vitest';
import { activityEndsSoon, capped, isMeetingActivity, meetingWhen, warningWeeks, weekRange, windowToAct } from './rules.ts';

describe('meetingWhen: today, later this week (to Sunday), or not on the worklist', () => {
  // 2026-11-23 is a Monday; 2026-11-29 the Sunday of week 48.
  it.each([
    ['2026-11-23', '2026-11-23', 'today'],
    ['2026-11-24', '2026-11-23', 'this_week'],
    ['2026-11-29', '2026-11-23', 'this_week'],
    ['2026-11-30', '2026-11-23', null],
    ['2026-11-22', '2026-11-23', null],
    ['2026-11-29', '2026-11-29', 'today'],
    ['2026-11-30', '2026-11-29', null],
    // Week 53 of 2026 runs into 2027.
    ['2027-01-03', '2026-12-31', 'this_week'],
    ['2027-01-04', '2026-12-31', null],
  ] as const)('a meeting on %s seen on %s: %s', (date, today, expected) => {
    expect(meetingWhen(date, today)).toBe(expected);
  });

  it('weekRange and warningWeeks name ISO weeks', () => {
    expect(weekRange('2026-12-31')).toEqual({ week: '2026-W53', from: '2026-12-31', to: '2027-01-03' });
    expect(warningWeeks('2026-12-31')).toEqual(['2026-W53', '2027-W01']);
  });
});

describe('isMeetingActivity: one-off occasions and meetings, not recurring course hours', () => {
  const once: Schedule = { kind: 'once', date: '2026-11-24', start: '10:00', end: '11:00' };
  const recurring: Schedule = { kind: 'recurring', slots: [{ weekday: 1, start: '08:30', end: '12:00' }] };
  const hours: Schedule = { kind: 'weekly_hours', hours: 10 };
  it.each([
    ['meeting', once, true],
    ['meeting', recurring, true],
    ['validation', once, true],
    ['sfi_course', recurring, false],
    ['job_search', hours, false],
  ] as const)('%s with %o: %s', (kind, schedule, expected) => {
    expect(isMeetingActivity({ kind, schedule })).toBe(expected);
  });
});

describe('windowToAct: the intake’s closing warning, and a closed window for two weeks only', () => {
  // Housing 2026-09-28: the window is 2026-10-26 – 2026-11-23.
  it.each([
    ['2026-09-28', false, '2026-11-17', true], // five working days left
    ['2026-09-28', false, '2026-11-16', false], // six working days left
    ['2026-09-28', true, '2026-11-20', false], // a meeting is booked
    ['2026-09-28', false, '2026-10-20', false], // not yet open
    ['2026-09-28', false, '2026-11-24', true], // closed yesterday
    ['2026-09-28', false, '2026-12-07', true], // closed two weeks ago
    ['2026-09-28', false, '2026-12-08', false], // closed longer ago: the intake overview's
  ] as const)('housed %s, meeting %s, on %s: %s', (housing, hasMeeting, today, expected) => {
    expect(windowToAct(housing, hasMeeting, today) !== null).toBe(expected);
  });
});

describe('activityEndsSoon: running, last day today up to 14 days ahead', () => {
  it.each([
    ['in_progress', '2026-11-23', true],
    ['planned', '2026-12-07', true],
    ['planned', '2026-12-08', false],
    ['proposed', '2026-11-22', false],
    ['done', '2026-11-25', false],
    ['cancelled', '2026-11-25', false],
    ['in_progress', null, false],
  ] as const)('%s ending %s: %s', (status, endDate, expected) => {
    expect(activityEndsSoon({ status, endDate, schedule: { kind: 'weekly_hours', hours: 4 } }, '2026-11-23')).toBe(expected);
  });

  it('leaves out a one-off occasion, which ends on its own day', () => {
    const schedule: Schedule = { kind: 'once', date: '2026-11-25', start: '09:00', end: '10:00' };
    expect(activityEndsSoon({ status: 'planned', endDate: '2026-11-25', schedule }, '2026-11-23')).toBe(false);
  });
});

it('capped counts all and keeps the first ones', () => {
  expect(capped([1, 2, 3], 2)).toEqual({ count: 3, items: [1, 2] });
  expect(capped([])).toEqual({ count: 0, items: [] });
});
