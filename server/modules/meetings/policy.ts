import { hasRole, type Actor } from '../../lib/actor.ts';

/**
 * Who keeps the meetings, their agendas and material and records the decisions: the förbund's coordinators and
 * managers (governance.manage) — the officials who serve the board and the preparation group. Board members read.
 */
export const mayManageMeetings = (actor: Actor) => hasRole(actor, 'coordinator', 'manager');
