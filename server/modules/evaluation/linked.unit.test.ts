import { describe, expect, it } from 'vitest';
import { SMALL_CELL, suppressTable, type Shown } from '../../../common/suppression.ts';
import { sumOf } from './figures.ts';
import { suppressColumn, suppressLinked, type Linked, type Partition } from './linked.ts';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const isSmall = (v: number) => v >= 1 && v < SMALL_CELL;
const lo = (s: Shown) => (s.kind === 'value' ? s.value : s.kind === 'small' ? 1 : 0);
const hi = (s: Shown, cap: number) => (s.kind === 'value' ? s.value : s.kind === 'small' ? SMALL_CELL - 1 : cap);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One group: two partitions of its ended participations (2 and 2 cells) and the participations still running. */
interface Group {
  p: [number[], number[]];
  running: number;
}

/** An edge of a flow network with lower and upper bounds on its flow. */
type Edge = { from: number; to: number; lo: number; hi: number };

/** Whether a circulation within every edge's bounds exists (lower bounds moved into node demands, then one max flow). */
function feasible(nodes: number, edges: Edge[]): boolean {
  const n = nodes + 2;
  const [s, t] = [nodes, nodes + 1];
  const cap = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const demand = new Array<number>(nodes).fill(0);
  for (const e of edges) {
    if (e.lo > e.hi) return false;
    cap[e.from]![e.to]! += e.hi - e.lo;
    demand[e.to]! += e.lo;
    demand[e.from]! -= e.lo;
  }
  let need = 0;
  demand.forEach((d, v) => {
    if (d > 0) [cap[s]![v], need] = [d, need + d];
    else if (d < 0) cap[v]![t] = -d;
  });
  let flow = 0;
  for (;;) {
    const prev = new Array<number>(n).fill(-1);
    prev[s] = s;
    const queue = [s];
    while (queue.length > 0 && prev[t] === -1) {
      const u = queue.shift()!;
      for (let v = 0; v < n; v++) if (prev[v] === -1 && cap[u]![v]! > 0) [prev[v], queue[queue.length]] = [u, v];
    }
    if (prev[t] === -1) return flow === need;
    let push = Infinity;
    for (let v = t; v !== s; v = prev[v]!) push = Math.min(push, cap[prev[v]!]![v]!);
    for (let v = t; v !== s; v = prev[v]!) [cap[prev[v]!]![v], cap[v]![prev[v]!]] = [cap[prev[v]!]![v]! - push, cap[v]![prev[v]!]! + push];
    flow += push;
  }
}

/** What a publication says about the ended participations: the margin and two partitions of it. */
type Publication = Pick<Linked, 'margin' | 'marginTotal'> & { partitions: Partition[] };

/**
 * The attack on a publication, written independently of linked.ts. What is published about the ended participations
 * is a flow network: first partition's column totals → its cells → each group's margin → the second partition's
 * cells → its column totals → the grand total → back to the start. Its matrix is totally unimodular, so the values
 * an entry can take form an interval of integers: an entry of 1–4 is safe iff a feasible table moves it by one.
 * (Running counts are a one-column table of their own, protected by common/suppression.ts; started = ended + running
 * moves whenever ended does.) Returns the entries pinned to one value.
 */
function attack(groups: Group[], published: Publication): string[] {
  const R = groups.length;
  const big = sum(groups.map((g) => sum(g.p[0]))) + 10;
  // Nodes: 0, 1 the first partition's columns; 2, 3 the second's; 4 + 2i, 5 + 2i group i in and out; then the hub
  // where the second partition's totals arrive, and the one the first's leave from, joined by the grand total.
  const [arrive, leave] = [4 + 2 * R, 5 + 2 * R];
  const entries: { name: string; edge: Edge; truth: number }[] = [];
  const entry = (name: string, from: number, to: number, shown: Shown, truth: number) =>
    entries.push({ name, edge: { from, to, lo: lo(shown), hi: hi(shown, big) }, truth });
  const [first, second] = published.partitions as [Partition, Partition];
  const column = (t: 0 | 1, c: number) => sum(groups.map((g) => g.p[t][c]!));
  for (let c = 0; c < 2; c++) entry(`p0 total[${c}]`, leave, c, first.columnTotals[c]!, column(0, c));
  for (let c = 0; c < 2; c++) entry(`p1 total[${c}]`, 2 + c, arrive, second.columnTotals[c]!, column(1, c));
  groups.forEach((g, i) => {
    for (let c = 0; c < 2; c++) entry(`p0[${i}][${c}]`, c, 4 + 2 * i, first.cells[i]![c]!, g.p[0][c]!);
    entry(`ended[${i}]`, 4 + 2 * i, 5 + 2 * i, published.margin[i]!, sum(g.p[0]));
    for (let c = 0; c < 2; c++) entry(`p1[${i}][${c}]`, 5 + 2 * i, 2 + c, second.cells[i]![c]!, g.p[1][c]!);
  });
  entry('ended total', arrive, leave, published.marginTotal, sum(groups.map((g) => sum(g.p[0]))));
  const edges = entries.map((e) => e.edge);
  expect(feasible(leave + 1, edges)).toBe(true);
  const movable = (k: number) =>
    [entries[k]!.truth - 1, entries[k]!.truth + 1].some((v) =>
      feasible(
        leave + 1,
        edges.map((e, j) => (j === k ? { ...e, lo: v, hi: v } : e)),
      ),
    );
  return entries.flatMap((e, k) => (isSmall(e.truth) && !movable(k) ? [`${e.name}=${e.truth}`] : []));
}

