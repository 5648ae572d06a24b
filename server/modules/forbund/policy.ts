import { hasRole, type Actor } from '../../lib/actor.ts';

/**
 * Who keeps the förbund's parties and budget: its coordinators and managers (the preparation group and the förbund's
 * own officials, verb governance.manage). Board members, analysts and administrators read (governance.read).
 */
export const mayManageForbund = (actor: Actor) => hasRole(actor, 'coordinator', 'manager');
