import { describe, expect, it } from 'vitest';
import { periodsOverlap } from './policy.ts';

describe('periodsOverlap', () => {
  it.each([
    [['2026-01-01', null], ['2026-06-01', null], true],
    [['2026-01-01', '2026-03-31'], ['2026-04-01', null], false],
    [['2026-01-01', '2026-04-01'], ['2026-04-01', null], true],
    [['2026-05-01', null], ['2026-01-01', '2026-04-30'], false],
    [['2026-05-01', '2026-05-01'], ['2026-05-01', '2026-05-01'], true],
  ] as [[string, string | null], [string, string | null], boolean][])('%j and %j → %s', (a, b, expected) => {
    const period = ([fromDate, toDate]: [string, string | null]) => ({ fromDate, toDate });
    expect(periodsOverlap(period(a), period(b))).toBe(expected);
    expect(periodsOverlap(period(b), period(a))).toBe(expected);
  });
});
