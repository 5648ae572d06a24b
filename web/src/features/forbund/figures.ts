import { LEGAL_SHARE, PARTY_KINDS, SHARE_GROUPS, type PartyKind, type ShareGroup } from '../../../../common/governance.ts';
import { intlLocale } from '../../i18n/languages.ts';
import { isApiError } from '../../lib/http.ts';
import type { Allocation, BudgetYear, Contribution, ShareProblem } from './api.ts';

/** A year's figures, in the order the page shows them, with the key of each one's label under `forbund.figures.`. */
export const FIGURE_LABEL = {
  totalOre: 'contributions',
  carriedInOre: 'carriedIn',
  availableOre: 'available',
  allocatedOre: 'allocated',
  unallocatedOre: 'unallocated',
  spentOre: 'spent',
  carriedOutOre: 'carriedOut',
} as const;
export type Figure = keyof typeof FIGURE_LABEL;

/** A share in parts per million as a percentage in the interface language: "50 %", "12,5 %" (at most two decimals). */
export function formatShare(ppm: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { style: 'percent', maximumFractionDigits: 2 }).format(ppm / 1_000_000);
}

/** Kronor in a few characters for a chart's axis ("1,2 mn"). */
export function compactKronor(ore: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), { notation: 'compact', maximumFractionDigits: 1 }).format(ore / 100);
}

/** A month's name (1 = January) in the interface language. */
export function monthName(month: number, language: string, width: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { month: width, timeZone: 'UTC' }).format(Date.UTC(2026, month - 1, 15));
}

export interface ContributionGroup {
  group: ShareGroup;
  amountOre: number;
  /** The group's share under the law (exact, where the parties' rounded shares may fall short of it by a part). */
  sharePpm: number;
  parties: Contribution[];
}

/** The contributions by the law's groups (the state, the region, the municipalities), each with its sum; empty groups left out. */
export function contributionGroups(contributions: readonly Contribution[]): ContributionGroup[] {
  return SHARE_GROUPS.map((group) => {
    const parties = contributions.filter((c) => c.group === group);
    return {
      group,
      parties,
      amountOre: parties.reduce((a, c) => a + c.amountOre, 0),
      sharePpm: (LEGAL_SHARE[group][0] * 1_000_000) / LEGAL_SHARE[group][1],
    };
  }).filter((g) => g.parties.length > 0);
}

/** What keeps the parties from the legal split, in terms the page has a sentence for. */
export type LawProblem =
  { key: 'missing'; kind: PartyKind } | { key: 'duplicate_region' } | { key: 'weight_not_positive'; partyId: string };

function lawProblem(keyword: string, message: string): LawProblem | null {
  if (keyword === 'missing_party_kind' && (PARTY_KINDS as readonly string[]).includes(message))
    return { key: 'missing', kind: message as PartyKind };
  if (keyword === 'duplicate_region') return { key: 'duplicate_region' };
  if (keyword === 'weight_not_positive') return { key: 'weight_not_positive', partyId: message };
  return null;
}

/** The party list's problems as sentences to show. */
export const lawProblems = (problems: readonly ShareProblem[]): LawProblem[] =>
  problems.map((p) => lawProblem(p.keyword, p.message)).filter((p) => p !== null);

/**
 * The same from a refused budget year (400 `shares_rule_broken`, each detail's message "<problem>: <what>"), for when
 * the parties changed after the page read them.
 */
export function lawProblemsOf(error: unknown): LawProblem[] {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details)) return [];
  return (error.details as { keyword?: unknown; message?: unknown }[])
    .filter((d) => d?.keyword === 'shares_rule_broken' && typeof d.message === 'string')
    .map((d) => {
      const [keyword = '', message = ''] = (d.message as string).split(': ');
      return lawProblem(keyword, message);
    })
    .filter((p) => p !== null);
}

/** Allocated against spent for each allocation, for the bars of the chart (kronor). */
export const allocationBars = (allocations: readonly Allocation[]) =>
  allocations.map((a) => ({ name: a.name, allocated: a.allocatedOre / 100, spent: a.spentOre / 100 }));

/**
 * Spending so far month by month against what the year has allocated (kronor): the running sum of the year's
 * spending, up to today's month or the last month with spending, and the allocated total as a level line.
 */
export function monthlyOutcome(year: Pick<BudgetYear, 'year' | 'spentByMonth' | 'allocatedOre'>, today: string) {
  const [thisYear, thisMonth] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  const lastSpent = year.spentByMonth.findLastIndex((m) => m !== 0) + 1;
  const through = year.year < thisYear ? 12 : Math.max(lastSpent, year.year === thisYear ? thisMonth : 0);
  let running = 0;
  return year.spentByMonth.map((spent, i) => {
    running += spent;
    return { month: i + 1, spent: i < through ? running / 100 : null, allocated: year.allocatedOre / 100 };
  });
}
