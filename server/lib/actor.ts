import type { Role } from '../../common/roles.ts';

/** Who is acting: passed to every service and policy, never as loose fields. */
export interface Actor {
  tenantId: string;
  userId: string;
  organisationId: string | null;
  roles: readonly Role[];
  /** Set when the actor is a participant using their own view. */
  participantId: string | null;
  requestId: string;
  sessionId: string;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean => roles.some((r) => actor.roles.includes(r));

/** The role written to audit rows: the first role that explains access to personal data. */
export function auditRole(actor: Actor): Role | null {
  return actor.roles[0] ?? null;
}
