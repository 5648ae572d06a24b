import { describe, expect, it } from 'vitest';
import { SMALL_CELL, shownValue, suppressList, suppressTable, type Shown, type SuppressedTable } from './suppression.ts';

/** mulberry32: a tiny seeded PRNG, so every run checks the same tables. */
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
const randomTable = (rand: () => number, rows: number, cols: number, max: number) =>
  Array.from({ length: rows }, () => Array.from({ length: cols }, () => Math.floor(rand() * (max + 1))));

const text = (s: Shown) => (s.kind === 'value' ? String(s.value) : s.kind === 'small' ? '<5' : 'X');
/** One line per row, "cells | row total", then "column totals | total"; X is hidden. */
const render = (t: SuppressedTable) => [
  ...t.cells.map((row, r) => [...row.map(text), '|', text(t.rowTotals[r]!)].join(' ')),
  [...t.columnTotals.map(text), '|', text(t.total)].join(' '),
];

/** The table with its margins as an (R+1)×(C+1) grid of true values: row totals last in each row, column totals last. */
function truthGrid(cells: number[][], C = cells[0]?.length ?? 0): number[][] {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const columns = Array.from({ length: C }, (_, c) => sum(cells.map((row) => row[c]!)));
  return [...cells.map((row) => [...row, sum(row)]), [...columns, sum(columns)]];
}
/** What is published, as the same grid. */
const pubGrid = (t: SuppressedTable) => [...t.cells.map((row, r) => [...row, t.rowTotals[r]!]), [...t.columnTotals, t.total]];
/** The inverse of pubGrid. */
const fromGrid = (g: Shown[][]): SuppressedTable => ({
  cells: g.slice(0, -1).map((line) => line.slice(0, -1)),
  rowTotals: g.slice(0, -1).map((line) => line.at(-1)!),
  columnTotals: g.at(-1)!.slice(0, -1),
  total: g.at(-1)!.at(-1)!,
});
const isSmall = (v: number) => v >= 1 && v < SMALL_CELL;

/**
 * The attack, written independently of the audit in suppression.ts: enumerate every integer table consistent with
 * what is published (shown exact, small in 1..4, hidden in 0..bound, every equation) and collect, for each entry whose
 * true value is 1..4, the values it takes. A hidden cell's bound is the smallest published upper bound of its row
 * total, column total or grand total; when all three are hidden it is the true grand total + 1 (enough for any
 * ±1 change, so this subset of the attacker's tables still finds every alternative). Candidates are tried nearest the
 * truth first and the search stops once every target has two values. Returns the targets pinned to one value.
 */
function attack(cells: number[][], t: SuppressedTable): string[] {
  const C = t.columnTotals.length;
  const truth = truthGrid(cells, C);
  const pub = pubGrid(t);
  const R = cells.length;
  const G = truth[R]![C]!;
  const lo = (s: Shown) => (s.kind === 'value' ? s.value : s.kind === 'small' ? 1 : 0);
  const hi = (s: Shown) => (s.kind === 'value' ? s.value : s.kind === 'small' ? SMALL_CELL - 1 : Infinity);
  const ok = (s: Shown, v: number) => v >= lo(s) && v <= hi(s);
  const targets: [number, number][] = [];
  truth.forEach((line, i) => line.forEach((v, j) => isSmall(v) && targets.push([i, j])));
  const seen = targets.map(() => new Set<number>());
  const x = Array.from({ length: R + 1 }, () => new Array<number>(C + 1).fill(0));
  const candidates = (r: number, c: number): number[] => {
    const s = pub[r]![c]!;
    const cap = Math.min(hi(s), hi(pub[r]![C]!), hi(pub[R]![c]!), hi(pub[R]![C]!));
    const top = Number.isFinite(cap) ? cap : G + 1;
    const out: number[] = [];
    for (let k = 0; k <= top + 1; k++)
      for (const v of k ? [truth[r]![c]! + k, truth[r]![c]! - k] : [truth[r]![c]!]) if (v >= lo(s) && v <= top) out.push(v);
    return out;
  };
  const cands = cells.map((row, r) => row.map((_, c) => candidates(r, c)));
  let open = targets.length;
  // x holds the cells chosen so far; the margins are summed afresh from them (no running totals to go stale).
  const rowSum = (r: number, upTo: number) => x[r]!.slice(0, upTo + 1).reduce((a, b) => a + b, 0);
  const colSum = (c: number, upTo: number) => x.slice(0, upTo + 1).reduce((a, row) => a + row[c]!, 0);
  const visit = (n: number): boolean => {
    if (n === R * C) {
      for (let r = 0; r < R; r++) x[r]![C] = rowSum(r, C - 1);
      for (let c = 0; c <= C; c++) x[R]![c] = colSum(c, R - 1);
      if (!ok(pub[R]![C]!, x[R]![C]!)) return false;
      targets.forEach(([i, j], k) => {
        if (seen[k]!.size < 2 && seen[k]!.add(x[i]![j]!).size === 2) open--;
      });
      return open === 0;
    }
    const r = Math.floor(n / C);
    const c = n % C;
    for (const v of cands[r]![c]!) {
      x[r]![c] = v;
      const [row, col] = [rowSum(r, c), colSum(c, r)];
      if (row > hi(pub[r]![C]!) || col > hi(pub[R]![c]!)) continue;
      if (c === C - 1 && !ok(pub[r]![C]!, row)) continue;
      if (r === R - 1 && !ok(pub[R]![c]!, col)) continue;
      if (visit(n + 1)) return true;
    }
    x[r]![c] = 0;
    return false;
  };
  if (R * C > 0) visit(0);
  return targets.filter((_, k) => seen[k]!.size < 2).map(([i, j]) => `[${i}][${j}]=${truth[i]![j]}`);
}

