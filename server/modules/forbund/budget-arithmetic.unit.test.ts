import { describe, expect, it } from 'vitest';
import { budgetOutcomes, type YearInput } from './budget-arithmetic.ts';

const months = (...spent: number[]) => [...spent, ...Array(12 - spent.length).fill(0)];
const year = (
  y: number,
  contributionsOre: number,
  allocations: YearInput['allocations'],
  openingEquityOre: number | null = null,
): YearInput => ({
  year: y,
  contributionsOre,
  openingEquityOre,
  allocations,
});

describe('budgetOutcomes', () => {
  it('computes available, allocated, unallocated, spent and carried out per year', () => {
    const [y] = budgetOutcomes([
      year(
        2025,
        1_000_000,
        [
          { id: 'a', amountOre: 600_000, spentByMonth: months(100_000, 50_000) },
          { id: 'b', amountOre: 300_000, spentByMonth: months(0, 0, 310_000) },
        ],
        200_000,
      ),
    ]);
    expect(y).toMatchObject({
      carriedInOre: 200_000,
      availableOre: 1_200_000,
      allocatedOre: 900_000,
      unallocatedOre: 300_000,
      spentOre: 460_000,
      carriedOutOre: 740_000,
      overAllocated: false,
    });
    expect(y!.spentByMonth.slice(0, 4)).toEqual([100_000, 50_000, 310_000, 0]);
    expect(y!.allocations.map((a) => [a.id, a.spentOre, a.remainingOre, a.overspent])).toEqual([
      ['a', 150_000, 450_000, false],
      ['b', 310_000, -10_000, true],
    ]);
    expect(y!.allocations[0]!.cumulativeByMonth).toEqual([100_000, 150_000, ...Array(10).fill(150_000)]);
  });

  it.each([
    // [years, carried in per year, carried out per year]
    ['one year, no opening equity', [year(2024, 100, [])], [0], [100]],
    [
      'a chain carries the equity on',
      [year(2024, 100, [{ id: 'a', amountOre: 80, spentByMonth: months(30) }], 10), year(2025, 50, [])],
      [10, 80],
      [80, 130],
    ],
    ['unsorted input is sorted', [year(2025, 50, []), year(2024, 100, [], 5)], [5, 105], [105, 155]],
    ['a later opening equity is ignored after a year', [year(2024, 100, []), year(2025, 0, [], 999)], [0, 100], [100, 100]],
    ['a gap starts over from the opening equity', [year(2022, 100, []), year(2024, 10, [], 7)], [0, 7], [100, 17]],
    ['overspending carries a deficit', [year(2024, 100, [{ id: 'a', amountOre: 100, spentByMonth: months(150) }])], [0], [-50]],
    ['a negative correction gives money back', [year(2024, 100, [{ id: 'a', amountOre: 100, spentByMonth: months(60, -20) }])], [0], [60]],
  ] as const)('%s', (_, years, carriedIn, carriedOut) => {
    const out = budgetOutcomes(years as unknown as YearInput[]);
    expect(out.map((y) => y.carriedInOre)).toEqual(carriedIn);
    expect(out.map((y) => y.carriedOutOre)).toEqual(carriedOut);
  });

  it('flags a year that allocates more than it has', () => {
    const [y] = budgetOutcomes([
      year(2024, 100, [
        { id: 'a', amountOre: 70, spentByMonth: months() },
        { id: 'b', amountOre: 40, spentByMonth: months() },
      ]),
    ]);
    expect([y!.overAllocated, y!.unallocatedOre]).toEqual([true, -10]);
  });

  it('counts in whole öre and refuses anything else', () => {
    expect(() => budgetOutcomes([year(2024, 100.5, [])])).toThrow();
    expect(() => budgetOutcomes([year(2024, 100, [{ id: 'a', amountOre: 1, spentByMonth: months(0.1) }])])).toThrow();
    expect(() => budgetOutcomes([year(2024, 100, [{ id: 'a', amountOre: 1, spentByMonth: [1] }])])).toThrow();
  });

  it('adds amounts near the top of the range exactly', () => {
    const big = 999_999_999_999;
    const [y] = budgetOutcomes([year(2024, big, [{ id: 'a', amountOre: big, spentByMonth: months(big - 1, 1) }], big)]);
    expect([y!.availableOre, y!.spentOre, y!.carriedOutOre]).toEqual([2 * big, big, big]);
  });
});
