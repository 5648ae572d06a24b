import { describe, expect, it } from 'vitest';
import { countSeries, lastQuarters, medianSeries, shareSeries, targetStatus, trendOf, type Point } from './series.ts';

describe('lastQuarters', () => {
  it.each([
    ['2026-12-07', 4, ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']],
    ['2026-01-01', 3, ['2025-Q3', '2025-Q4', '2026-Q1']],
    ['2026-03-31', 1, ['2026-Q1']],
    ['2026-04-01', 2, ['2026-Q1', '2026-Q2']],
    ['2024-07-15', 6, ['2023-Q2', '2023-Q3', '2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3']],
  ] as const)('%s, %i quarters', (today, n, expected) => expect(lastQuarters(today, n)).toEqual(expected));
});

const Q = ['2026-Q1', '2026-Q2', '2026-Q3'];
const values = (ps: Point[]) => ps.map((p) => [p.value, p.suppressed]);

describe('shareSeries', () => {
  it.each([
    [
      'every quarter large enough',
      { '2026-Q1': [20, 30], '2026-Q2': [25, 25], '2026-Q3': [40, 10] },
      [
        [40, null],
        [50, null],
        [80, null],
      ],
    ],
    // 3 of 30 in work: the count of 3 would be revealed by the share; the quarter is not published.
    [
      'a small yes',
      { '2026-Q1': [3, 27], '2026-Q2': [25, 25], '2026-Q3': [40, 10] },
      [
        [null, 'small'],
        [50, null],
        [80, null],
      ],
    ],
    [
      'a small no',
      { '2026-Q1': [20, 30], '2026-Q2': [25, 2], '2026-Q3': [40, 10] },
      [
        [40, null],
        [null, 'small'],
        [80, null],
      ],
    ],
    [
      'nothing in a quarter',
      { '2026-Q1': [20, 30], '2026-Q3': [40, 10] },
      [
        [40, null],
        [null, null],
        [80, null],
      ],
    ],
    [
      'all zero but one side',
      { '2026-Q1': [0, 12], '2026-Q2': [7, 0], '2026-Q3': [6, 6] },
      [
        [0, null],
        [100, null],
        [50, null],
      ],
    ],
    [
      'one decimal',
      { '2026-Q1': [1, 2], '2026-Q2': [10, 20], '2026-Q3': [7, 8] },
      [
        [null, 'small'],
        [33.3, null],
        [46.7, null],
      ],
    ],
  ] as const)('%s', (_, data, expected) => {
    const counts = new Map(Object.entries(data).map(([q, [yes, no]]) => [q, { yes, no }]));
    expect(values(shareSeries(Q, counts))).toEqual(expected);
  });

  it('never publishes a share from which a count of 1–4 follows', () => {
    for (let seed = 0; seed < 500; seed++) {
      const counts = new Map(Q.map((q, i) => [q, { yes: (seed * (i + 3)) % 13, no: (seed * (i + 7)) % 11 }]));
      for (const p of shareSeries(Q, counts)) {
        if (p.value === null || p.base.kind !== 'value') continue;
        const yes = Math.round((p.value / 100) * p.base.value);
        const no = p.base.value - yes;
        expect(yes === 0 || yes >= 5).toBe(true);
        expect(no === 0 || no >= 5).toBe(true);
      }
    }
  });
});

describe('countSeries', () => {
  it('publishes each quarter’s people, the parties suppressed as one table', () => {
    const counts = new Map([
      [
        '2026-Q1',
        new Map([
          ['fk', 10],
          ['kommun', 20],
        ]),
      ],
      [
        '2026-Q2',
        new Map([
          ['fk', 2],
          ['kommun', 20],
        ]),
      ],
    ]);
    const { points, byKey } = countSeries(Q, ['fk', 'kommun'], counts);
    expect(values(points)).toEqual([
      [30, null],
      [22, null],
      [0, null],
    ]);
    expect(byKey[1]!.cells.fk).toEqual({ kind: 'small' });
    expect(byKey[1]!.cells.kommun!.kind).not.toBe('value');
  });
});

describe('medianSeries', () => {
  it.each([
    [{ median: 42.25, people: 12 }, [42.3, null]],
    [{ median: 10, people: 4 }, [null, 'small']],
    [{ median: 10, people: 5 }, [10, null]],
    [undefined, [null, null]],
  ] as const)('%j', (m, expected) => {
    const medians = new Map(m ? [['2026-Q1', m]] : []);
    expect(values(medianSeries(['2026-Q1'], medians))[0]).toEqual(expected);
  });
});

const points = (...vs: (number | null)[]): Point[] =>
  vs.map((value, i) => ({ quarter: `2026-Q${i + 1}`, value, suppressed: value === null ? 'small' : null, base: { kind: 'small' } }));

describe('targetStatus and trendOf', () => {
  it.each([
    [points(40, 55), 50, 'at_least', 'met'],
    [points(40, 45), 50, 'at_least', 'not_met'],
    [points(40, 50), 50, 'at_least', 'met'],
    [points(60, 30, null), 45, 'at_most', 'met'],
    [points(20, 60), 45, 'at_most', 'not_met'],
    [points(null, null), 45, 'at_most', 'unknown'],
  ] as const)('%#: %j against %s %s → %s', (ps, target, direction, expected) => expect(targetStatus(ps, target, direction)).toBe(expected));

  it.each([
    [points(40, null, 55), 'up'],
    [points(40, 39.8), 'flat'],
    [points(60, 30), 'down'],
    [points(null, 30), 'unknown'],
  ] as const)('%#: %j → %s', (ps, expected) => expect(trendOf(ps)).toBe(expected));
});
