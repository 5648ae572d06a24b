/**
 * The offer level's shared vocabulary: kinds of intervention, funding, referral states and the facts eligibility
 * rules can ask about. The national follow-up's categories (occupation, income, end reasons) are data, in
 * `finsam-categories.json`, so they can be corrected without a code change.
 */
import finsam from './finsam-categories.json' with { type: 'json' };

export const INTERVENTION_KINDS = [
  'work_training',
  'work_placement',
  'subsidised_job',
  'sfi_course',
  'education',
  'training_place',
  'rehabilitation',
  'guidance',
  'project',
] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** HSDS 3.0 service status. */
export const INTERVENTION_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const FUNDING_SOURCES = ['regular_budget', 'samordningsforbund', 'procurement_contract', 'esf', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const TARGET_GROUPS = [
  'newcomers',
  'establishment_programme',
  'utbildningsplikt',
  'social_assistance',
  'young_adults',
  'long_term_unemployed',
  'sick_leave',
  'disability',
  'women_far_from_labour_market',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * Facts about a participant an eligibility rule can ask. `age` comes from identity, `sfi_level` and
 * `civic_orientation_done` from progression, the rest from the circumstances organisations record (category intake).
 */
export const ELIGIBILITY_FACTS = [
  'age',
  'sfi_level',
  'civic_orientation_done',
  'registered_at_af',
  'establishment_programme',
  'social_assistance',
  'utbildningsplikt',
  'short_education',
] as const;
export type EligibilityFact = (typeof ELIGIBILITY_FACTS)[number];

/** Circumstances an organisation records about a person, each for a period; they feed eligibility. */
export const CIRCUMSTANCE_KINDS = [
  'registered_at_af',
  'establishment_programme',
  'social_assistance',
  'utbildningsplikt',
  'short_education',
] as const;
export type CircumstanceKind = (typeof CIRCUMSTANCE_KINDS)[number];

/**
 * One machine-readable eligibility rule; an intervention's rules must all hold. `{ fact: 'age', min, max }`,
 * `{ fact: 'sfi_level', atLeast: 'C' }`, `{ fact: <boolean fact>, equals: true | false }`.
 */
export type EligibilityRule =
  | { fact: 'age'; min?: number; max?: number }
  | { fact: 'sfi_level'; atLeast: 'A' | 'B' | 'C' | 'D' }
  | { fact: Exclude<EligibilityFact, 'age' | 'sfi_level'>; equals: boolean };

/** draft → sent → accepted | declined | waitlisted; waitlisted → accepted | declined; accepted → started → ended. */
export const REFERRAL_STATES = ['draft', 'sent', 'accepted', 'declined', 'waitlisted', 'started', 'ended', 'withdrawn', 'expired'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

/** States in which the referral still waits for its provider's answer (and may expire). */
export const AWAITING_ANSWER: readonly ReferralState[] = ['sent'];
export const CLOSED_REFERRAL_STATES: readonly ReferralState[] = ['declined', 'ended', 'withdrawn', 'expired'];

export const DECLINE_REASONS = ['not_eligible', 'no_capacity', 'not_reachable', 'not_interested', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** Default working days a provider has to answer a referral before it expires. */
export const DEFAULT_REFERRAL_ANSWER_WORKING_DAYS = 10;
/** Default follow-up points after a participation ends, in days. */
export const DEFAULT_FOLLOW_UP_DAYS = [90, 180] as const;

export type FinsamList = 'occupation' | 'income' | 'endReason' | 'timeInSupport' | 'educationLevel';
export interface FinsamOption {
  code: string;
  /** The group the national report counts it in (e.g. work or studies); absent when it has none. */
  group?: string;
}
/** The national follow-up's category lists, as data. */
export const FINSAM: Record<FinsamList, readonly FinsamOption[]> = finsam.lists as Record<FinsamList, FinsamOption[]>;
export const finsamCodes = (list: FinsamList) => FINSAM[list].map((o) => o.code);

/** Age bands for reports (years at the start of a participation). */
export const AGE_BANDS = ['16-24', '25-29', '30-39', '40-49', '50-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export function ageBand(age: number): AgeBand | null {
  if (age < 16) return null;
  if (age < 25) return '16-24';
  if (age < 30) return '25-29';
  if (age < 40) return '30-39';
  if (age < 50) return '40-49';
  if (age < 65) return '50-64';
  return '65+';
}

export const GENDERS = ['woman', 'man', 'unknown'] as const;
export type Gender = (typeof GENDERS)[number];

/** The smallest number of people a report shows; smaller cells become "< 5". */
export const SMALL_CELL = 5;

export const CONTRACT_REQUIREMENT_KINDS = ['placements', 'jobs'] as const;
export type ContractRequirementKind = (typeof CONTRACT_REQUIREMENT_KINDS)[number];

export const PURCHASE_KINDS = ['goods', 'services', 'training_places'] as const;
export type PurchaseKind = (typeof PURCHASE_KINDS)[number];

/** Whole years between a birth date and a day (both YYYY-MM-DD); a person born on 29 February ages on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
