import { describe, expect, it } from 'vitest';
import { isoWeekday } from './weekday.ts';

describe('ISO weekday', () => {
  it.each([
    ['2026-11-23', 1],
    ['2026-11-27', 5],
    ['2026-11-29', 7],
    ['2024-02-29', 4],
    ['2027-01-01', 5],
  ])('%s is day %i', (date, weekday) => {
    expect(isoWeekday(date)).toBe(weekday);
  });
});
