import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { currentTime, todayInSweden } from '../../lib/dates.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { participants } from '../participants/tables.ts';
import { tenants } from '../tenants/tables.ts';
import { followUpsFor } from './followups.ts';
import { ageAtStart, checkEnd, checkStart, genderOf, isExcludedEndReason, type Situation } from './rules.ts';
import { followUps, participations } from './tables.ts';

export type { Situation } from './rules.ts';

export interface StartParticipationInput {
  participantId: string;
  interventionId: string;
  /** The referral the participation starts from, when there is one. */
  referralId?: string | null;
  startDate: string;
  /** Codes of the FINSAM lists `timeInSupport` and `educationLevel`. */
  timeInSupport: string;
  educationLevel: string;
  situation: Situation;
}

export interface EndParticipationInput {
  endDate: string;
  /** A code of the FINSAM list `endReason`. */
  endReason: string;
  situation: Situation;
  /** When given, the participation must still have this version (409 otherwise). */
  version?: number;
}

/** The provider's staff only: the actor's organisation must run the intervention (403 otherwise). */
function requireProvider(actor: Actor, organisationId: string) {
  if (actor.organisationId !== organisationId) throw new AppError('forbidden', 'Only the provider records participations.');
}

const auditParticipation = (tx: Executor, actor: Actor, participantId: string, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [
    // The participation is the provider organisation's own record of its work with the person.
    { participantId, category: 'progression', action, grant: 'own_organisation', resourceType: 'participation', resourceId: id },
  ]);

/**
 * Starts a participation of the person in the intervention, as its provider, in the caller's transaction (the
 * caller decides access to the person first). Codes are checked against the FINSAM lists (400 validation_failed,
 * keyword `unknown_code`), the person may not already take part in it over the same days (409
 * `participation_running`). Gender and age at start are derived here from the participant's record.
 */
export async function startParticipation(
  tx: Executor,
  actor: Actor,
  input: StartParticipationInput,
): Promise<{ id: string; version: number }> {
  const [intervention] = await tx
    .select({ organisationId: interventions.organisationId })
    .from(interventions)
    .where(and(eq(interventions.tenantId, actor.tenantId), eq(interventions.id, input.interventionId)));
  if (!intervention) throw invalid([{ path: '/interventionId', keyword: 'unknown_intervention', message: 'unknown_intervention' }]);
  requireProvider(actor, intervention.organisationId);
  const issues = checkStart(input, todayInSweden());
  if (issues.length > 0) throw invalid(issues);
  const [person] = await tx
    .select({ idKind: participants.idKind, personalNumber: participants.personalNumber, birthDate: participants.birthDate })
    .from(participants)
    .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.id, input.participantId)));
  if (!person) throw notFound();
  const [overlapping] = await tx
    .select({ id: participations.id })
    .from(participations)
    .where(
      and(
        eq(participations.tenantId, actor.tenantId),
        eq(participations.participantId, input.participantId),
        eq(participations.interventionId, input.interventionId),
        or(isNull(participations.endDate), gte(participations.endDate, input.startDate)),
      ),
    )
    .limit(1);
  if (overlapping) throw conflict('participation_running');
  const [row] = await tx
    .insert(participations)
    .values({
      tenantId: actor.tenantId,
      participantId: input.participantId,
      interventionId: input.interventionId,
      organisationId: intervention.organisationId,
      referralId: input.referralId ?? null,
      startDate: input.startDate,
      gender: genderOf(person.idKind, person.personalNumber),
      ageAtStart: ageAtStart(person.birthDate, input.startDate),
      timeInSupport: input.timeInSupport,
      educationLevel: input.educationLevel,
      startOccupation: input.situation.occupation,
      startIncomeSources: input.situation.incomeSources,
      startExtentPercent: input.situation.extentPercent,
      startedByUserId: actor.userId,
    })
    .returning({ id: participations.id, version: participations.version });
  await auditParticipation(tx, actor, input.participantId, row!.id, 'create');
  return row!;
}

/**
 * Ends a running participation, as its provider, in the caller's transaction: the end reason and the situation at
 * end, once (409 `participation_ended` the second time). Creates one follow-up per point of the area's
 * tenants.follow_up_days, unless the end reason is a wrong registration (group `excluded`).
 */
export async function endParticipation(
  tx: Executor,
  actor: Actor,
  participationId: string,
  input: EndParticipationInput,
): Promise<{ id: string; version: number; followUpIds: string[] }> {
  const [current] = await tx
    .select()
    .from(participations)
    .where(and(eq(participations.tenantId, actor.tenantId), eq(participations.id, participationId)));
  if (!current) throw notFound();
  requireProvider(actor, current.organisationId);
  if (current.endDate !== null) throw conflict('participation_ended');
  if (input.version !== undefined && input.version !== current.version) throw conflict();
  const issues = checkEnd(input, current.startDate, todayInSweden());
  if (issues.length > 0) throw invalid(issues);
  const [updated] = await tx
    .update(participations)
    .set({
      endDate: input.endDate,
      endReason: input.endReason,
      endOccupation: input.situation.occupation,
      endIncomeSources: input.situation.incomeSources,
      endExtentPercent: input.situation.extentPercent,
      endedByUserId: actor.userId,
      version: current.version + 1,
      updatedAt: currentTime().toISOString(),
    })
    .where(
      and(
        eq(participations.tenantId, actor.tenantId),
        eq(participations.id, participationId),
        eq(participations.version, current.version),
        isNull(participations.endDate),
      ),
    )
    .returning({ version: participations.version });
  if (!updated) throw conflict('participation_ended');
  const followUpIds = isExcludedEndReason(input.endReason) ? [] : await createFollowUps(tx, current, input.endDate);
  await auditParticipation(tx, actor, current.participantId, participationId, 'update');
  return { id: participationId, version: updated.version, followUpIds };
}

/** The follow-ups of an ended participation at the area's points as they are now; later changes leave them be. */
export async function createFollowUps(
  tx: Executor,
  participation: Pick<typeof participations.$inferSelect, 'tenantId' | 'id' | 'participantId' | 'organisationId'>,
  endDate: string,
): Promise<string[]> {
  const [tenant] = await tx.select({ days: tenants.followUpDays }).from(tenants).where(eq(tenants.id, participation.tenantId));
  const points = followUpsFor(endDate, tenant?.days ?? []);
  if (points.length === 0) return [];
  const created = await tx
    .insert(followUps)
    .values(
      points.map((p) => ({
        tenantId: participation.tenantId,
        participationId: participation.id,
        participantId: participation.participantId,
        organisationId: participation.organisationId,
        ...p,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: followUps.id });
  return created.map((r) => r.id);
}

/** Removes the unrecorded follow-ups of a participation (its end was corrected to a wrong registration). */
export async function dropOpenFollowUps(tx: Executor, tenantId: string, participationId: string) {
  await tx
    .delete(followUps)
    .where(and(eq(followUps.tenantId, tenantId), eq(followUps.participationId, participationId), sql`${followUps.recordedAt} is null`));
}