const randomGroups = (rand: () => number, rows: number): Group[] =>
  Array.from({ length: rows }, () => {
    const p0 = [Math.floor(rand() * 9), Math.floor(rand() * 9)];
    const first = Math.floor(rand() * (sum(p0) + 1));
    return { p: [p0, [first, sum(p0) - first]], running: Math.floor(rand() * 9) };
  });

describe('suppressLinked', () => {
  it('publishes the margin as the anchor does in every partition, and no cell of a row whose margin is not shown', () => {
    const partitions = [
      [
        [10, 5],
        [2, 1],
        [5, 1],
      ],
      [
        [5, 10],
        [3, 0],
        [6, 0],
      ],
    ];
    const linked = suppressLinked(partitions);
    expect(linked.margin).toEqual([{ kind: 'value', value: 15 }, { kind: 'small' }, { kind: 'hidden' }]);
    expect(linked.marginTotal).toEqual({ kind: 'value', value: 24 });
    for (const p of linked.partitions) {
      expect(p.cells[1]).toEqual([{ kind: 'hidden' }, { kind: 'hidden' }]);
      expect(p.cells[2]).toEqual([{ kind: 'hidden' }, { kind: 'hidden' }]);
      expect(p.total).toEqual(linked.marginTotal);
    }
    // The rest (rows 2 and 3: 7 and 2) has a small cell, so the first row's cells become its complement.
    expect(linked.partitions[0]!.cells[0]).toEqual([{ kind: 'hidden' }, { kind: 'hidden' }]);
    expect(linked.partitions[1]!.cells[0]).toEqual([
      { kind: 'value', value: 5 },
      { kind: 'value', value: 10 },
    ]);
  });

  it('refuses partitions that do not add up to the same margin', () => {
    expect(() => suppressLinked([[[1, 2]], [[4]]])).toThrow(/same margin/);
  });

  it('defeats the subtraction across tables: started minus ended does not give a small running count away', () => {
    // Two still running in the first group: shown neither by the running list nor through started − ended.
    const groups: Group[] = [
      {
        p: [
          [12, 6],
          [9, 9],
        ],
        running: 2,
      },
      {
        p: [
          [8, 7],
          [10, 5],
        ],
        running: 9,
      },
      {
        p: [
          [6, 6],
          [7, 5],
        ],
        running: 7,
      },
    ];
    expect(attack(groups, suppressLinked([groups.map((g) => g.p[0]), groups.map((g) => g.p[1])]))).toEqual([]);
    const running = suppressColumn(groups.map((g) => g.running));
    const ended = suppressLinked([groups.map((g) => g.p[0])]).margin;
    expect(sumOf([ended[0]!, running.cells[0]!])).toEqual({ kind: 'hidden' });
  });

  it('leaves every small count of seeded random publications at least two feasible values', () => {
    const rand = mulberry32(6);
    const pinned: string[] = [];
    for (let n = 0; n < 400; n++) {
      const groups = randomGroups(rand, 2 + (n % 3));
      const found = attack(groups, suppressLinked([groups.map((g) => g.p[0]), groups.map((g) => g.p[1])]));
      if (found.length > 0) pinned.push(`${JSON.stringify(groups.map((g) => g.p))}: ${found.join(', ')}`);
    }
    expect(pinned).toEqual([]);
  });

  it('has an attack with teeth: each partition suppressed on its own gives small counts away', () => {
    const rand = mulberry32(6);
    let pinned = 0;
    for (let n = 0; n < 400; n++) {
      const groups = randomGroups(rand, 2 + (n % 3));
      const alone = [0, 1].map((t) => suppressTable(groups.map((g) => g.p[t]!)));
      const naive: Publication = {
        margin: alone[0]!.rowTotals,
        marginTotal: alone[0]!.total,
        partitions: alone.map((a) => ({ cells: a.cells, columnTotals: a.columnTotals, total: a.total })),
      };
      if (attack(groups, naive).length > 0) pinned++;
    }
    expect(pinned).toBeGreaterThan(0);
  });
});
