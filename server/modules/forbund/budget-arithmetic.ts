/**
 * The joint budget's arithmetic, in whole öre (safe integers; a förbund's amounts stay far below 2^53 öre): what a
 * year has (equity carried in plus the parties' contributions), what is allocated, spent and left, per allocation and
 * in total, and the equity carried out to the next year. Pure, so that it is table-tested.
 */

export interface AllocationInput {
  id: string;
  amountOre: number;
  /** Spending per month, January first: twelve whole amounts (a correction may be negative). */
  spentByMonth: readonly number[];
}

export interface YearInput {
  year: number;
  /** The parties' contributions for the year. */
  contributionsOre: number;
  /** Equity brought in from before Kitt (only the first year recorded; later years carry the previous one's). */
  openingEquityOre: number | null;
  allocations: readonly AllocationInput[];
}

export interface AllocationOutcome {
  id: string;
  allocatedOre: number;
  spentOre: number;
  /** Allocated minus spent; negative when overspent. */
  remainingOre: number;
  overspent: boolean;
  /** Spent so far, month by month (running sum), for the chart of budget against outcome. */
  cumulativeByMonth: number[];
}

export interface YearOutcome {
  year: number;
  carriedInOre: number;
  contributionsOre: number;
  /** Carried in plus contributions. */
  availableOre: number;
  allocatedOre: number;
  /** Available minus allocated; negative when more is allocated than the year has. */
  unallocatedOre: number;
  spentOre: number;
  /** Available minus spent: the equity the next year starts with. */
  carriedOutOre: number;
  overAllocated: boolean;
  spentByMonth: number[];
  allocations: AllocationOutcome[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, x) => a + x, 0);

function checked(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new Error(`${what} must be whole öre`);
  return n;
}

function outcomeOf(input: YearInput, carriedInOre: number): YearOutcome {
  const allocations = input.allocations.map((a): AllocationOutcome => {
    if (a.spentByMonth.length !== 12) throw new Error('twelve months of spending');
    const spentOre = checked(sum(a.spentByMonth.map((m) => checked(m, 'spending'))), 'spending');
    let running = 0;
    const allocatedOre = checked(a.amountOre, 'an allocation');
    return {
      id: a.id,
      allocatedOre,
      spentOre,
      remainingOre: allocatedOre - spentOre,
      overspent: spentOre > allocatedOre,
      cumulativeByMonth: a.spentByMonth.map((m) => (running += m)),
    };
  });
  const availableOre = checked(carriedInOre + checked(input.contributionsOre, 'contributions'), 'the available amount');
  const allocatedOre = sum(allocations.map((a) => a.allocatedOre));
  const spentOre = sum(allocations.map((a) => a.spentOre));
  return {
    year: input.year,
    carriedInOre,
    contributionsOre: input.contributionsOre,
    availableOre,
    allocatedOre,
    unallocatedOre: availableOre - allocatedOre,
    spentOre,
    carriedOutOre: availableOre - spentOre,
    overAllocated: allocatedOre > availableOre,
    spentByMonth: Array.from({ length: 12 }, (_, m) => sum(input.allocations.map((a) => a.spentByMonth[m]!))),
    allocations,
  };
}

/**
 * The outcome of each year, oldest first: a year carries in what the year before carried out; the first year, and a
 * year after a gap, carries in its own opening equity (0 when none is recorded).
 */
export function budgetOutcomes(years: readonly YearInput[]): YearOutcome[] {
  const sorted = [...years].sort((a, b) => a.year - b.year);
  const out: YearOutcome[] = [];
  for (const y of sorted) {
    const previous = out.at(-1);
    const carriedIn = previous && previous.year === y.year - 1 ? previous.carriedOutOre : (y.openingEquityOre ?? 0);
    out.push(outcomeOf(y, carriedIn));
  }
  return out;
}
