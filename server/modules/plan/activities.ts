import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import { ACTIVITY_FIELDS, effectivePrerequisites, type ActivityField } from '../../../common/plan.ts';
import type { Db, Executor } from '../../db/client.ts';
import { decideRead } from '../../lib/access/grants.ts';
import { readParticipantData, writeParticipantData, type Access } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, invalid, notFound } from '../../lib/errors.ts';
import { hasPrerequisites } from '../calendar/rules.ts';
import { auditProgressionLook, warningsForActivity } from '../calendar/warnings.ts';
import { notifyPlanChanged } from '../notifications/notify.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { changedFields, checkActivityChange, checkActivityFields, checkNewActivity, checkSchedule, checkTransition } from './policy.ts';
import { loadActivity, problemError, scheduleError, staleError } from './present.ts';
import type { CreateActivity, Transition, UpdateActivity } from './schema.ts';
import { activities, activityVersions, goals } from './tables.ts';

type ActivityRow = typeof activities.$inferSelect;

const snapshotOf = (row: ActivityRow) =>
  Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, row[f] ?? null])) as Record<ActivityField, unknown>;

/** The referenced goal must be this person's, and the owner an active organisation of the tenant. */
async function checkReferences(
  tx: Executor,
  actor: Actor,
  participantId: string,
  ref: { goalId?: string | null; ownerOrganisationId?: string | null },
) {
  if (ref.goalId) {
    const [goal] = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.tenantId, actor.tenantId), eq(goals.participantId, participantId), eq(goals.id, ref.goalId)));
    if (!goal) throw invalid([{ path: '/goalId', keyword: 'exists', message: 'no such goal in this plan' }]);
  }
  if (ref.ownerOrganisationId) {
    const [org] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, ref.ownerOrganisationId), eq(organisations.active, true)),
      );
    if (!org) throw invalid([{ path: '/ownerOrganisationId', keyword: 'exists', message: 'no such organisation' }]);
  }
}

/** Keeps the version in activity_versions, in the caller's transaction: who, when, which fields and the whole record. */
export async function recordVersion(tx: Executor, actor: Actor, row: ActivityRow, fields: string[]) {
  await tx.insert(activityVersions).values({
    tenantId: actor.tenantId,
    activityId: row.id,
    version: row.version,
    participantId: row.participantId,
    changedByUserId: actor.userId,
    changedByOrganisationId: actor.organisationId,
    changedFields: fields,
    snapshot: snapshotOf(row),
  });
}

/**
 * The saved activity as the actor sees it, with the calendar's warnings about it (they never block saving). A
 * prerequisite warning tells the person's SFI level only to those who may read the progression.
 */
async function saved({ tx, facts, today }: Access, actor: Actor, participantId: string, activityId: string) {
  const activity = await loadActivity(tx, actor, participantId, activityId);
  const progression = decideRead(actor, facts, 'progression', today);
  const warnings = await warningsForActivity(tx, actor.tenantId, participantId, activityId, { progressionVisible: progression.allowed });
  if (progression.allowed && hasPrerequisites(effectivePrerequisites(activity.kind, activity.prerequisites)))
    await auditProgressionLook(tx, actor, participantId, progression.grant);
  return { activity, warnings };
}

/**
 * Adds an activity. The rules about the body are checked only once access is granted, so an organisation without
 * consent (403) or without the person (404) learns nothing from how its body would have been judged.
 */
export function createActivity(db: Db, actor: Actor, participantId: string, input: Static<typeof CreateActivity>) {
  const endDate = input.endDate ?? null;
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'activity', action: 'create' },
    async (access) => {
      const { tx } = access;
      const problem = checkNewActivity(actor, participantId, input);
      if (problem) throw problemError(problem);
      const scheduleProblem = checkSchedule(input.schedule, input.startDate, endDate);
      if (scheduleProblem) throw scheduleError(scheduleProblem);
      await checkReferences(tx, actor, participantId, input);
      const [row] = await tx
        .insert(activities)
        .values({
          tenantId: actor.tenantId,
          participantId,
          kind: input.kind,
          title: input.title.trim(),
          description: input.description ?? null,
          ownerOrganisationId: input.ownerOrganisationId,
          status: input.status ?? 'proposed',
          startDate: input.startDate,
          endDate,
          schedule: input.schedule,
          place: input.place ?? null,
          goalId: input.goalId ?? null,
          // The person's own activity is agreed by being theirs.
          agreed: input.kind === 'own_activity' ? true : (input.agreed ?? false),
          prerequisites: input.prerequisites ?? null,
          createdByUserId: actor.userId,
        })
        .returning();
      if (!row) throw new AppError('internal');
      const created = snapshotOf(row);
      await recordVersion(tx, actor, row, changedFields({}, created));
      await notifyPlanChanged(tx, actor, participantId);
      return { ...(await saved(access, actor, participantId, row.id)), resourceId: row.id };
    },
  );
}

