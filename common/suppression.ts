/**
 * Small-cell suppression for published tables of counts of people.
 *
 * Primary suppression: every cell, row total, column total or grand total holding 1 to SMALL_CELL − 1 people is
 * published as "< 5" (`small`). Zeros are published as 0 and are never hidden.
 *
 * Complementary suppression: the margins are published too, so a reader could subtract shown values from a shown
 * total and recover a small cell exactly. The reader (the "attacker") is assumed to know every shown value, that
 * every `small` lies in 1..4, that every `hidden` is ≥ 0, and every row, column and grand-total equation. A small
 * entry is safe when at least two integer values remain feasible for it under that knowledge.
 *
 * The audit is constructive. Picture the table with its margins as an (R+1)×(C+1) grid whose last row holds the
 * column totals and whose last column holds the row totals (the corner is the grand total). A change vector keeps
 * every equation iff, after flipping the sign of the entries in the last row and in the last column (the corner
 * is flipped twice), every row and every column of the grid sums to zero. The elementary such vectors are
 * alternating cycles in the bipartite graph of grid rows and grid columns: +1, −1, +1, … around the cycle. An entry
 * is protected iff such a cycle through it exists that touches only suppressed entries and keeps every small entry
 * in 1..4 and every hidden one ≥ 0. (This is also necessary: the difference of two feasible tables splits into
 * conformal cycles of this kind, because the equations are those of a bipartite network.)
 *
 * The search is a shortest path (Dijkstra) from the entry's grid column back to its grid row, where stepping onto
 * a suppressed entry costs nothing, onto a shown entry costs its value (it will be hidden), and, as a last resort,
 * onto a small entry whose bound 1..4 blocks the step costs UPGRADE (it will be published as `hidden` instead:
 * e.g. a row [1, 1, 1, 1] whose total is "< 5" pins every cell at 1 until one of the five is hidden). Entries are
 * protected one by one in grid order, and a final pass un-hides every complementary entry that the audit shows
 * to be unnecessary, largest first.
 */
import { SMALL_CELL } from './offer.ts';

export { SMALL_CELL };

export type Shown = { kind: 'value'; value: number } | { kind: 'small' } | { kind: 'hidden' };
export interface SuppressedTable {
  cells: Shown[][];
  rowTotals: Shown[];
  columnTotals: Shown[];
  total: Shown;
}

const VALUE = 0;
const SMALL = 1;
const HIDDEN = 2;
type Kind = typeof VALUE | typeof SMALL | typeof HIDDEN;

/** The cost of publishing a small entry as hidden; larger than hiding every shown value of any real table. */
const UPGRADE = 2 ** 40;

/** The (R+1)×(C+1) grid of a table with its margins, and what is published for each entry. */
interface Grid {
  rows: number; // R + 1
  cols: number; // C + 1
  value: number[][];
  kind: Kind[][];
}

const isPrimary = (v: number) => v >= 1 && v < SMALL_CELL;

/** Whether entry (i, j) may move by `d` given what its current kind tells the attacker. */
function fits(g: Grid, i: number, j: number, d: number): boolean {
  const k = g.kind[i]![j]!;
  const next = g.value[i]![j]! + d;
  return k === SMALL ? next >= 1 && next < SMALL_CELL : k === HIDDEN && next >= 0;
}

/** The cost of moving entry (i, j) by `d` on a cycle: 0 if already free to, Infinity if it never can. */
function stepCost(g: Grid, i: number, j: number, d: number): number {
  if (fits(g, i, j, d)) return 0;
  const v = g.value[i]![j]!;
  if (v + d < 0) return Infinity;
  const k = g.kind[i]![j]!;
  return k === VALUE ? (v === 0 ? Infinity : v) : k === SMALL ? UPGRADE : Infinity;
}

/** The sign flip of the last (totals) row and column, so that a valid change sums to zero along each grid line. */
const flip = (g: Grid, i: number, j: number) => (i === g.rows - 1 ? -1 : 1) * (j === g.cols - 1 ? -1 : 1);

/** A cycle: its cost and each entry on it (other than the protected one) with the direction it moves. */
type Cycle = { cost: number; steps: { i: number; j: number; d: number }[] };

/**
 * The cheapest alternating cycle through entry (pi, pj) that moves it by `dp`: a shortest path over grid lines
 * from column pj to row pi, leaving the direct step (pi, pj) out. Nodes 0..rows−1 are grid rows, rows.. are
 * grid columns. Going row → column the sign is s, going column → row it is −s, with s the sign of (pi, pj).
 */
function cheapestCycle(g: Grid, pi: number, pj: number, dp: number): Cycle | null {
  const s = dp * flip(g, pi, pj);
  const n = g.rows + g.cols;
  const dist = new Array<number>(n).fill(Infinity);
  const prev = new Array<number>(n).fill(-1);
  const done = new Array<boolean>(n).fill(false);
  dist[g.rows + pj] = 0;
  for (;;) {
    let u = -1;
    for (let x = 0; x < n; x++) if (!done[x] && dist[x]! < Infinity && (u < 0 || dist[x]! < dist[u]!)) u = x;
    if (u < 0 || u === pi) break;
    done[u] = true;
    const fromRow = u < g.rows;
    const count = fromRow ? g.cols : g.rows;
    for (let t = 0; t < count; t++) {
      const [i, j] = fromRow ? [u, t] : [t, u - g.rows];
      if (i === pi && j === pj) continue;
      const v = fromRow ? g.rows + t : t;
      if (done[v]) continue;
      const c = dist[u]! + stepCost(g, i, j, (fromRow ? s : -s) * flip(g, i, j));
      if (c < dist[v]!) {
        dist[v] = c;
        prev[v] = u;
      }
    }
  }
  if (dist[pi] === Infinity) return null;
  const steps: Cycle['steps'] = [];
  for (let v = pi; v !== g.rows + pj; v = prev[v]!) {
    const u = prev[v]!;
    const [i, j, sign] = u < g.rows ? [u, v - g.rows, s] : [v, u - g.rows, -s];
    steps.push({ i, j, d: sign * flip(g, i, j) });
  }
  return { cost: dist[pi]!, steps };
}

