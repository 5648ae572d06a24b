import { describe, expect, it } from 'vitest';
import { materialDeadline, materialStatus, swedishDay } from './material.ts';

describe('materialDeadline', () => {
  it.each([
    // A board meeting on Tuesday 10 March at 13:00 (CET): material by Tuesday 3 March.
    ['2026-03-10T12:00:00Z', 7, '2026-03-03'],
    // Just after midnight in Sweden is already the next day, though still the day before in UTC.
    ['2026-03-09T23:30:00Z', 7, '2026-03-03'],
    // Summer time (CEST, UTC+2): 00:30 Swedish time on 1 June is 22:30 UTC on 31 May.
    ['2026-05-31T22:30:00Z', 7, '2026-05-25'],
    // Across a month and a leap day.
    ['2028-03-05T09:00:00Z', 7, '2028-02-27'],
    ['2028-03-01T09:00:00Z', 1, '2028-02-29'],
    ['2026-03-10T12:00:00Z', 0, '2026-03-10'],
    ['2026-01-03T12:00:00Z', 14, '2025-12-20'],
  ] as const)('a meeting at %s, %i days → %s', (startsAt, days, expected) => expect(materialDeadline(startsAt, days)).toBe(expected));
});

describe('materialStatus', () => {
  const meeting = { meetingStartsAt: '2026-03-10T12:00:00Z', daysBefore: 7 };
  it.each([
    ['sent a week early', '2026-02-25T08:00:00Z', true, '2026-03-10T12:00:00Z', 'on_time'],
    ['sent on the deadline day, late in the evening in Sweden', '2026-03-03T22:30:00Z', true, '2026-03-10T12:00:00Z', 'on_time'],
    ['sent just after midnight in Sweden, the day after', '2026-03-03T23:30:00Z', true, '2026-03-10T12:00:00Z', 'late'],
    ['sent the day before the meeting', '2026-03-09T09:00:00Z', true, '2026-03-04T09:00:00Z', 'late'],
    ['sent even when the item needs none: still judged', '2026-03-08T09:00:00Z', false, '2026-03-09T09:00:00Z', 'late'],
    ['nothing sent, deadline ahead', null, true, '2026-03-03T12:00:00Z', 'pending'],
    ['nothing sent, the deadline day still running', null, true, '2026-03-03T22:59:00Z', 'pending'],
    ['nothing sent, deadline passed', null, true, '2026-03-03T23:01:00Z', 'missing'],
    ['nothing sent, none needed', null, false, '2026-03-09T12:00:00Z', 'none'],
  ] as const)('%s', (_, sent, needs, now, expected) =>
    expect(materialStatus({ ...meeting, needsMaterial: needs, firstSentAt: sent, now: new Date(now) })).toBe(expected),
  );
});

describe('swedishDay', () => {
  it.each([
    ['2026-12-31T22:59:59Z', '2026-12-31'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2026-07-01T21:59:59Z', '2026-07-01'],
    ['2026-07-01T22:00:00Z', '2026-07-02'],
  ] as const)('%s is %s in Sweden', (instant, day) => expect(swedishDay(instant)).toBe(day));
});
