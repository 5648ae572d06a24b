import { ROLE_GROUPS, type RoleGroup, type SurveyAudience } from '../../../common/governance.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';

/** Who reads the rounds and their results (verb governance.read): the preparation group, analysts, the board, administrators. */
export const mayReadSurveys = (actor: Actor) => hasRole(actor, 'coordinator', 'manager', 'analyst', 'board_member', 'administrator');

/** Who opens and changes rounds (verb governance.manage): the förbund's coordinators and managers. */
export const mayManageSurveys = (actor: Actor) => hasRole(actor, 'coordinator', 'manager');

/** The audience a signed-in user belongs to: a participant's own account answers participants' rounds, everyone else staff rounds. */
export const audienceOf = (actor: Pick<Actor, 'roles' | 'participantId'>): SurveyAudience =>
  actor.participantId !== null || actor.roles.includes('participant') ? 'participants' : 'staff';

/** Whether the user may answer a round for `audience` at all (the verb only says that they are signed in). */
export const mayAnswer = (actor: Pick<Actor, 'roles' | 'participantId'>, audience: SurveyAudience) => audienceOf(actor) === audience;

/** The role groups a respondent of each audience chooses from: staff say what they work as; participants are participants. */
export const ROLE_GROUPS_OF: Record<SurveyAudience, readonly RoleGroup[]> = {
  staff: ROLE_GROUPS.filter((g) => g !== 'participant'),
  participants: ['participant'],
};