/** Locks the activity row, then checks who may change it and whether the client saw the latest version. */
async function lockForChange(tx: Executor, actor: Actor, participantId: string, activityId: string, version: number) {
  const [current] = await tx
    .select()
    .from(activities)
    .where(and(eq(activities.tenantId, actor.tenantId), eq(activities.participantId, participantId), eq(activities.id, activityId)))
    .for('update');
  if (!current) throw notFound();
  const problem = checkActivityChange(actor, participantId, current);
  // A stale client is told to reload before being told the activity is locked: the reload shows why.
  if (problem && problem !== 'locked') throw problemError(problem);
  if (current.version !== version) throw staleError(current.version);
  if (problem) throw problemError(problem);
  return current;
}

async function applyChange(tx: Executor, actor: Actor, current: ActivityRow, values: Partial<ActivityRow>) {
  const next = { ...current, ...values };
  const fields = changedFields(snapshotOf(current), snapshotOf(next));
  if (fields.length === 0) return current;
  const [row] = await tx
    .update(activities)
    .set({ ...values, version: current.version + 1, updatedAt: sql`now()` })
    .where(and(eq(activities.tenantId, actor.tenantId), eq(activities.id, current.id), eq(activities.version, current.version)))
    .returning();
  if (!row) throw staleError(current.version + 1);
  await recordVersion(tx, actor, row, fields);
  // Added, changed or cancelled: the participant and the organisations working with them are told, in this transaction.
  await notifyPlanChanged(tx, actor, row.participantId);
  return row;
}

/**
 * A change to one activity: access granted, the row locked and checked against the client's `version`, then `change`
 * writes (with its version row) and the saved activity is answered with the calendar's warnings.
 */
function changeActivity(
  db: Db,
  actor: Actor,
  participantId: string,
  activityId: string,
  version: number,
  change: (tx: Executor, current: ActivityRow) => Promise<void>,
) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'activity', resourceId: activityId, action: 'update' },
    async (access) => {
      await change(access.tx, await lockForChange(access.tx, actor, participantId, activityId, version));
      return saved(access, actor, participantId, activityId);
    },
  );
}

/** Changes an activity's details; `version` must be the one the client read, or the answer is 409. */
export function updateActivity(db: Db, actor: Actor, participantId: string, activityId: string, input: Static<typeof UpdateActivity>) {
  return changeActivity(db, actor, participantId, activityId, input.version, async (tx, current) => {
    const { version: _version, ...patch } = input;
    const fieldProblem = checkActivityFields(actor, current, patch);
    if (fieldProblem) throw problemError(fieldProblem);
    const next = { ...current, ...patch };
    const scheduleProblem = checkSchedule(next.schedule, next.startDate, next.endDate ?? null);
    if (scheduleProblem) throw scheduleError(scheduleProblem);
    await checkReferences(tx, actor, participantId, patch);
    if (patch.title !== undefined) patch.title = patch.title.trim();
    await applyChange(tx, actor, current, patch as Partial<ActivityRow>);
  });
}

/** Moves an activity along its life cycle: proposed → planned → in progress → done, or cancelled with a reason. */
export function transitionActivity(db: Db, actor: Actor, participantId: string, activityId: string, input: Static<typeof Transition>) {
  return changeActivity(db, actor, participantId, activityId, input.version, async (tx, current) => {
    const problem = checkTransition(current.status, input.to, input.reason);
    if (problem) throw problemError(problem);
    const cancelReason = input.to === 'cancelled' ? input.reason!.trim() : null;
    await applyChange(tx, actor, current, { status: input.to, cancelReason });
  });
}

const changer = alias(users, 'changer');
const changerOrg = alias(organisations, 'changer_org');

/** Every version of an activity, newest first: who (name and organisation), when, and each field's old and new value. */
export function activityHistory(db: Db, actor: Actor, participantId: string, activityId: string) {
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'activity_history', resourceId: activityId },
    async ({ tx }) => {
      const versions = await tx
        .select({
          v: activityVersions,
          changedByName: changer.displayName,
          changedByOrganisationName: changerOrg.name,
          changerParticipant: changer.participantId,
        })
        .from(activityVersions)
        .leftJoin(changer, and(eq(changer.tenantId, activityVersions.tenantId), eq(changer.id, activityVersions.changedByUserId)))
        .leftJoin(
          changerOrg,
          and(eq(changerOrg.tenantId, activityVersions.tenantId), eq(changerOrg.id, activityVersions.changedByOrganisationId)),
        )
        .where(
          and(
            eq(activityVersions.tenantId, actor.tenantId),
            eq(activityVersions.participantId, participantId),
            eq(activityVersions.activityId, activityId),
          ),
        )
        .orderBy(asc(activityVersions.version));
      if (versions.length === 0) throw notFound();
      let previous: Record<string, unknown> = {};
      const items = versions.map(({ v, changedByName, changedByOrganisationName, changerParticipant }) => {
        const changes = v.changedFields.map((field) => ({ field, from: previous[field] ?? null, to: v.snapshot[field] ?? null }));
        previous = v.snapshot;
        return {
          version: v.version,
          changedAt: v.changedAt,
          changedByName,
          changedByOrganisationName,
          byParticipant: changerParticipant !== null && changerParticipant === participantId,
          changes,
        };
      });
      return { items: items.reverse() };
    },
  );
}