/** The cheapest way to protect entry (i, j), trying both directions its own bound allows. */
function bestCycle(g: Grid, i: number, j: number): Cycle | null {
  let best: Cycle | null = null;
  for (const d of [-1, 1]) {
    if (!fits(g, i, j, d)) continue;
    const c = cheapestCycle(g, i, j, d);
    if (c && (!best || c.cost < best.cost)) best = c;
  }
  return best;
}

/** The audit: an entry is protected iff a cycle through it touches only suppressed entries within their bounds. */
const isProtected = (g: Grid, i: number, j: number) => bestCycle(g, i, j)?.cost === 0;

function toGrid(cells: number[][]): Grid {
  const R = cells.length;
  const C = cells[0]?.length ?? 0;
  const value = Array.from({ length: R + 1 }, () => new Array<number>(C + 1).fill(0));
  cells.forEach((row, r) => {
    if (row.length !== C) throw new RangeError(`suppressTable: row ${r} has ${row.length} cells, expected ${C}`);
    row.forEach((v, c) => {
      if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`suppressTable: cell [${r}][${c}] is ${v}`);
      value[r]![c] = v;
      value[r]![C]! += v;
      value[R]![c]! += v;
      value[R]![C]! += v;
    });
  });
  const kind = value.map((line) => line.map((v): Kind => (isPrimary(v) ? SMALL : VALUE)));
  return { rows: R + 1, cols: C + 1, value, kind };
}

/** Primary, then greedy complementary suppression, then removal of complementary entries the audit can spare. */
function suppressGrid(g: Grid): Grid {
  const primaries: [number, number][] = [];
  g.value.forEach((line, i) => line.forEach((v, j) => isPrimary(v) && primaries.push([i, j])));
  const original = g.kind.map((line) => [...line]);
  for (const [i, j] of primaries) {
    const cycle = bestCycle(g, i, j);
    // Unreachable: with every nonzero entry hideable, the rectangle through the entry's margins always works.
    if (!cycle) throw new Error(`suppression: no protecting cycle for entry [${i}][${j}]`);
    for (const { i: a, j: b, d } of cycle.steps) if (!fits(g, a, b, d)) g.kind[a]![b] = HIDDEN;
  }
  // Complementary entries, costliest first (upgraded smalls, then shown values by size): put back what is spare.
  const extra: [number, number][] = [];
  g.kind.forEach((line, i) => line.forEach((k, j) => k !== original[i]![j] && extra.push([i, j])));
  const weight = ([i, j]: [number, number]) => (original[i]![j] === SMALL ? UPGRADE : g.value[i]![j]!);
  extra.sort((a, b) => weight(b) - weight(a) || a[0] - b[0] || a[1] - b[1]);
  for (const [i, j] of extra) {
    g.kind[i]![j] = original[i]![j]!;
    if (!primaries.every(([a, b]) => isProtected(g, a, b))) g.kind[i]![j] = HIDDEN;
  }
  return g;
}

function shown(g: Grid, i: number, j: number): Shown {
  const k = g.kind[i]![j]!;
  return k === VALUE ? { kind: 'value', value: g.value[i]![j]! } : k === SMALL ? { kind: 'small' } : { kind: 'hidden' };
}

/**
 * Suppresses a table of counts of people with its row totals, column totals and grand total (all published).
 * `cells[r][c]` are non-negative integers; every row must have the same length. Entries of 1..4 become `small`,
 * and the fewest, smallest complementary entries become `hidden` so that no small entry can be recovered.
 */
export function suppressTable(cells: number[][]): SuppressedTable {
  const g = suppressGrid(toGrid(cells));
  const R = g.rows - 1;
  const C = g.cols - 1;
  return {
    cells: Array.from({ length: R }, (_, r) => Array.from({ length: C }, (_, c) => shown(g, r, c))),
    rowTotals: Array.from({ length: R }, (_, r) => shown(g, r, C)),
    columnTotals: Array.from({ length: C }, (_, c) => shown(g, R, c)),
    total: shown(g, R, C),
  };
}

const RANK: Record<Shown['kind'], number> = { value: 0, small: 1, hidden: 2 };
const weaker = (a: Shown, b: Shown) => (RANK[b.kind] > RANK[a.kind] ? b : a);

/**
 * A one-dimensional list of counts with its total (e.g. people per end reason): the same rules, as a one-row table.
 * In a one-row table each column total is its cell and the row total is the grand total; a cycle through one of a
 * pair always runs through the other, so the two agree, and taking the more suppressed of each pair is safe anyway.
 */
export function suppressList(counts: number[]): { cells: Shown[]; total: Shown } {
  const t = suppressTable([counts]);
  return { cells: t.cells[0]!.map((s, c) => weaker(s, t.columnTotals[c]!)), total: weaker(t.rowTotals[0]!, t.total) };
}

/** The published number, or null when suppressed: a share (e.g. a completion rate) needs both parts non-null. */
export function shownValue(s: Shown): number | null {
  return s.kind === 'value' ? s.value : null;
}
