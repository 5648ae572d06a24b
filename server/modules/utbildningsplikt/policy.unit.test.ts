import { describe, expect, it } from 'vitest';
import type { InterventionKind, TargetGroup } from '../../../common/offer.ts';
import type { ProgressionFactEntry } from '../progression/facts.ts';
import { isUtbildningspliktEducation, participationCompleted, sfiProgressed, shownCount, shownShare } from './policy.ts';

describe('isUtbildningspliktEducation', () => {
  it.each([
    ['education', [], 'adult_education', true],
    ['sfi_course', [], 'adult_education', true],
    ['work_training', ['utbildningsplikt'], 'labour_market_unit', true],
    ['work_training', ['newcomers'], 'labour_market_unit', false],
    ['guidance', [], 'social_services', false],
    // Arbetsförmedlingen's and other organisations' courses are not the municipality's offer.
    ['education', ['utbildningsplikt'], 'arbetsformedlingen', false],
    ['sfi_course', [], 'social_enterprise', false],
  ] as [InterventionKind, TargetGroup[], string, boolean][])('%s for %j at %s → %s', (kind, targetGroups, orgKind, expected) => {
    expect(isUtbildningspliktEducation({ kind, targetGroups }, orgKind)).toBe(expected);
  });
});

describe('participationCompleted', () => {
  it.each([
    [{ endDate: null, plannedEndDate: '2026-06-01', endReason: null }, false],
    [{ endDate: '2026-06-01', plannedEndDate: '2026-06-01', endReason: 'studies' }, true],
    [{ endDate: '2026-06-10', plannedEndDate: '2026-06-01', endReason: 'completed_no_change' }, true],
    [{ endDate: '2026-05-31', plannedEndDate: '2026-06-01', endReason: 'work' }, false],
    [{ endDate: '2026-05-31', plannedEndDate: null, endReason: 'own_choice' }, true],
    [{ endDate: '2026-06-01', plannedEndDate: '2026-06-01', endReason: 'wrong_registration' }, false],
    [{ endDate: '2026-06-01', plannedEndDate: null, endReason: null }, false],
  ])('%j → %s', (p, expected) => {
    expect(participationCompleted(p)).toBe(expected);
  });
});

describe('sfiProgressed', () => {
  const sfi = (sfiLevel: 'A' | 'B' | 'C' | 'D', result: 'started' | 'passed' | 'interrupted', startDate: string): ProgressionFactEntry => ({
    kind: 'sfi_course',
    sfiLevel,
    result,
    startDate,
  });
  it.each([
    ['no entries', [], false],
    ['a level begun during it, from none', [sfi('A', 'started', '2026-02-01')], true],
    ['the same level throughout', [sfi('B', 'started', '2025-12-01')], false],
    ['B passed before, C begun during', [sfi('B', 'passed', '2025-10-01'), sfi('C', 'started', '2026-03-01')], true],
    ['a higher course begun after the end', [sfi('B', 'started', '2025-12-01'), sfi('C', 'started', '2026-07-01')], false],
    ['an interrupted higher course', [sfi('B', 'started', '2025-12-01'), sfi('C', 'interrupted', '2026-03-01')], false],
  ] as [string, ProgressionFactEntry[], boolean][])('%s → %s', (_name, entries, expected) => {
    expect(sfiProgressed(entries, '2026-01-01', '2026-06-30')).toBe(expected);
  });
});

describe('small cells', () => {
  it.each([
    [0, { value: 0 }],
    [1, { hidden: 'small' }],
    [4, { hidden: 'small' }],
    [5, { value: 5 }],
  ])('count %i → %j', (n, expected) => {
    expect(shownCount(n)).toEqual(expected);
  });

  it.each([
    [0, 0, { share: null }],
    [2, 4, { hidden: 'small' }],
    [0, 5, { share: 0 }],
    [5, 5, { share: 1 }],
    [5, 10, { share: 0.5 }],
    [3, 10, { hidden: 'small' }],
    // 7 of 10 shown with 10 shown would reveal the 3 who did not: hidden too.
    [7, 10, { hidden: 'small' }],
    [6, 12, { share: 0.5 }],
  ])('share %i of %i → %j', (count, of, expected) => {
    expect(shownShare(count, of)).toEqual(expected);
  });
});
