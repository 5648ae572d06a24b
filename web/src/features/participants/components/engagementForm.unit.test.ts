import { describe, expect, it } from 'vitest';
import type { Engagement } from '../types.ts';
import { endDateProblem, runningOwnEngagement } from './engagementForm.ts';

const TODAY = '2026-06-15';

describe('endDateProblem', () => {
  it.each([
    ['', 'required'],
    ['2026-01-01', null],
    [TODAY, null],
    ['2025-12-31', 'endBeforeStart'],
    ['2026-06-16', 'endInFuture'],
  ] as const)('%s → %s', (end, expected) => {
    expect(endDateProblem('2026-01-01', end, TODAY)).toBe(expected);
  });
});

describe('runningOwnEngagement', () => {
  const e = (organisationId: string, endDate: string | null): Engagement => ({
    id: `${organisationId}-${endDate}`,
    organisationId,
    organisationName: organisationId,
    caseworkerUserId: null,
    caseworkerName: null,
    startDate: '2026-01-01',
    endDate,
  });
  it.each([
    ['none', [], null],
    ['another organisation’s', [e('b', null)], null],
    ['own, running', [e('a', null)], 'a-null'],
    ['own, ends today', [e('a', TODAY)], `a-${TODAY}`],
    ['own, ended', [e('a', '2026-06-14')], null],
    ['own ended, then own running', [e('a', '2026-03-01'), e('a', null)], 'a-null'],
  ] as const)('%s', (_n, items, expected) => {
    expect(runningOwnEngagement(items, 'a', TODAY)?.id ?? null).toBe(expected);
  });
});
