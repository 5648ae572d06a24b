import { SMALL_CELL, type InterventionKind, type TargetGroup } from '../../../common/offer.ts';
import { SFI_LEVELS } from '../../../common/plan.ts';
import type { OrganisationKind } from '../../../common/roles.ts';
import { isExcludedEndReason } from '../participations/rules.ts';
import { currentSfiLevel, type ProgressionFactEntry } from '../progression/facts.ts';

/** The municipality's own organisations: the education it offers people covered by utbildningsplikt comes from them. */
export const MUNICIPAL_ORGANISATION_KINDS: readonly OrganisationKind[] = ['labour_market_unit', 'adult_education', 'social_services'];

const EDUCATION_KINDS: readonly InterventionKind[] = ['education', 'sfi_course'];

/** An intervention is part of the municipality's education for utbildningsplikt: aimed at the group, or education/SFI. */
export function isUtbildningspliktEducation(
  intervention: { kind: InterventionKind; targetGroups: readonly TargetGroup[] },
  organisationKind: string,
): boolean {
  if (!MUNICIPAL_ORGANISATION_KINDS.includes(organisationKind as OrganisationKind)) return false;
  return intervention.targetGroups.includes('utbildningsplikt') || EDUCATION_KINDS.includes(intervention.kind);
}

/**
 * A participation completed: it ended, for a reason the follow-up counts, and it ran to its planned end (or had none
 * planned). One broken off before its planned end, or ended as a wrong registration, did not.
 */
export function participationCompleted(p: { endDate: string | null; plannedEndDate: string | null; endReason: string | null }): boolean {
  if (p.endDate === null || p.endReason === null || isExcludedEndReason(p.endReason)) return false;
  return p.plannedEndDate === null || p.endDate >= p.plannedEndDate;
}

const rank = (level: string | null) => (level === null ? -1 : SFI_LEVELS.indexOf(level as (typeof SFI_LEVELS)[number]));

/**
 * Progression in SFI over a participation: the level the person was at when it ended (or today, while it runs) is
 * higher than the level they were at when it started. No level at all is below level A.
 */
export function sfiProgressed(entries: readonly ProgressionFactEntry[], startDate: string, endDate: string): boolean {
  return rank(currentSfiLevel(entries, endDate)) > rank(currentSfiLevel(entries, startDate));
}

/** A number of people as shown in an aggregate: the number, or hidden as "< 5". */
export type ShownCount = { value: number } | { hidden: 'small' };
/** A share as shown: the share (0–1; null when there is nobody to count), or hidden because it would reveal a small group. */
export type ShownShare = { share: number | null } | { hidden: 'small' };

const small = (n: number) => n > 0 && n < SMALL_CELL;

export const shownCount = (n: number): ShownCount => (small(n) ? { hidden: 'small' } : { value: n });

/**
 * A share of `of` people. Hidden when the group is small, or when the people counted or the people not counted are
 * 1–4: with the group's size shown, either would let a reader recover the small number by subtraction.
 */
export function shownShare(count: number, of: number): ShownShare {
  if (of === 0) return { share: null };
  if (small(of) || small(count) || small(of - count)) return { hidden: 'small' };
  return { share: count / of };
}
