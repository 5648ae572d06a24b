import { and, eq, sql } from 'drizzle-orm';
import type { ActivityKind } from '../../../common/plan.ts';
import type { InterventionKind } from '../../../common/offer.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { notifyPlanChanged } from '../notifications/notify.ts';
import { recordVersion } from '../plan/activities.ts';
import { activities } from '../plan/tables.ts';

/** The kind of plan activity a started intervention becomes. Data, so it can be corrected in one place. */
export const ACTIVITY_KIND_OF: Record<InterventionKind, ActivityKind> = {
  work_training: 'work_training',
  work_placement: 'work_placement',
  subsidised_job: 'subsidised_job',
  sfi_course: 'sfi_course',
  education: 'education',
  training_place: 'work_training',
  rehabilitation: 'health_effort',
  guidance: 'other',
  project: 'other',
};

const auditPlan = (tx: Executor, actor: Actor, participantId: string, id: string, action: 'create' | 'update') =>
  // The provider writes the person's plan through the participation it runs, not through plan consent.
  audit(tx, actor, [{ participantId, category: 'plan', action, grant: 'own_organisation', resourceType: 'activity', resourceId: id }]);

/**
 * The activity a participation's start puts in the person's one plan, in the caller's transaction: the
 * intervention's name, owned by the provider, in progress from the start date with its hours a week, agreed (the
 * person started it). Kept with a version row; the person and the engaged organisations are told.
 */
export async function addParticipationActivity(
  tx: Executor,
  actor: Actor,
  input: { participantId: string; kind: InterventionKind; title: string; startDate: string; hoursPerWeek: number; place: string | null },
): Promise<string> {
  const [row] = await tx
    .insert(activities)
    .values({
      tenantId: actor.tenantId,
      participantId: input.participantId,
      kind: ACTIVITY_KIND_OF[input.kind],
      title: input.title,
      ownerOrganisationId: actor.organisationId,
      status: 'in_progress',
      startDate: input.startDate,
      schedule: { kind: 'weekly_hours', hours: input.hoursPerWeek },
      place: input.place,
      agreed: true,
      createdByUserId: actor.userId,
    })
    .returning();
  await recordVersion(tx, actor, row!, ['kind', 'title', 'ownerOrganisationId', 'status', 'startDate', 'schedule', 'place', 'agreed']);
  await auditPlan(tx, actor, input.participantId, row!.id, 'create');
  await notifyPlanChanged(tx, actor, input.participantId);
  return row!.id;
}

/** The cancel reason of a participation's activity when its end was a wrong registration. */
export const WRONG_REGISTRATION_REASON = 'Felregistrerat deltagande';

/**
 * Closes the participation's activity when it ends: done on the end date, or cancelled when the participation was
 * a wrong registration. An activity already locked (done or cancelled by hand) is left as it is.
 */
export async function closeParticipationActivity(
  tx: Executor,
  actor: Actor,
  activityId: string,
  end: { endDate: string; wrongRegistration: boolean },
) {
  const [row] = await tx
    .update(activities)
    .set({
      status: end.wrongRegistration ? 'cancelled' : 'done',
      // The reason is free text people read in the plan, written in the register's language like the catalogue.
      cancelReason: end.wrongRegistration ? WRONG_REGISTRATION_REASON : null,
      endDate: end.endDate,
      version: sql`${activities.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(activities.tenantId, actor.tenantId),
        eq(activities.id, activityId),
        sql`${activities.status} not in ('done', 'cancelled')`,
        sql`${activities.startDate} <= ${end.endDate}`,
      ),
    )
    .returning();
  if (!row) return;
  await recordVersion(tx, actor, row, ['status', 'endDate', ...(end.wrongRegistration ? ['cancelReason'] : [])]);
  await auditPlan(tx, actor, row.participantId, row.id, 'update');
  await notifyPlanChanged(tx, actor, row.participantId);
}
