/**
 * Suppression of a report's linked tables, built on common/suppression.ts (which protects one table with its
 * margins). A report publishes several partitions of the same margin — the ended participations by completion, by
 * situation at end and at each follow-up point; the sent referrals by state and by closed loop — and a reader could
 * subtract across them: a margin hidden in one table but shown in another gives the hidden cells away. So the margin
 * is suppressed once, on its own (the anchor), and every partition publishes only the rows whose margin the anchor
 * shows. The other rows are summed into one "rest" row that is suppressed with the table (so the column totals stay
 * the true totals) and never published. When a table would still treat a published margin differently from the
 * anchor, that row joins the rest; when its grand total or rest disagrees with the anchor's, its column totals are
 * hidden. Hiding more never uncovers what the single-table suppression protects.
 */
import { suppressTable, type Shown, type SuppressedTable } from '../../../common/suppression.ts';

export type { Shown };

const HIDDEN: Shown = { kind: 'hidden' };
const RANK: Record<Shown['kind'], number> = { value: 0, small: 1, hidden: 2 };
/** The more suppressed of two publications of the same number. */
export const weaker = (a: Shown, b: Shown) => (RANK[b.kind] > RANK[a.kind] ? b : a);

/** A partition table as published: cells per row (all hidden where the margin is not shown), column totals, total. */
export interface Partition {
  cells: Shown[][];
  columnTotals: Shown[];
  total: Shown;
}

export interface Linked {
  /** The margin per row and in total, as the anchor publishes it; every partition agrees with it. */
  margin: Shown[];
  marginTotal: Shown;
  partitions: Partition[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** A single-row table: its column totals are its cells and its total is its row total, so each pair is one number. */
function twins(t: SuppressedTable): SuppressedTable {
  if (t.cells.length !== 1) return t;
  const cells = t.cells[0]!.map((c, j) => weaker(c, t.columnTotals[j]!));
  const total = weaker(t.rowTotals[0]!, t.total);
  return { cells: [cells], rowTotals: [total], columnTotals: cells, total };
}

/** One list of counts per row with its total (e.g. participations still running), as a one-column table. */
export function suppressColumn(values: readonly number[]): { cells: Shown[]; total: Shown } {
  if (values.length === 0) return { cells: [], total: { kind: 'value', value: 0 } };
  const t = twins(suppressTable(values.map((v) => [v])));
  return { cells: t.cells.map((row, i) => weaker(row[0]!, t.rowTotals[i]!)), total: weaker(t.columnTotals[0]!, t.total) };
}

function suppressPartition(cells: readonly number[][], margin: readonly Shown[], marginTotal: Shown): Partition {
  const width = cells[0]?.length ?? 0;
  let shownRows = margin.flatMap((m, i) => (m.kind === 'value' ? [i] : []));
  for (;;) {
    const rest = cells.map((_, i) => i).filter((i) => !shownRows.includes(i));
    const restRow = Array.from({ length: width }, (_, j) => sum(rest.map((i) => cells[i]![j]!)));
    const input = [...shownRows.map((i) => [...cells[i]!]), ...(rest.length > 0 ? [restRow] : [])];
    if (input.length === 0) return { cells: [], columnTotals: restRow.map(() => HIDDEN), total: marginTotal };
    const t = twins(suppressTable(input));
    // A row whose margin the anchor shows must have it shown here too; otherwise it goes to the rest and we retry.
    const differing = shownRows.filter((_, k) => t.rowTotals[k]!.kind !== 'value');
    if (differing.length > 0) {
      shownRows = shownRows.filter((i) => !differing.includes(i));
      continue;
    }
    const restShown = rest.length > 0 ? t.rowTotals[shownRows.length]! : null;
    const agrees = t.total.kind === marginTotal.kind && (restShown === null || restShown.kind === 'value' || marginTotal.kind !== 'value');
    const out: Shown[][] = cells.map(() => restRow.map(() => HIDDEN));
    shownRows.forEach((i, k) => (out[i] = t.cells[k]!));
    return {
      cells: out,
      columnTotals: agrees ? t.columnTotals : restRow.map(() => HIDDEN),
      total: marginTotal,
    };
  }
}

/**
 * Suppresses several partitions of one margin: `partitions[t][row][column]`, each row of each partition summing to the
 * same margin. The rows together must be a partition too (their sum is the total); for rows that overlap, call this
 * once per row and once for the total.
 */
export function suppressLinked(partitions: readonly (readonly number[][])[]): Linked {
  const rowsOf = partitions[0] ?? [];
  const margins = rowsOf.map((row) => sum(row));
  for (const p of partitions) {
    if (p.length !== margins.length || p.some((row, i) => sum(row) !== margins[i]))
      throw new Error('suppressLinked: every partition must sum to the same margin in every row');
  }
  const anchor = suppressColumn(margins);
  return {
    margin: anchor.cells,
    marginTotal: anchor.total,
    partitions: partitions.map((p) => suppressPartition(p as number[][], anchor.cells, anchor.total)),
  };
}
