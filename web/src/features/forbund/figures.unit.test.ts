import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import type { Contribution } from './api.ts';
import { allocationBars, contributionGroups, formatShare, lawProblems, lawProblemsOf, monthName, monthlyOutcome } from './figures.ts';

const contribution = (partyId: string, group: Contribution['group'], amountOre: number, sharePpm: number): Contribution => ({
  partyId,
  partyName: partyId,
  group,
  amountOre,
  sharePpm,
});

describe('contributionGroups', () => {
  it('sums the parties by the law’s groups, in the law’s order, with the exact legal share', () => {
    const groups = contributionGroups([
      contribution('kommun-a', 'municipalities', 66_667, 166_666),
      contribution('fk', 'state', 200_000, 250_000),
      contribution('region', 'region', 100_000, 250_000),
      contribution('af', 'state', 200_000, 250_000),
      contribution('kommun-b', 'municipalities', 33_333, 83_333),
    ]);
    expect(groups.map((g) => [g.group, g.amountOre, g.sharePpm, g.parties.map((p) => p.partyId)])).toEqual([
      ['state', 400_000, 500_000, ['fk', 'af']],
      ['region', 100_000, 250_000, ['region']],
      ['municipalities', 100_000, 250_000, ['kommun-a', 'kommun-b']],
    ]);
  });

  it('leaves out a group without parties', () => {
    expect(contributionGroups([contribution('fk', 'state', 1, 500_000)]).map((g) => g.group)).toEqual(['state']);
  });
});

describe('law problems', () => {
  it('reads the party list’s problems', () => {
    expect(
      lawProblems([
        { path: '/parties', keyword: 'missing_party_kind', message: 'forsakringskassan' },
        { path: '/parties', keyword: 'duplicate_region', message: 'region' },
        { path: '/parties/2/keyWeight', keyword: 'weight_not_positive', message: 'p-3' },
        { path: '/parties', keyword: 'something_new', message: 'x' },
      ]),
    ).toEqual([{ key: 'missing', kind: 'forsakringskassan' }, { key: 'duplicate_region' }, { key: 'weight_not_positive', partyId: 'p-3' }]);
  });

  it('reads a refused budget year', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/parties', keyword: 'shares_rule_broken', message: 'missing_party_kind: municipality' },
      { path: '/parties', keyword: 'shares_rule_broken', message: 'duplicate_region: region' },
    ]);
    expect(lawProblemsOf(error)).toEqual([{ key: 'missing', kind: 'municipality' }, { key: 'duplicate_region' }]);
    expect(lawProblemsOf(new ApiError(400, 'validation_failed', 'x', [{ path: '/totalOre', keyword: 'minimum' }]))).toEqual([]);
    expect(lawProblemsOf(null)).toEqual([]);
  });
});

describe('the chart’s figures', () => {
  const spentByMonth = [100_00, 0, 50_00, 0, 0, 0, 0, 0, 0, 0, 0, 0];

  it('draws spending so far through today’s month in the current year', () => {
    const months = monthlyOutcome({ year: 2026, spentByMonth, allocatedOre: 1_000_00 }, '2026-05-10');
    expect(months.map((m) => m.spent)).toEqual([100, 100, 150, 150, 150, null, null, null, null, null, null, null]);
    expect(months.every((m) => m.allocated === 1000)).toBe(true);
  });

  it('draws a year gone by in full, and a year to come up to its last spending', () => {
    expect(monthlyOutcome({ year: 2025, spentByMonth, allocatedOre: 0 }, '2026-05-10').at(-1)!.spent).toBe(150);
    expect(monthlyOutcome({ year: 2031, spentByMonth, allocatedOre: 0 }, '2026-05-10').map((m) => m.spent !== null)).toEqual([
      true,
      true,
      true,
      ...Array<boolean>(9).fill(false),
    ]);
  });

  it('gives each allocation’s allocated and spent in kronor', () => {
    expect(allocationBars([{ name: 'Kansli', allocatedOre: 12_345, spentOre: -100 } as never])).toEqual([
      { name: 'Kansli', allocated: 123.45, spent: -1 },
    ]);
  });
});

describe('formats', () => {
  it('shows shares as percentages and months by name in the interface language', () => {
    expect(formatShare(500_000, 'sv').replace(/\s/g, ' ')).toBe('50 %');
    expect(formatShare(166_666, 'en')).toBe('16.67%');
    expect(monthName(3, 'sv')).toBe('mars');
    expect(monthName(12, 'en', 'short')).toBe('Dec');
  });
});
