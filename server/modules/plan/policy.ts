import {
  ACTIVITY_FIELDS,
  ACTIVITY_TRANSITIONS,
  isLockedStatus,
  type ActivityField,
  type ActivityKind,
  type ActivityStatus,
  type Schedule,
} from '../../../common/plan.ts';
import type { Actor } from '../../lib/actor.ts';

/**
 * Who may do what in the one plan, as pure rules over the actor and the record. The grant to see the plan at all
 * (self, or the organisation's engagement and consent) is decided before, in participant-data.ts.
 */

/** Why a change is refused: `not_yours` → 404, `locked`/`stale` → 409, the rest → 403 or 400 as the service says. */
export type PlanProblem =
  | 'not_yours'
  | 'not_owner'
  | 'own_activity_has_no_owner'
  | 'owner_required'
  | 'owner_not_own_organisation'
  | 'owner_change_by_coordinator'
  | 'agreed_by_owner'
  | 'kind_own_activity_fixed'
  | 'locked'
  | 'transition_not_allowed'
  | 'reason_required'
  | 'goal_written_by_participant'
  | null;

interface ActivityRef {
  kind: ActivityKind;
  ownerOrganisationId: string | null;
  status: ActivityStatus;
}

const isSelf = (actor: Actor, participantId: string) => actor.participantId !== null && actor.participantId === participantId;
const isCoordinator = (actor: Actor) => actor.participantId === null && actor.roles.includes('coordinator');
const isCaseworker = (actor: Actor) => actor.participantId === null && actor.roles.includes('caseworker');
const ownsActivity = (actor: Actor, a: Pick<ActivityRef, 'ownerOrganisationId'>) =>
  actor.organisationId !== null && a.ownerOrganisationId === actor.organisationId;

/** Another participant's plan: the service answers 404, as if the person did not exist. */
function otherParticipant(actor: Actor, participantId: string) {
  return actor.participantId !== null && actor.participantId !== participantId;
}

/**
 * Adding an activity: the person adds their own activities (kind own_activity, no owner organisation); a caseworker
 * adds activities owned by their own organisation; a coordinator, who puts the joint plan together, for any
 * organisation. `agreed` may be set only by the owner (the owner organisation's staff, or the person for their own).
 */
export function checkNewActivity(
  actor: Actor,
  participantId: string,
  input: { kind: ActivityKind; ownerOrganisationId: string | null; agreed?: boolean },
): PlanProblem {
  if (otherParticipant(actor, participantId)) return 'not_yours';
  const own = input.kind === 'own_activity';
  if (isSelf(actor, participantId)) {
    if (!own) return 'not_owner';
    return input.ownerOrganisationId === null ? null : 'own_activity_has_no_owner';
  }
  if (!isCaseworker(actor) && !isCoordinator(actor)) return 'not_owner';
  if (own) return 'not_owner';
  if (input.ownerOrganisationId === null) return 'owner_required';
  if (input.ownerOrganisationId !== actor.organisationId) {
    if (!isCoordinator(actor)) return 'owner_not_own_organisation';
    if (input.agreed) return 'agreed_by_owner';
  }
  return null;
}

/** Changing an activity at all: the person their own; a caseworker their organisation's; a coordinator any. */
export function checkActivityChange(actor: Actor, participantId: string, activity: ActivityRef): PlanProblem {
  if (otherParticipant(actor, participantId)) return 'not_yours';
  const allowed = isSelf(actor, participantId)
    ? activity.ownerOrganisationId === null
    : activity.kind !== 'own_activity' && (isCoordinator(actor) || (isCaseworker(actor) && ownsActivity(actor, activity)));
  if (!allowed) return 'not_owner';
  if (isLockedStatus(activity.status)) return 'locked';
  return null;
}

/**
 * Which fields a permitted change may touch: the kind may not move in or out of own_activity; only a coordinator
 * hands an activity to another organisation; `agreed` is the owner's word.
 */
