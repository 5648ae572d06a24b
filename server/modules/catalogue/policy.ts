import { eligibilityRuleProblems } from '../../../common/eligibility.ts';
import type { EligibilityRule } from '../../../common/offer.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';

/** Providers, coordinators and managers publish their own organisation's interventions; administrators any. */
export function mayManageIntervention(actor: Actor, organisationId: string): boolean {
  if (hasRole(actor, 'administrator')) return true;
  return hasRole(actor, 'provider', 'coordinator', 'manager') && actor.organisationId === organisationId;
}

export const mayPublish = (actor: Actor) =>
  hasRole(actor, 'administrator') || (hasRole(actor, 'provider', 'coordinator', 'manager') && actor.organisationId !== null);

export interface InterventionInputCheck {
  startDate: string | null;
  endDate: string | null;
  eligibility: readonly EligibilityRule[];
}

/** Problems an intervention's fields have together (each field alone is checked by the schema), by JSON path. */
export function interventionProblems(input: InterventionInputCheck): { path: string; keyword: string; message: string }[] {
  const problems: { path: string; keyword: string; message: string }[] = [];
  if (input.startDate && input.endDate && input.endDate < input.startDate)
    problems.push({ path: '/endDate', keyword: 'end_before_start', message: 'end_before_start' });
  for (const p of eligibilityRuleProblems(input.eligibility))
    problems.push({ path: `/eligibility/${p.index}`, keyword: p.problem, message: p.problem });
  return problems;
}
