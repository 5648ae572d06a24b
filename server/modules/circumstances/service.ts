import { and, asc, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { withinPeriod } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { mayRecordCircumstance, periodsOverlap } from './policy.ts';
import type { EndCircumstance, RecordCircumstance } from './schema.ts';
import { circumstances } from './tables.ts';

async function list(tx: Executor, actor: Actor, participantId: string, today: string) {
  const rows = await tx
    .select({
      id: circumstances.id,
      kind: circumstances.kind,
      fromDate: circumstances.fromDate,
      toDate: circumstances.toDate,
      recordedByOrganisationName: organisations.name,
      createdAt: circumstances.createdAt,
    })
    .from(circumstances)
    .innerJoin(
      organisations,
      and(eq(organisations.tenantId, circumstances.tenantId), eq(organisations.id, circumstances.recordedByOrganisationId)),
    )
    .where(and(eq(circumstances.tenantId, actor.tenantId), eq(circumstances.participantId, participantId)))
    .orderBy(asc(circumstances.kind), asc(circumstances.fromDate));
  return rows.map(({ createdAt, ...r }) => ({
    ...r,
    active: withinPeriod(today, r.fromDate, r.toDate),
    recordedAt: new Date(createdAt).toISOString(),
  }));
}

/** The person's circumstances (category intake), audited as a read. */
export function getCircumstances(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(db, actor, { participantId, category: 'intake', resourceType: 'circumstance' }, async ({ tx, today }) => ({
    items: await list(tx, actor, participantId, today),
    mayRecord: mayRecordCircumstance(actor),
  }));
}

const periodReversed = () => invalid([{ path: '/toDate', keyword: 'period_reversed', message: 'period_reversed' }]);

/** Records a circumstance for a period; the same kind may not overlap an earlier record (409). */
export function recordCircumstance(db: Db, actor: Actor, participantId: string, input: Static<typeof RecordCircumstance>) {
  if (!mayRecordCircumstance(actor)) throw forbidden();
  const period = { fromDate: input.fromDate, toDate: input.toDate ?? null };
  if (period.toDate !== null && period.toDate < period.fromDate) throw periodReversed();
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'intake', resourceType: 'circumstance', action: 'create' },
    async ({ tx, today }) => {
      // The person's row is locked so that two recordings of the same kind cannot both pass the overlap check.
      await tx.execute(sql`select 1 from participants where tenant_id = ${actor.tenantId} and id = ${participantId} for update`);
      const same = await tx
        .select({ fromDate: circumstances.fromDate, toDate: circumstances.toDate })
        .from(circumstances)
        .where(
          and(
            eq(circumstances.tenantId, actor.tenantId),
            eq(circumstances.participantId, participantId),
            eq(circumstances.kind, input.kind),
          ),
        );
      if (same.some((s) => periodsOverlap(s, period)))
        throw conflict('A period of this kind overlaps one already recorded.', { reason: 'circumstance_overlaps' });
      const [created] = await tx
        .insert(circumstances)
        .values({
          tenantId: actor.tenantId,
          participantId,
          kind: input.kind,
          ...period,
          recordedByOrganisationId: actor.organisationId!,
          recordedByUserId: actor.userId,
        })
        .returning({ id: circumstances.id });
      return { items: await list(tx, actor, participantId, today), mayRecord: true, resourceId: created!.id };
    },
  );
}

/** Ends a circumstance on a day (not before it began). */
export function endCircumstance(
  db: Db,
  actor: Actor,
  participantId: string,
  circumstanceId: string,
  input: Static<typeof EndCircumstance>,
) {
  if (!mayRecordCircumstance(actor)) throw forbidden();
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'intake', resourceType: 'circumstance', resourceId: circumstanceId, action: 'update' },
    async ({ tx, today }) => {
      const [row] = await tx
        .select({ fromDate: circumstances.fromDate })
        .from(circumstances)
        .where(
          and(
            eq(circumstances.tenantId, actor.tenantId),
            eq(circumstances.participantId, participantId),
            eq(circumstances.id, circumstanceId),
          ),
        )
        .for('update');
      if (!row) throw notFound();
      if (input.toDate < row.fromDate) throw periodReversed();
      await tx
        .update(circumstances)
        .set({ toDate: input.toDate })
        .where(and(eq(circumstances.tenantId, actor.tenantId), eq(circumstances.id, circumstanceId)));
      return { items: await list(tx, actor, participantId, today), mayRecord: true };
    },
  );
}
