import type { Role } from '../../../common/roles.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';

/** Who reads the area's initiatives (verb governance.read): the preparation group, analysts, the styrelse, administrators. */
export const INITIATIVE_READERS: readonly Role[] = ['coordinator', 'manager', 'analyst', 'board_member', 'administrator'];

/**
 * Who creates and changes initiatives and moves them through their lifecycle (verb governance.manage): every
 * coordinator and manager of the area, together the beredningsgrupp that prepares the styrelse's decisions. An
 * initiative belongs to no one organisation, so there is no per-record rule beyond the tenant.
 */
export const INITIATIVE_MANAGERS: readonly Role[] = ['coordinator', 'manager'];

export const mayReadInitiatives = (actor: Actor) => hasRole(actor, ...INITIATIVE_READERS);

export const mayManageInitiatives = (actor: Actor) => hasRole(actor, ...INITIATIVE_MANAGERS);