export function checkActivityFields(
  actor: Actor,
  activity: ActivityRef & { agreed: boolean },
  patch: { kind?: ActivityKind; ownerOrganisationId?: string | null; agreed?: boolean },
): PlanProblem {
  if (patch.kind !== undefined && (patch.kind === 'own_activity') !== (activity.kind === 'own_activity')) return 'kind_own_activity_fixed';
  if (patch.ownerOrganisationId !== undefined && patch.ownerOrganisationId !== activity.ownerOrganisationId) {
    if (activity.ownerOrganisationId === null || patch.ownerOrganisationId === null) return 'own_activity_has_no_owner';
    if (!isCoordinator(actor)) return 'owner_change_by_coordinator';
  }
  if (patch.agreed !== undefined && patch.agreed !== activity.agreed && !mayAgree(actor, activity)) return 'agreed_by_owner';
  return null;
}

/** The owner says whether an activity is agreed with the person: its organisation's staff, or the person for their own. */
export function mayAgree(actor: Actor, activity: Pick<ActivityRef, 'ownerOrganisationId'>): boolean {
  if (activity.ownerOrganisationId === null) return actor.participantId !== null;
  return actor.participantId === null && ownsActivity(actor, activity) && (isCaseworker(actor) || isCoordinator(actor));
}

/** A status change: along the life cycle only, out of a locked status never, to cancelled only with a reason. */
export function checkTransition(from: ActivityStatus, to: ActivityStatus, reason: string | null | undefined): PlanProblem {
  if (isLockedStatus(from)) return 'locked';
  if (!ACTIVITY_TRANSITIONS[from].includes(to)) return 'transition_not_allowed';
  if (to === 'cancelled' && (reason ?? '').trim() === '') return 'reason_required';
  return null;
}

/**
 * Goals are the person's words: the person writes and edits all of them; a caseworker or coordinator writes goals on
 * the person's behalf and edits those, never what the person wrote themself.
 */
export function checkGoalWrite(actor: Actor, participantId: string, goal: { writtenByParticipant: boolean } | null): PlanProblem {
  if (otherParticipant(actor, participantId)) return 'not_yours';
  if (isSelf(actor, participantId)) return null;
  if (!isCaseworker(actor) && !isCoordinator(actor)) return 'not_owner';
  if (goal?.writtenByParticipant) return 'goal_written_by_participant';
  return null;
}

/** The person's full time per week is set by a caseworker or coordinator, not by the person's own account. */
export function checkPlanSettings(actor: Actor, participantId: string): PlanProblem {
  if (otherParticipant(actor, participantId)) return 'not_yours';
  return isCaseworker(actor) || isCoordinator(actor) ? null : 'not_owner';
}

/** What the actor may do with an activity, sent with it so the UI does not repeat the rules. */
export function allowedActions(actor: Actor, participantId: string, activity: ActivityRef) {
  const change = checkActivityChange(actor, participantId, activity) === null;
  return {
    change,
    agree: change && mayAgree(actor, activity),
    transitions: change ? [...ACTIVITY_TRANSITIONS[activity.status]] : [],
  };
}

export type ScheduleProblem = 'period_reversed' | 'slot_reversed' | 'once_outside_period' | 'once_reversed' | null;

/** A schedule must fit its activity: times end after they start, a single occasion lies within the period. */
export function checkSchedule(schedule: Schedule, startDate: string, endDate: string | null): ScheduleProblem {
  if (endDate !== null && endDate < startDate) return 'period_reversed';
  if (schedule.kind === 'recurring' && schedule.slots.some((s) => s.end <= s.start)) return 'slot_reversed';
  if (schedule.kind === 'once') {
    if (schedule.end <= schedule.start) return 'once_reversed';
    if (schedule.date < startDate || (endDate !== null && schedule.date > endDate)) return 'once_outside_period';
  }
  return null;
}

/** The fields whose value differs between two versions of an activity, in a fixed order. */
export function changedFields(
  before: Partial<Record<ActivityField, unknown>>,
  after: Partial<Record<ActivityField, unknown>>,
): ActivityField[] {
  return ACTIVITY_FIELDS.filter((f) => stable(before[f] ?? null) !== stable(after[f] ?? null));
}

/** JSON with sorted keys, so `{a,b}` and `{b,a}` compare equal (jsonb does not keep key order). */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}