/** Publication with only the primary rule, plus the given hidden cells: to show that the attack has teeth. */
function publish(cells: number[][], hidden: [number, number][] = []): SuppressedTable {
  const at = (v: number, i: number, j: number): Shown =>
    hidden.some(([a, b]) => a === i && b === j) ? { kind: 'hidden' } : isSmall(v) ? { kind: 'small' } : { kind: 'value', value: v };
  return fromGrid(truthGrid(cells).map((line, i) => line.map((v, j) => at(v, i, j))));
}

const COUNTER_EXAMPLE = [
  [7, 0, 1],
  [4, 9, 6],
];

describe('suppressTable: expected output', () => {
  it.each([
    ['the counter-example: two per row and column is not enough', COUNTER_EXAMPLE, ['X 0 <5 | 8', '<5 9 X | 19', 'X 9 X | 27']],
    [
      'no values 1–4: nothing suppressed',
      [
        [5, 0],
        [7, 9],
      ],
      ['5 0 | 5', '7 9 | 16', '12 9 | 21'],
    ],
    [
      'all zeros',
      [
        [0, 0],
        [0, 0],
      ],
      ['0 0 | 0', '0 0 | 0', '0 0 | 0'],
    ],
    ['empty table', [], ['| 0']],
    ['one cell', [[3]], ['<5 | <5', '<5 | <5']],
    ['one row: the partner is a cell with its column total', [[1, 7]], ['<5 X | 8', '<5 X | 8']],
    ['one row, all small: the smalls protect each other', [[1, 2, 3]], ['<5 <5 <5 | 6', '<5 <5 <5 | 6']],
    ['one column', [[2], [9]], ['<5 | <5', 'X | X', '11 | 11']],
    [
      'the only way is to hide a total (zeros stay shown)',
      [
        [3, 0],
        [0, 8],
      ],
      ['<5 0 | <5', '0 8 | 8', '<5 8 | X'],
    ],
    [
      'the smallest complements are chosen',
      [
        [10, 2, 8],
        [7, 9, 11],
        [6, 1, 20],
      ],
      ['X <5 8 | 20', '7 9 11 | 27', 'X <5 20 | 27', '23 12 39 | 74'],
    ],
    [
      'all ones: a small cell must be published as hidden',
      [
        [1, 1],
        [1, 1],
      ],
      ['<5 X | <5', '<5 <5 | <5', '<5 <5 | <5'],
    ],
    [
      'a whole row of small cells summing to 4',
      [
        [1, 1, 1, 1],
        [9, 8, 7, 6],
      ],
      ['<5 <5 <5 X | <5', 'X X X X | X', '10 9 8 7 | 34'],
    ],
  ])('%s', (_, cells, expected) => {
    const t = suppressTable(cells);
    expect(render(t)).toEqual(expected);
    expect(attack(cells, t)).toEqual([]);
  });

  it('rejects ragged rows and non-integer or negative counts', () => {
    expect(() => suppressTable([[1, 2], [3]])).toThrow(RangeError);
    expect(() => suppressTable([[1.5]])).toThrow(RangeError);
    expect(() => suppressTable([[-1]])).toThrow(RangeError);
  });
});

describe('the attack has teeth', () => {
  it('pins a cell of the counter-example under "two suppressed per row and column"', () => {
    const naive = publish(COUNTER_EXAMPLE, [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
    ]);
    expect(render(naive)).toEqual(['X X <5 | 8', '<5 X X | 19', '11 9 7 | 27']);
    expect(attack(COUNTER_EXAMPLE, naive)).toContain('[0][2]=1');
  });

  it('pins cells when only the primary rule is applied', () => {
    expect(attack(COUNTER_EXAMPLE, publish(COUNTER_EXAMPLE))).toEqual(['[0][2]=1', '[1][0]=4']);
    expect(attack([[1, 7]], publish([[1, 7]]))).toEqual(['[0][0]=1', '[1][0]=1']);
  });
});

