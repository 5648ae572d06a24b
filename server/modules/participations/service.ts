import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import { mayAttempt } from '../../../common/verbs.ts';
import type { Db } from '../../db/client.ts';
import { readParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { currentTime } from '../../lib/dates.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { followUpState } from './followups.ts';
import { createFollowUps, dropOpenFollowUps } from './lifecycle.ts';
import { checkCode, checkSituation, isExcludedEndReason, type Issue } from './rules.ts';
import type { CorrectSituationBody } from './schema.ts';
import { followUps, participations } from './tables.ts';

type FollowUpRow = typeof followUps.$inferSelect;

/** A follow-up as the API shows it, with its state today. */
export const presentFollowUp = (f: FollowUpRow, today: string) => ({
  id: f.id,
  daysAfterEnd: f.daysAfterEnd,
  dueDate: f.dueDate,
  state: followUpState(f.dueDate, f.recordedAt !== null, today),
  recordedAt: f.recordedAt,
  notReachable: f.notReachable,
  situation: f.occupation ? { occupation: f.occupation, incomeSources: f.incomeSources ?? [], extentPercent: f.extentPercent } : null,
  version: f.version,
});

/** The actor's organisation runs the participation and the actor may record participations. */
const mayWrite = (actor: Actor, organisationId: string) =>
  actor.participantId === null && actor.organisationId === organisationId && mayAttempt('participation.write', actor.roles);

/**
 * The person's participations with their situations and follow-ups, newest first: all of them for the person and
 * for staff with progression consent; staff who know the person without that consent see only their own
 * organisation's (what it recorded itself). Audited as a read of progression.
 */
export function participationsOf(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'progression', resourceType: 'participation', requireConsent: false },
    async ({ tx, grant, today }) => {
      const rows = await tx
        .select({
          p: participations,
          interventionName: interventions.name,
          interventionKind: interventions.kind,
          organisationName: organisations.name,
        })
        .from(participations)
        .innerJoin(
          interventions,
          and(eq(interventions.tenantId, participations.tenantId), eq(interventions.id, participations.interventionId)),
        )
        .innerJoin(
          organisations,
          and(eq(organisations.tenantId, participations.tenantId), eq(organisations.id, participations.organisationId)),
        )
        .where(
          and(
            eq(participations.tenantId, actor.tenantId),
            eq(participations.participantId, participantId),
            grant === 'engagement' ? eq(participations.organisationId, actor.organisationId ?? '') : undefined,
          ),
        )
        .orderBy(desc(participations.startDate), asc(participations.id));
      const ids = rows.map((r) => r.p.id);
      const follow = ids.length
        ? await tx
            .select()
            .from(followUps)
            .where(and(eq(followUps.tenantId, actor.tenantId), inArray(followUps.participationId, ids)))
            .orderBy(asc(followUps.daysAfterEnd))
        : [];
      return {
        items: rows.map(({ p, ...r }) => ({
          id: p.id,
          ...r,
          interventionId: p.interventionId,
          organisationId: p.organisationId,
          referralId: p.referralId,
          startDate: p.startDate,
          endDate: p.endDate,
          gender: p.gender,
          ageAtStart: p.ageAtStart,
          timeInSupport: p.timeInSupport,
          educationLevel: p.educationLevel,
          start: { occupation: p.startOccupation, incomeSources: p.startIncomeSources, extentPercent: p.startExtentPercent },
          endReason: p.endReason,
          end: p.endOccupation
            ? { occupation: p.endOccupation, incomeSources: p.endIncomeSources ?? [], extentPercent: p.endExtentPercent }
            : null,
          followUps: follow.filter((f) => f.participationId === p.id).map((f) => presentFollowUp(f, today)),
          mayWrite: mayWrite(actor, p.organisationId),
          version: p.version,
        })),
      };
    },
  );
}

/**
 * Corrects the situation at start (with time in support and education) or at end (with the end reason), as the
 * provider; 409 on a stale version or an end that is not there yet. An end corrected to a wrong registration drops
 * the open follow-ups; one corrected from it gets them back at today's points.
 */
export async function correctSituation(db: Db, actor: Actor, id: string, body: Static<typeof CorrectSituationBody>) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(participations)
      .where(and(eq(participations.tenantId, actor.tenantId), eq(participations.id, id)));
    // Only the provider may know a participation by its id here.
    if (!current || !mayWrite(actor, current.organisationId)) throw notFound();
    if (current.version !== body.version) throw conflict();
    if (body.at === 'end' && current.endDate === null) throw conflict('participation_running');
    const issues: Issue[] = checkSituation(body.situation);
    if (body.timeInSupport !== undefined) issues.push(...checkCode('timeInSupport', body.timeInSupport, '/timeInSupport'));
    if (body.educationLevel !== undefined) issues.push(...checkCode('educationLevel', body.educationLevel, '/educationLevel'));
    if (body.endReason !== undefined) issues.push(...checkCode('endReason', body.endReason, '/endReason'));
    if (body.at === 'start' && body.endReason !== undefined)
      issues.push({ path: '/endReason', keyword: 'not_at_start', message: 'not_at_start' });
    if (body.at === 'end' && (body.timeInSupport !== undefined || body.educationLevel !== undefined))
      issues.push({ path: '/at', keyword: 'not_at_end', message: 'not_at_end' });
    if (issues.length > 0) throw invalid(issues);
    const s = body.situation;
    const [updated] = await tx
      .update(participations)
      .set({
        ...(body.at === 'start'
          ? {
              startOccupation: s.occupation,
              startIncomeSources: s.incomeSources,
              startExtentPercent: s.extentPercent,
              ...(body.timeInSupport ? { timeInSupport: body.timeInSupport } : {}),
              ...(body.educationLevel ? { educationLevel: body.educationLevel } : {}),
            }
          : {
              endOccupation: s.occupation,
              endIncomeSources: s.incomeSources,
              endExtentPercent: s.extentPercent,
              ...(body.endReason ? { endReason: body.endReason } : {}),
            }),
        version: current.version + 1,
        updatedAt: currentTime().toISOString(),
      })
      .where(and(eq(participations.tenantId, actor.tenantId), eq(participations.id, id), eq(participations.version, body.version)))
      .returning({ version: participations.version });
    if (!updated) throw conflict();
    if (body.at === 'end' && body.endReason && current.endReason && current.endDate) {
      const was = isExcludedEndReason(current.endReason);
      const is = isExcludedEndReason(body.endReason);
      if (!was && is) await dropOpenFollowUps(tx, actor.tenantId, id);
      if (was && !is) await createFollowUps(tx, current, current.endDate);
    }
    await audit(tx, actor, [
      {
        participantId: current.participantId,
        category: 'progression',
        action: 'update',
        grant: 'own_organisation',
        resourceType: 'participation',
        resourceId: id,
      },
    ]);
    return { id, version: updated.version };
  });
}
