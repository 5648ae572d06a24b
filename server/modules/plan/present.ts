import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { allowedActions, checkGoalWrite, type PlanProblem, type ScheduleProblem } from './policy.ts';
import { activities, goals } from './tables.ts';

/** The answer to a refused plan change: 404 for another person's plan, 409 for locked records, 403 or 400 otherwise. */
export function problemError(problem: Exclude<PlanProblem, null>): AppError {
  switch (problem) {
    case 'not_yours':
      return notFound();
    case 'locked':
      return conflict('The activity is done or cancelled and can no longer be changed.', { reason: 'locked' });
    case 'transition_not_allowed':
      return conflict('The activity cannot move to that status from its current one.', { reason: 'transition_not_allowed' });
    case 'reason_required':
      return invalid([{ path: '/reason', keyword: 'reason_required', message: 'a cancelled activity needs a reason' }]);
    case 'owner_required':
    case 'own_activity_has_no_owner':
      return invalid([{ path: '/ownerOrganisationId', keyword: problem, message: problem }]);
    case 'kind_own_activity_fixed':
      return invalid([{ path: '/kind', keyword: problem, message: problem }]);
    default:
      return new AppError('forbidden', undefined, { reason: problem });
  }
}

export function scheduleError(problem: Exclude<ScheduleProblem, null>): AppError {
  const path = problem === 'period_reversed' ? '/endDate' : '/schedule';
  return invalid([{ path, keyword: problem, message: problem }]);
}

/** A stale version: someone else saved the record after the client read it. */
export function staleError(currentVersion: number): AppError {
  return conflict('Someone else changed this record while you were editing. Reload to see their change.', {
    reason: 'stale',
    currentVersion,
  });
}

const owner = alias(organisations, 'owner');

/** The activities of one participant (or one of them), with the owner organisation's name and the actor's actions. */
export async function loadActivities(tx: Executor, actor: Actor, participantId: string, activityId?: string) {
  const found = await tx
    .select({ a: activities, ownerOrganisationName: owner.name })
    .from(activities)
    .leftJoin(owner, and(eq(owner.tenantId, activities.tenantId), eq(owner.id, activities.ownerOrganisationId)))
    .where(
      and(
        eq(activities.tenantId, actor.tenantId),
        eq(activities.participantId, participantId),
        activityId ? eq(activities.id, activityId) : undefined,
      ),
    )
    .orderBy(asc(activities.startDate), asc(activities.createdAt), asc(activities.id));
  return found.map(({ a, ownerOrganisationName }) => presentActivity(actor, participantId, a, ownerOrganisationName));
}

/** One activity as the API answers it, with the actor's allowed actions. */
export function presentActivity(
  actor: Actor,
  participantId: string,
  a: typeof activities.$inferSelect,
  ownerOrganisationName: string | null,
) {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    description: a.description,
    ownerOrganisationId: a.ownerOrganisationId,
    ownerOrganisationName,
    status: a.status,
    cancelReason: a.cancelReason,
    startDate: a.startDate,
    endDate: a.endDate,
    schedule: a.schedule,
    place: a.place,
    goalId: a.goalId,
    agreed: a.agreed,
    prerequisites: a.prerequisites,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    allowed: allowedActions(actor, participantId, a),
  };
}

export async function loadActivity(tx: Executor, actor: Actor, participantId: string, activityId: string) {
  const [activity] = await loadActivities(tx, actor, participantId, activityId);
  if (!activity) throw notFound();
  return activity;
}

const writer = alias(users, 'writer');
const writerOrg = alias(organisations, 'writer_org');

/** The participant's goals, oldest first, with who wrote them and whether the actor may edit each. */
export async function loadGoals(tx: Executor, actor: Actor, participantId: string, goalId?: string) {
  const found = await tx
    .select({ g: goals, writtenByName: writer.displayName, writtenByOrganisationName: writerOrg.name })
    .from(goals)
    .leftJoin(writer, and(eq(writer.tenantId, goals.tenantId), eq(writer.id, goals.writtenByUserId)))
    .leftJoin(writerOrg, and(eq(writerOrg.tenantId, goals.tenantId), eq(writerOrg.id, goals.writtenByOrganisationId)))
    .where(and(eq(goals.tenantId, actor.tenantId), eq(goals.participantId, participantId), goalId ? eq(goals.id, goalId) : undefined))
    .orderBy(asc(goals.createdAt), asc(goals.id));
  return found.map(({ g, writtenByName, writtenByOrganisationName }) =>
    presentGoal(actor, participantId, g, writtenByName, writtenByOrganisationName),
  );
}

/** One goal as the API answers it, with who wrote it and whether the actor may edit it. */
export function presentGoal(
  actor: Actor,
  participantId: string,
  g: typeof goals.$inferSelect,
  writtenByName: string | null,
  writtenByOrganisationName: string | null,
) {
  return {
    id: g.id,
    text: g.text,
    language: g.language,
    status: g.status,
    writtenByParticipant: g.writtenByParticipant,
    writtenByName,
    writtenByOrganisationName,
    version: g.version,
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
    mayEdit: checkGoalWrite(actor, participantId, g) === null,
  };
}