describe('suppressTable: exhaustive attack on seeded random tables', () => {
  const rand = mulberry32(20240611);
  const tables: number[][][] = [COUNTER_EXAMPLE];
  for (let k = 0; k < 300; k++) tables.push(randomTable(rand, 2 + Math.floor(rand() * 2), 2 + Math.floor(rand() * 3), k % 3 ? 12 : 6));
  for (let k = 0; k < 40; k++)
    tables.push(randomTable(rand, 1, 1 + Math.floor(rand() * 4), 12), randomTable(rand, 1 + Math.floor(rand() * 4), 1, 12));

  it(`leaves every small entry of ${tables.length} tables at least two feasible values`, () => {
    const pinned = tables.map((cells) => ({ cells, pinned: attack(cells, suppressTable(cells)) })).filter((p) => p.pinned.length);
    expect(pinned).toEqual([]);
  });

  it('never alters a shown value, suppresses every 1–4 and shows every 0', () => {
    for (const cells of tables) {
      const truth = truthGrid(cells);
      const pub = pubGrid(suppressTable(cells));
      truth.forEach((line, i) =>
        line.forEach((v, j) => {
          const s = pub[i]![j]!;
          if (s.kind === 'value') expect(s.value).toBe(v);
          if (isSmall(v)) expect(s.kind).not.toBe('value');
          if (v === 0) expect(s).toEqual({ kind: 'value', value: 0 });
          if (s.kind === 'small') expect(isSmall(v)).toBe(true);
        }),
      );
    }
  });

  it('suppresses nothing in a table without values 1–4', () => {
    const r = mulberry32(7);
    for (let k = 0; k < 100; k++) {
      const cells = randomTable(r, 1 + (k % 4), 1 + ((k >> 2) % 4), 30).map((row) => row.map((v) => (isSmall(v) ? 0 : v)));
      const truth = truthGrid(cells);
      expect(pubGrid(suppressTable(cells))).toEqual(truth.map((line) => line.map((value) => ({ kind: 'value', value }))));
    }
  });

  it('hides no complementary entry that the attack shows to be spare', () => {
    for (const cells of tables) {
      const truth = truthGrid(cells);
      const pub = pubGrid(suppressTable(cells));
      pub.forEach((line, i) =>
        line.forEach((s, j) => {
          if (s.kind !== 'hidden') return;
          const v = truth[i]![j]!;
          const back: Shown = isSmall(v) ? { kind: 'small' } : { kind: 'value', value: v };
          const fewer = fromGrid(pub.map((l, a) => l.map((x, b) => (a === i && b === j ? back : x))));
          expect(attack(cells, fewer), `${JSON.stringify(cells)} entry [${i}][${j}]`).not.toEqual([]);
        }),
      );
    }
  });
});

describe('suppressList', () => {
  it.each([
    [[12, 3, 0, 7, 20], ['12', '<5', '0', 'X', '20'], '42'],
    [[], [], '0'],
    [[0, 0], ['0', '0'], '0'],
    [[2, 2], ['<5', '<5'], '<5'],
    [[1, 9], ['<5', 'X'], '10'],
    [[6, 8], ['6', '8'], '14'],
  ])('%j', (counts, cells, total) => {
    const l = suppressList(counts);
    expect([l.cells.map(text), text(l.total)]).toEqual([cells, total]);
  });

  it('leaves every small count of seeded random lists at least two feasible values', () => {
    const rand = mulberry32(99);
    for (let k = 0; k < 200; k++) {
      const counts = randomTable(rand, 1, 1 + Math.floor(rand() * 5), 12)[0]!;
      const l = suppressList(counts);
      // The list as a one-row table whose column totals are its cells and whose grand total is its total.
      const asTable: SuppressedTable = { cells: [l.cells], rowTotals: [l.total], columnTotals: l.cells, total: l.total };
      expect(attack([counts], asTable), JSON.stringify(counts)).toEqual([]);
      [...l.cells, l.total].forEach((s, i) => {
        const v = truthGrid([counts])[0]![i]!;
        expect(s.kind === 'value' ? s.value === v : v > 0, `${JSON.stringify(counts)} entry ${i}`).toBe(true);
        if (isSmall(v)) expect(s.kind).not.toBe('value');
      });
    }
  });
});

describe('shownValue', () => {
  it('gives the number only when shown', () => {
    expect(shownValue({ kind: 'value', value: 0 })).toBe(0);
    expect(shownValue({ kind: 'value', value: 12 })).toBe(12);
    expect(shownValue({ kind: 'small' })).toBeNull();
    expect(shownValue({ kind: 'hidden' })).toBeNull();
  });
});
