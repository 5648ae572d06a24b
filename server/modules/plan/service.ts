import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { DEFAULT_FULL_TIME_HOURS } from '../../../common/plan.ts';
import type { Db, Executor } from '../../db/client.ts';
import { fromRow, jsonRow } from '../../db/sql.ts';
import { readParticipantRecord, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { checkGoalWrite, checkPlanSettings } from './policy.ts';
import { loadGoals, presentActivity, presentGoal, problemError, staleError } from './present.ts';
import type { CreateGoal, UpdateGoal, UpdatePlan } from './schema.ts';
import { activities, goals, goalVersions, plans } from './tables.ts';

/**
 * The one plan: goals and activities of every organisation. Reading it writes no plan row: until someone sets the
 * full time, the plan is the default with version 0, and the first change creates the row.
 */
export async function getPlan(db: Db, actor: Actor, participantId: string) {
  const t = actor.tenantId;
  // Plan, goals, activities and the audit row in one statement (see readParticipantRecord): 2 round trips, not 7.
  const { rows: found } = await readParticipantRecord(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'plan' },
    () => sql`
    select
      (select json_build_object('fullTimeHours', p.full_time_hours, 'version', p.version) from plans p
        where p.tenant_id = ${t} and p.participant_id = ${participantId}) as plan,
      coalesce((select json_agg(json_build_object('g', ${jsonRow(goals, 'g')}, 'writtenByName', w.display_name,
                  'writtenByOrganisationName', wo.name) order by g.created_at, g.id)
        from goals g
        left join users w on w.tenant_id = g.tenant_id and w.id = g.written_by_user_id
        left join organisations wo on wo.tenant_id = g.tenant_id and wo.id = g.written_by_organisation_id
        where g.tenant_id = ${t} and g.participant_id = ${participantId}), '[]') as goals,
      coalesce((select json_agg(json_build_object('a', ${jsonRow(activities, 'a')}, 'ownerOrganisationName', o.name)
                  order by a.start_date, a.created_at, a.id)
        from activities a
        left join organisations o on o.tenant_id = a.tenant_id and o.id = a.owner_organisation_id
        where a.tenant_id = ${t} and a.participant_id = ${participantId}), '[]') as activities`,
  );
  const row = found[0] as {
    plan: { fullTimeHours: number | string; version: number } | null;
    goals: { g: Record<string, unknown>; writtenByName: string | null; writtenByOrganisationName: string | null }[];
    activities: { a: Record<string, unknown>; ownerOrganisationName: string | null }[];
  };
  return {
    plan: row.plan
      ? { fullTimeHours: Number(row.plan.fullTimeHours), version: row.plan.version }
      : { fullTimeHours: DEFAULT_FULL_TIME_HOURS, version: 0 },
    goals: row.goals.map((x) => presentGoal(actor, participantId, fromRow(goals, x.g), x.writtenByName, x.writtenByOrganisationName)),
    activities: row.activities.map((x) => presentActivity(actor, participantId, fromRow(activities, x.a), x.ownerOrganisationName)),
  };
}

/** Sets the person's full time (e.g. lower for parental part-time); `version` 0 means "no plan row yet". */
export function updatePlan(db: Db, actor: Actor, participantId: string, input: Static<typeof UpdatePlan>) {
  return writeParticipantData(db, actor, { participantId, category: 'plan', resourceType: 'plan', action: 'update' }, async ({ tx }) => {
    const problem = checkPlanSettings(actor, participantId);
    if (problem) throw problemError(problem);
    await tx.insert(plans).values({ tenantId: actor.tenantId, participantId, version: 0 }).onConflictDoNothing();
    const [updated] = await tx
      .update(plans)
      .set({ fullTimeHours: input.fullTimeHours, version: sql`${plans.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(plans.tenantId, actor.tenantId), eq(plans.participantId, participantId), eq(plans.version, input.version)))
      .returning({ fullTimeHours: plans.fullTimeHours, version: plans.version });
    if (!updated) {
      const [current] = await tx
        .select({ version: plans.version })
        .from(plans)
        .where(and(eq(plans.tenantId, actor.tenantId), eq(plans.participantId, participantId)));
      throw staleError(current?.version ?? 0);
    }
    return { plan: updated };
  });
}

type GoalRow = typeof goals.$inferSelect;

/** Keeps the goal's version in goal_versions, in the caller's transaction: who, when, and the words as they now are. */
async function recordGoalVersion(tx: Executor, actor: Actor, goal: GoalRow) {
  await tx.insert(goalVersions).values({
    tenantId: actor.tenantId,
    goalId: goal.id,
    version: goal.version,
    participantId: goal.participantId,
    changedByUserId: actor.userId,
    changedByOrganisationId: actor.organisationId,
    text: goal.text,
    language: goal.language,
    status: goal.status,
  });
}

/** The person writes a goal in their own words, or staff write it on their behalf; the text is kept as written. */
export function createGoal(db: Db, actor: Actor, participantId: string, input: Static<typeof CreateGoal>) {
  return writeParticipantData(db, actor, { participantId, category: 'plan', resourceType: 'goal', action: 'create' }, async ({ tx }) => {
    // Judged after access, like every plan rule, so a refusal never tells more than the access core would.
    const problem = checkGoalWrite(actor, participantId, null);
    if (problem) throw problemError(problem);
    const [created] = await tx
      .insert(goals)
      .values({
        tenantId: actor.tenantId,
        participantId,
        text: input.text.trim(),
        language: input.language ?? null,
        writtenByParticipant: actor.participantId === participantId,
        writtenByUserId: actor.userId,
        writtenByOrganisationId: actor.organisationId,
      })
      .returning();
    if (!created) throw new AppError('internal');
    await recordGoalVersion(tx, actor, created);
    const [goal] = await loadGoals(tx, actor, participantId, created.id);
    return { goal: goal!, resourceId: created.id };
  });
}

/** Edits a goal's words, language or status; a stale `version` is answered with 409. */
export function updateGoal(db: Db, actor: Actor, participantId: string, goalId: string, input: Static<typeof UpdateGoal>) {
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'goal', resourceId: goalId, action: 'update' },
    async ({ tx }) => {
      const [current] = await tx
        .select()
        .from(goals)
        .where(and(eq(goals.tenantId, actor.tenantId), eq(goals.participantId, participantId), eq(goals.id, goalId)))
        .for('update');
      if (!current) throw notFound();
      const problem = checkGoalWrite(actor, participantId, current);
      if (problem) throw problemError(problem);
      if (current.version !== input.version) throw staleError(current.version);
      const [updated] = await tx
        .update(goals)
        .set({
          ...(input.text !== undefined ? { text: input.text.trim() } : {}),
          ...(input.language !== undefined ? { language: input.language } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          version: current.version + 1,
          updatedAt: sql`now()`,
        })
        .where(and(eq(goals.tenantId, actor.tenantId), eq(goals.id, goalId)))
        .returning();
      await recordGoalVersion(tx, actor, updated!);
      const [goal] = await loadGoals(tx, actor, participantId, goalId);
      return { goal: goal! };
    },
  );
}
