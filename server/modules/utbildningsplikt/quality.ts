import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { SMALL_CELL } from '../../../common/offer.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { isExcludedEndReason } from '../participations/rules.ts';
import { participations } from '../participations/tables.ts';
import { progressionEntries } from '../progression/tables.ts';
import { participationCompleted, sfiProgressed, shownCount, shownShare } from './policy.ts';
import { utbildningspliktEducation } from './service.ts';

/**
 * The quality of the municipality's education for utbildningsplikt, per provider: how many people covered by it
 * took part, the share of ended participations that were completed, and the share with a higher SFI level at the
 * end than at the start. Aggregates only, every small group hidden, so no consent is asked and nobody is audited.
 */
export async function utbildningspliktQuality(db: Db, actor: Actor) {
  const today = todayInSweden();
  const education = await utbildningspliktEducation(db, actor.tenantId);
  const providers = new Map<string, string>();
  for (const e of education) providers.set(e.organisationId, e.organisationName);
  const plannedEnd = new Map(education.map((e) => [e.id, e.endDate]));
  const rows =
    education.length === 0
      ? []
      : await db
          .select({
            participantId: participations.participantId,
            organisationId: participations.organisationId,
            interventionId: participations.interventionId,
            startDate: participations.startDate,
            endDate: participations.endDate,
            endReason: participations.endReason,
          })
          .from(participations)
          .where(
            and(
              eq(participations.tenantId, actor.tenantId),
              inArray(
                participations.interventionId,
                education.map((e) => e.id),
              ),
              lte(participations.startDate, today),
              // Only people covered by utbildningsplikt at some time during the participation.
              sql`exists (select 1 from circumstances c where c.tenant_id = ${participations.tenantId}
                and c.participant_id = ${participations.participantId} and c.kind = 'utbildningsplikt'
                and c.from_date <= coalesce(${participations.endDate}, ${today})
                and (c.to_date is null or c.to_date >= ${participations.startDate}))`,
            ),
          );
  // A wrong registration is no participation at all.
  const counted = rows.filter((r) => r.endReason === null || !isExcludedEndReason(r.endReason));
  const people = [...new Set(counted.map((r) => r.participantId))];
  const entries =
    people.length === 0
      ? []
      : await db
          .select({
            participantId: progressionEntries.participantId,
            kind: progressionEntries.kind,
            sfiLevel: progressionEntries.sfiLevel,
            result: progressionEntries.result,
            startDate: progressionEntries.startDate,
          })
          .from(progressionEntries)
          .where(
            and(
              eq(progressionEntries.tenantId, actor.tenantId),
              inArray(progressionEntries.participantId, people),
              eq(progressionEntries.kind, 'sfi_course'),
            ),
          );
  const entriesOf = new Map<string, typeof entries>();
  for (const e of entries) entriesOf.set(e.participantId, [...(entriesOf.get(e.participantId) ?? []), e]);
  return {
    smallCell: SMALL_CELL,
    providers: [...providers].map(([organisationId, organisationName]) => {
      const own = counted.filter((r) => r.organisationId === organisationId);
      const ended = own.filter((r) => r.endDate !== null && r.endDate <= today);
      const completed = ended.filter((r) => participationCompleted({ ...r, plannedEndDate: plannedEnd.get(r.interventionId) ?? null }));
      const progressed = own.filter((r) => {
        const end = r.endDate !== null && r.endDate < today ? r.endDate : today;
        return sfiProgressed(entriesOf.get(r.participantId) ?? [], r.startDate, end);
      });
      return {
        organisationId,
        organisationName,
        participants: shownCount(new Set(own.map((r) => r.participantId)).size),
        completed: shownShare(completed.length, ended.length),
        sfiProgressed: shownShare(progressed.length, own.length),
      };
    }),
  };
}
