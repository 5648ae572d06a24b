import { describe, expect, it } from 'vitest';
import type { SfiLevel } from '../../../common/plan.ts';
import type { ProgressionResult } from '../../../common/progression.ts';
import {
  civicOrientationDone,
  currentSfiLevel,
  highestPassedSfiLevel,
  personFacts,
  sfiLevelAtLeast,
  type ProgressionFactEntry,
} from './facts.ts';

const sfi = (sfiLevel: SfiLevel, result: ProgressionResult | null, startDate = '2026-01-10'): ProgressionFactEntry => ({
  kind: 'sfi_course',
  sfiLevel,
  result,
  startDate,
});
const civic = (result: ProgressionResult | null, startDate = '2026-02-01'): ProgressionFactEntry => ({
  kind: 'civic_orientation',
  sfiLevel: null,
  result,
  startDate,
});

describe('the SFI level a person is at', () => {
  const table: [string, ProgressionFactEntry[], SfiLevel | null, SfiLevel | null][] = [
    ['nothing recorded', [], null, null],
    ['studying A', [sfi('A', 'started')], 'A', null],
    ['passed A', [sfi('A', 'passed')], 'A', 'A'],
    ['passed A, studying B', [sfi('A', 'passed'), sfi('B', 'started')], 'B', 'A'],
    ['passed B, C interrupted', [sfi('B', 'passed'), sfi('C', 'interrupted')], 'B', 'B'],
    ['only an interrupted course', [sfi('C', 'interrupted')], null, null],
    ['a course without result', [sfi('B', null)], null, null],
    ['order does not matter', [sfi('D', 'passed'), sfi('B', 'passed'), sfi('C', 'passed')], 'D', 'D'],
    [
      'other kinds are ignored',
      [civic('passed'), { kind: 'validation', sfiLevel: 'D', result: 'passed', startDate: '2026-01-01' }],
      null,
      null,
    ],
  ];
  it.each(table)('%s', (_name, entries, current, passed) => {
    expect(currentSfiLevel(entries)).toBe(current);
    expect(highestPassedSfiLevel(entries)).toBe(passed);
  });

  it('counts only entries that have started by the given date', () => {
    const entries = [sfi('A', 'passed', '2026-01-10'), sfi('B', 'started', '2026-06-01')];
    expect(currentSfiLevel(entries, '2026-05-31')).toBe('A');
    expect(currentSfiLevel(entries, '2026-06-01')).toBe('B');
  });
});

describe('civic orientation done', () => {
  const table: [string, ProgressionFactEntry[], boolean][] = [
    ['nothing', [], false],
    ['started', [civic('started')], false],
    ['interrupted', [civic('interrupted')], false],
    ['passed', [civic('passed')], true],
    ['interrupted, then passed', [civic('interrupted'), civic('passed')], true],
    ['an SFI pass is not civic orientation', [sfi('D', 'passed')], false],
  ];
  it.each(table)('%s', (_name, entries, done) => expect(civicOrientationDone(entries)).toBe(done));
});

describe('SFI level at least', () => {
  const table: [SfiLevel | null, SfiLevel, boolean][] = [
    [null, 'A', false],
    ['A', 'A', true],
    ['A', 'C', false],
    ['B', 'C', false],
    ['C', 'C', true],
    ['D', 'C', true],
  ];
  it.each(table)('%s ≥ %s is %s', (actual, required, expected) => expect(sfiLevelAtLeast(actual, required)).toBe(expected));
});

it('personFacts gathers both', () => {
  expect(personFacts([sfi('A', 'started'), civic('passed')])).toEqual({ sfiLevel: 'A', civicOrientationDone: true });
});
