import type { TargetDirection } from '../../../common/governance.ts';
import { SMALL_CELL, shownValue, suppressList, suppressTable, type Shown } from '../../../common/suppression.ts';

/** One quarter of an indicator as published: its value (a share in percent, days or people) or why it is not shown. */
export interface Point {
  quarter: string;
  value: number | null;
  /** `small`: too few people to publish; `hidden`: withheld so that a small cell cannot be recovered; null: shown. */
  suppressed: 'small' | 'hidden' | null;
  /** How many people (or referrals) the value rests on, as published. */
  base: Shown;
}

/** The last `n` quarters up to the one `today` falls in, oldest first ("2026-Q4"). */
export function lastQuarters(today: string, n: number): string[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.unshift(`${year}-Q${q}`);
    if (--q === 0) [q, year] = [4, year - 1];
  }
  return out;
}

const why = (s: Shown): Point['suppressed'] => (s.kind === 'value' ? null : s.kind);

/**
 * A share per quarter from counts of yes and no (e.g. in work or studies, or not). Each quarter is published on its
 * own (its base and its share, no sums over the quarters), so each is suppressed as its own list: a share is
 * published only when both its parts are, so that no count of 1–4 follows from it; rounded to one decimal of a percent.
 */
export function shareSeries(quarters: readonly string[], counts: ReadonlyMap<string, { yes: number; no: number }>): Point[] {
  return quarters.map((quarter) => {
    const { yes = 0, no = 0 } = counts.get(quarter) ?? {};
    const list = suppressList([yes, no]);
    const [y, n] = list.cells.map(shownValue) as [number | null, number | null];
    if (y !== null && n !== null)
      return { quarter, value: y + n === 0 ? null : Math.round((1000 * y) / (y + n)) / 10, suppressed: null, base: list.total };
    return { quarter, value: null, suppressed: list.cells.some((c) => c.kind === 'small') ? 'small' : 'hidden', base: list.total };
  });
}

/**
 * A count of people per quarter split by a second key (e.g. the party): the table is suppressed as one and each
 * quarter's total is its value.
 */
export function countSeries(
  quarters: readonly string[],
  keys: readonly string[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
) {
  const columns = keys.length > 0 ? keys : ['all'];
  const table = suppressTable(quarters.map((q) => columns.map((k) => counts.get(q)?.get(k) ?? 0)));
  const points: Point[] = quarters.map((quarter, i) => {
    const total = table.rowTotals[i]!;
    return { quarter, value: shownValue(total), suppressed: why(total), base: total };
  });
  const byKey = quarters.map((quarter, i) => ({ quarter, cells: Object.fromEntries(columns.map((k, c) => [k, table.cells[i]![c]!])) }));
  return { points, byKey };
}

/** A median per quarter, published when it rests on at least five people. */
export function medianSeries(quarters: readonly string[], medians: ReadonlyMap<string, { median: number; people: number }>): Point[] {
  return quarters.map((quarter) => {
    const m = medians.get(quarter);
    if (!m || m.people === 0) return { quarter, value: null, suppressed: null, base: { kind: 'value', value: 0 } };
    if (m.people < SMALL_CELL) return { quarter, value: null, suppressed: 'small', base: { kind: 'small' } };
    return { quarter, value: Math.round(m.median * 10) / 10, suppressed: null, base: { kind: 'value', value: m.people } };
  });
}

/** The latest published value against the target: met, not met, or unknown when no quarter could be published. */
export function targetStatus(points: readonly Point[], target: number, direction: TargetDirection): 'met' | 'not_met' | 'unknown' {
  const latest = [...points].reverse().find((p) => p.value !== null);
  if (!latest) return 'unknown';
  return (direction === 'at_least' ? latest.value! >= target : latest.value! <= target) ? 'met' : 'not_met';
}

/** The change from the first to the last published quarter: up, down or flat (within half a unit), or unknown. */
export function trendOf(points: readonly Point[]): 'up' | 'down' | 'flat' | 'unknown' {
  const shown = points.filter((p) => p.value !== null);
  if (shown.length < 2) return 'unknown';
  const change = shown.at(-1)!.value! - shown[0]!.value!;
  return Math.abs(change) < 0.5 ? 'flat' : change > 0 ? 'up' : 'down';
}
