import type { Role } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';

/** Roles whose work belongs to one organisation; an account with one of them must name its organisation. */
export const ORGANISATION_ROLES: readonly Role[] = ['caseworker', 'coordinator', 'manager', 'provider'];

export type UserChangeProblem = 'participant_role' | 'organisation_required' | 'self_lockout' | null;

/**
 * What an administrator may set on an account. Participant accounts are opened from the participant's record by
 * their caseworker, never here (an administrator sees no personal data); staff roles need an organisation; and an
 * administrator cannot deactivate themselves or drop their own administrator role.
 */
export function checkUserChange(
  actor: Actor,
  target: { id: string | null; roles: readonly Role[]; organisationId: string | null; active: boolean },
): UserChangeProblem {
  if (target.roles.includes('participant')) return 'participant_role';
  if (target.roles.some((r) => ORGANISATION_ROLES.includes(r)) && target.organisationId === null) return 'organisation_required';
  if (target.id === actor.userId && (!target.active || !target.roles.includes('administrator'))) return 'self_lockout';
  return null;
}
