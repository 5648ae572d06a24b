import { describe, expect, it } from 'vitest';
import type { PartyKind } from '../../../common/governance.ts';
import { contributions, shareProblems, splitByWeights, type SharedParty } from './shares.ts';

const party = (id: string, kind: PartyKind, keyWeight = 1): SharedParty => ({ id, kind, keyWeight });
const FOUR = [
  party('fk', 'forsakringskassan'),
  party('af', 'arbetsformedlingen'),
  party('reg', 'region'),
  party('kom', 'municipality', 45_000),
];
const amounts = (cs: { partyId: string; amountOre: number }[]) => Object.fromEntries(cs.map((c) => [c.partyId, c.amountOre]));

describe('splitByWeights', () => {
  it.each([
    [100n, [1n, 1n], [50n, 50n]],
    [101n, [1n, 1n], [51n, 50n]],
    [10n, [1n, 1n, 1n], [4n, 3n, 3n]],
    [11n, [1n, 1n, 1n], [4n, 4n, 3n]],
    [7n, [2n, 1n, 1n], [3n, 2n, 2n]],
    [0n, [3n, 5n], [0n, 0n]],
    [1n, [1n, 2n], [0n, 1n]],
    [100n, [0n, 1n], [0n, 100n]],
    [10_000_000_000_000_001n, [1n, 1n], [5_000_000_000_000_001n, 5_000_000_000_000_000n]],
  ] as const)('%s split by %s → %s', (total, weights, expected) => expect(splitByWeights(total, weights)).toEqual(expected));

  it('adds up to the total and never moves a part more than one unit from its exact value', () => {
    for (let seed = 1; seed < 300; seed++) {
      const weights = Array.from({ length: 1 + (seed % 7) }, (_, i) => BigInt(((seed * 7919 + i * 104729) % 97) + 1));
      const total = BigInt((seed * 1_000_003) % 9_999_991);
      const parts = splitByWeights(total, weights);
      const sum = weights.reduce((a, w) => a + w, 0n);
      expect(parts.reduce((a, p) => a + p, 0n)).toBe(total);
      parts.forEach((p, i) => {
        const exactTimesSum = total * weights[i]!;
        expect(p * sum <= exactTimesSum + sum && p * sum >= exactTimesSum - sum).toBe(true);
      });
    }
  });

  it('refuses weights without a positive sum', () => {
    expect(() => splitByWeights(10n, [0n, 0n])).toThrow();
    expect(() => splitByWeights(10n, [2n, -1n])).toThrow();
  });
});

describe('shareProblems', () => {
  it.each([
    ['all four kinds', FOUR, []],
    ['two municipalities', [...FOUR, party('kom2', 'municipality', 12_000)], []],
    ['no Försäkringskassan', FOUR.filter((p) => p.kind !== 'forsakringskassan'), ['missing_party_kind:forsakringskassan']],
    ['no municipality', FOUR.filter((p) => p.kind !== 'municipality'), ['missing_party_kind:municipality']],
    [
      'nobody',
      [],
      [
        'missing_party_kind:forsakringskassan',
        'missing_party_kind:arbetsformedlingen',
        'missing_party_kind:region',
        'missing_party_kind:municipality',
      ],
    ],
    ['two regions', [...FOUR, party('reg2', 'region')], ['duplicate_region:region']],
    ['a zero weight', [...FOUR.slice(0, 3), party('kom', 'municipality', 0)], ['weight_not_positive:kom']],
    ['a fractional weight', [...FOUR.slice(0, 3), party('kom', 'municipality', 1.5)], ['weight_not_positive:kom']],
  ] as const)('%s', (_, parties, expected) =>
    expect(shareProblems(parties as SharedParty[]).map((p) => `${p.keyword}:${p.message}`)).toEqual(expected),
  );
});

describe('contributions', () => {
  it.each([
    // 4 000 000 kr: the state a half (split equally by FK and AF), the region a quarter, the municipality a quarter.
    ['four parties', 400_000_000, FOUR, { fk: 100_000_000, af: 100_000_000, reg: 100_000_000, kom: 100_000_000 }],
    // Three municipalities by population: 60 000, 30 000 and 10 000 share the municipalities' quarter.
    [
      'municipalities by population',
      400_000_000,
      [...FOUR.slice(0, 3), party('a', 'municipality', 60_000), party('b', 'municipality', 30_000), party('c', 'municipality', 10_000)],
      { fk: 100_000_000, af: 100_000_000, reg: 100_000_000, a: 60_000_000, b: 30_000_000, c: 10_000_000 },
    ],
    // An öre that does not divide: the groups first (state 2 of 4 parts), then within the group, largest remainder.
    ['one öre over', 400_000_001, FOUR, { fk: 100_000_001, af: 100_000_000, reg: 100_000_000, kom: 100_000_000 }],
    ['three öre', 3, FOUR, { fk: 1, af: 0, reg: 1, kom: 1 }],
    ['nothing', 0, FOUR, { fk: 0, af: 0, reg: 0, kom: 0 }],
    // The state's half split by an agreed key, FK three parts, AF one.
    [
      'state by agreed key',
      800_000_000,
      [party('fk', 'forsakringskassan', 3), party('af', 'arbetsformedlingen', 1), party('reg', 'region'), party('kom', 'municipality')],
      { fk: 300_000_000, af: 100_000_000, reg: 200_000_000, kom: 200_000_000 },
    ],
  ] as const)('%s', (_, total, parties, expected) => {
    const result = contributions(total, parties as SharedParty[]);
    expect(amounts(result)).toEqual(expected);
    expect(result.reduce((a, c) => a + c.amountOre, 0)).toBe(total);
  });

  it('keeps each group to its legal part exactly, whatever the keys', () => {
    for (let seed = 1; seed < 200; seed++) {
      const total = (seed * 7_777_777) % 1_000_000_007;
      const parties = [
        party('fk', 'forsakringskassan', (seed % 5) + 1),
        party('af', 'arbetsformedlingen', (seed % 3) + 1),
        party('reg', 'region', 7),
        ...Array.from({ length: (seed % 4) + 1 }, (_, i) => party(`k${i}`, 'municipality', ((seed * (i + 3)) % 50_000) + 1)),
      ];
      const result = contributions(total, parties);
      const group = (g: string) => result.filter((c) => c.group === g).reduce((a, c) => a + c.amountOre, 0);
      const [state, region, municipalities] = [group('state'), group('region'), group('municipalities')];
      expect(state + region + municipalities).toBe(total);
      expect(Math.abs(state * 2 - total)).toBeLessThanOrEqual(2);
      expect(Math.abs(region * 4 - total)).toBeLessThanOrEqual(4);
      expect(Math.abs(municipalities * 4 - total)).toBeLessThanOrEqual(4);
    }
  });

  it('gives the shares in parts per million', () => {
    const result = contributions(100, [...FOUR.slice(0, 3), party('a', 'municipality', 2), party('b', 'municipality', 1)]);
    expect(Object.fromEntries(result.map((c) => [c.partyId, c.sharePpm]))).toEqual({
      fk: 250_000,
      af: 250_000,
      reg: 250_000,
      a: 166_666,
      b: 83_333,
    });
  });

  it('refuses parties that break the law, and amounts that are not whole öre', () => {
    expect(() => contributions(100, FOUR.slice(1))).toThrow();
    expect(() => contributions(100.5, FOUR)).toThrow();
    expect(() => contributions(-1, FOUR)).toThrow();
  });
});
