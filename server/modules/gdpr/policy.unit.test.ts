import { describe, expect, it } from 'vitest';
import {
  addMonths,
  DEFAULT_RETENTION_MONTHS,
  expiredCategories,
  lastEngagementEnd,
  periodPassed,
  rulesProblem,
  RETENTION_CATEGORIES,
} from './policy.ts';

describe('addMonths', () => {
  it.each([
    ['2024-01-15', 1, '2024-02-15'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-11-30', 2, '2025-01-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-06-01', 24, '2026-06-01'],
    ['2024-12-31', 36, '2027-12-31'],
  ])('%s + %i months = %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('the last engagement end', () => {
  const ended = (startDate: string, endDate: string) => ({ startDate, endDate });
  it.each([
    ['no engagement at all', [], null],
    ['one ended engagement', [ended('2020-01-01', '2023-05-31')], '2023-05-31'],
    ['the latest of several', [ended('2020-01-01', '2023-05-31'), ended('2021-01-01', '2024-02-10')], '2024-02-10'],
    ['one still running (open end) blocks', [ended('2020-01-01', '2023-05-31'), { startDate: '2024-01-01', endDate: null }], null],
    ['one ending today is still active', [ended('2020-01-01', '2026-11-23')], null],
    ['one that ended yesterday counts', [ended('2020-01-01', '2026-11-22')], '2026-11-22'],
    ['one ending in the future blocks', [ended('2020-01-01', '2023-05-31'), ended('2026-01-01', '2027-01-01')], null],
    ['one not yet started blocks', [ended('2020-01-01', '2023-05-31'), { startDate: '2026-12-01', endDate: null }], null],
  ])('%s', (_name, engagements, expected) => {
    expect(lastEngagementEnd(engagements, '2026-11-23')).toBe(expected);
  });
});

describe('a period passes the day after last end + months', () => {
  it.each([
    ['2024-11-23', 24, '2026-11-22', false],
    ['2024-11-23', 24, '2026-11-23', false],
    ['2024-11-23', 24, '2026-11-24', true],
    ['2024-02-29', 24, '2026-02-28', false],
    ['2024-02-29', 24, '2026-03-01', true],
    ['2023-11-23', 36, '2026-11-23', false],
    ['2023-11-22', 36, '2026-11-23', true],
  ])('ended %s, %i months, today %s: %s', (lastEnd, months, today, expected) => {
    expect(periodPassed(lastEnd, months, today)).toBe(expected);
  });
});

describe('the categories to remove', () => {
  const rules = DEFAULT_RETENTION_MONTHS;
  it.each([
    ['nothing while an engagement runs', null, '2030-01-01', []],
    ['nothing on the last day of the shortest period', '2024-11-23', '2026-11-23', []],
    ['messages and health after 24 months', '2024-11-22', '2026-11-23', ['health', 'messages']],
    ['intake and plan after 36 months', '2023-11-22', '2026-11-23', ['intake', 'plan', 'health', 'messages']],
    [
      'identity and progression after 60 months',
      '2021-11-22',
      '2026-11-23',
      ['identity', 'intake', 'plan', 'progression', 'health', 'messages'],
    ],
    ['the audit trail last, after 120 months', '2016-11-22', '2026-11-23', [...RETENTION_CATEGORIES]],
  ] as const)('%s', (_name, lastEnd, today, expected) => {
    expect(expiredCategories(lastEnd, rules, today).sort()).toEqual([...expected].sort());
  });

  it('keeps the audit trail while another category is kept longer', () => {
    const odd = { ...rules, audit: 12, progression: 60 };
    expect(expiredCategories('2024-01-01', odd, '2026-11-23')).not.toContain('audit');
  });
});

describe('rules', () => {
  it('accept the defaults', () => expect(rulesProblem(DEFAULT_RETENTION_MONTHS)).toBeNull());
  it('refuse an audit period shorter than a data category', () =>
    expect(rulesProblem({ ...DEFAULT_RETENTION_MONTHS, audit: 36 })).toBe('audit_shorter_than_data'));
  it('accept an audit period equal to the longest', () => expect(rulesProblem({ ...DEFAULT_RETENTION_MONTHS, audit: 60 })).toBeNull());
});
