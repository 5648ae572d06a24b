import { describe, expect, it } from 'vitest';
import { eligibilityRuleProblems, evaluateEligibility, type EligibilityFacts } from './eligibility.ts';
import type { EligibilityRule } from './offer.ts';

const adult: EligibilityRule = { fact: 'age', min: 18, max: 64 };
const sfiC: EligibilityRule = { fact: 'sfi_level', atLeast: 'C' };
const atAf: EligibilityRule = { fact: 'registered_at_af', equals: true };
const notInProgramme: EligibilityRule = { fact: 'establishment_programme', equals: false };

describe('evaluateEligibility: one rule', () => {
  it.each([
    [adult, { age: 18 }, 'met'],
    [adult, { age: 64 }, 'met'],
    [adult, { age: 17 }, 'not_met'],
    [adult, { age: 65 }, 'not_met'],
    [{ fact: 'age', min: 25 } as EligibilityRule, { age: 90 }, 'met'],
    [{ fact: 'age', max: 29 } as EligibilityRule, { age: 30 }, 'not_met'],
    [adult, {}, 'unknown'],
    [sfiC, { sfi_level: 'C' }, 'met'],
    [sfiC, { sfi_level: 'D' }, 'met'],
    [sfiC, { sfi_level: 'B' }, 'not_met'],
    [sfiC, { sfi_level: null }, 'not_met'],
    [sfiC, {}, 'unknown'],
    [atAf, { registered_at_af: true }, 'met'],
    [atAf, { registered_at_af: false }, 'not_met'],
    [notInProgramme, { establishment_programme: false }, 'met'],
    [notInProgramme, { establishment_programme: true }, 'not_met'],
    [notInProgramme, { age: 30 }, 'unknown'],
  ] as [EligibilityRule, EligibilityFacts, string][])('%j over %j is %s', (rule, facts, expected) => {
    const outcome = evaluateEligibility([rule], facts);
    expect(outcome.rules[0]!.result).toBe(expected);
    expect(outcome.result).toBe(expected === 'met' ? 'eligible' : expected === 'not_met' ? 'not_eligible' : 'unknown');
  });
});

describe('evaluateEligibility: several rules', () => {
  it.each([
    [[], {}, 'eligible'],
    [[adult, atAf], { age: 30, registered_at_af: true }, 'eligible'],
    // A failed rule decides even when another is unknown: the person is not eligible whatever the unknown fact is.
    [[adult, sfiC], { age: 70 }, 'not_eligible'],
    [[adult, sfiC], { age: 30 }, 'unknown'],
    [[adult, sfiC, atAf], { age: 30, sfi_level: 'D', registered_at_af: false }, 'not_eligible'],
  ] as [EligibilityRule[], EligibilityFacts, string][])('%j over %j is %s', (rules, facts, expected) => {
    expect(evaluateEligibility(rules, facts).result).toBe(expected);
  });

  it('names the fact of every rule, in order', () => {
    expect(evaluateEligibility([sfiC, atAf], {}).rules.map((r) => r.fact)).toEqual(['sfi_level', 'registered_at_af']);
  });
});

describe('eligibilityRuleProblems', () => {
  it.each([
    [[adult, sfiC], []],
    [[{ fact: 'age' }], [{ index: 0, problem: 'age_needs_limit' }]],
    [[{ fact: 'age', min: 40, max: 30 }], [{ index: 0, problem: 'age_min_above_max' }]],
    [[atAf, { fact: 'registered_at_af', equals: false }], [{ index: 1, problem: 'fact_repeated' }]],
  ] as [EligibilityRule[], unknown[]][])('%j → %j', (rules, expected) => {
    expect(eligibilityRuleProblems(rules)).toEqual(expected);
  });
});
