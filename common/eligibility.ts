import type { EligibilityFact, EligibilityRule } from './offer.ts';
import { SFI_LEVELS } from './plan.ts';

/**
 * What Kitt knows about a person for eligibility. A missing key means unknown (the reader lacks consent for the
 * category the fact comes from); `null` for `sfi_level` means the person has no SFI level at all.
 */
export type EligibilityFacts = Partial<{
  age: number;
  sfi_level: 'A' | 'B' | 'C' | 'D' | null;
  civic_orientation_done: boolean;
  registered_at_af: boolean;
  establishment_programme: boolean;
  social_assistance: boolean;
  utbildningsplikt: boolean;
  short_education: boolean;
}>;

export type RuleResult = 'met' | 'not_met' | 'unknown';
export interface RuleOutcome {
  rule: EligibilityRule;
  result: RuleResult;
  /** The fact the rule asks about, so the reader can be told which category's consent would settle it. */
  fact: EligibilityFact;
}
export interface EligibilityResult {
  /** eligible: every rule met; not_eligible: some rule not met; unknown: none failed but some could not be decided. */
  result: 'eligible' | 'not_eligible' | 'unknown';
  rules: RuleOutcome[];
}

function ruleResult(rule: EligibilityRule, facts: EligibilityFacts): RuleResult {
  if (!Object.hasOwn(facts, rule.fact)) return 'unknown';
  if (rule.fact === 'age') {
    const age = facts.age!;
    return (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max) ? 'met' : 'not_met';
  }
  if (rule.fact === 'sfi_level') {
    const level = facts.sfi_level;
    return level != null && SFI_LEVELS.indexOf(level) >= SFI_LEVELS.indexOf(rule.atLeast) ? 'met' : 'not_met';
  }
  return facts[rule.fact] === rule.equals ? 'met' : 'not_met';
}

/** Evaluates an intervention's rules over the facts: all rules must hold; no rules means everyone is eligible. */
export function evaluateEligibility(rules: readonly EligibilityRule[], facts: EligibilityFacts): EligibilityResult {
  const outcomes = rules.map((rule) => ({ rule, fact: rule.fact, result: ruleResult(rule, facts) }));
  const result = outcomes.some((o) => o.result === 'not_met')
    ? 'not_eligible'
    : outcomes.some((o) => o.result === 'unknown')
      ? 'unknown'
      : 'eligible';
  return { result, rules: outcomes };
}

/** Where each fact comes from: the category whose consent the reader needs to know it. */
export const FACT_CATEGORY: Record<EligibilityFact, 'identity' | 'progression' | 'intake'> = {
  age: 'identity',
  sfi_level: 'progression',
  civic_orientation_done: 'progression',
  registered_at_af: 'intake',
  establishment_programme: 'intake',
  social_assistance: 'intake',
  utbildningsplikt: 'intake',
  short_education: 'intake',
};

/** Problems with a rule list as entered, by index; empty when every rule is well formed. */
export function eligibilityRuleProblems(rules: readonly EligibilityRule[]): { index: number; problem: string }[] {
  const problems: { index: number; problem: string }[] = [];
  rules.forEach((rule, index) => {
    if (rule.fact === 'age') {
      if (rule.min === undefined && rule.max === undefined) problems.push({ index, problem: 'age_needs_limit' });
      if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) problems.push({ index, problem: 'age_min_above_max' });
    }
  });
  const facts = rules.map((r) => r.fact);
  facts.forEach((fact, index) => {
    if (facts.indexOf(fact) !== index) problems.push({ index, problem: 'fact_repeated' });
  });
  return problems;
}

/** A translate function as i18next gives it, narrowed to what the describer needs. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One rule in plain words, from the `eligibility.rules` keys of the catalogues (server exports and web app alike). */
export function describeRule(rule: EligibilityRule, t: Translate): string {
  if (rule.fact === 'age') {
    if (rule.min !== undefined && rule.max !== undefined) return t('eligibility.rules.ageBetween', { min: rule.min, max: rule.max });
    if (rule.min !== undefined) return t('eligibility.rules.ageAtLeast', { min: rule.min });
    return t('eligibility.rules.ageAtMost', { max: rule.max });
  }
  if (rule.fact === 'sfi_level') return t('eligibility.rules.sfiLevelAtLeast', { level: rule.atLeast });
  return t(`eligibility.rules.${rule.fact}.${rule.equals ? 'yes' : 'no'}`);
}

/** All rules in plain words, one sentence: what HSDS calls the eligibility description. */
export function describeEligibility(rules: readonly EligibilityRule[], t: Translate): string {
  if (rules.length === 0) return t('eligibility.rules.everyone');
  return rules.map((r) => describeRule(r, t)).join('; ') + '.';
}
