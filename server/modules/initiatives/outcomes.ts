import { and, eq, inArray, isNull, notInArray, or, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { suppressList, suppressTable } from '../../../common/suppression.ts';
import type { Executor } from '../../db/client.ts';
import { EXCLUDED_END_REASONS, WORK_OR_STUDIES } from '../evaluation/categories.ts';
import { weaker } from '../evaluation/linked.ts';
import { participations } from '../participations/tables.ts';
import type { InitiativeOutcomes } from './schema.ts';
import { initiativeInterventions, initiatives } from './tables.ts';

/** The counts behind an initiative's results, before suppression. */
export interface RawOutcomes {
  people: number;
  started: number;
  ended: number;
  workOrStudies: number;
}

/**
 * Publishes the counts with small cells suppressed. Started, ended and ended in work or studies are linked (a reader
 * could subtract one from another), so they are suppressed together as one table with its margins: the ended by
 * situation at end, and the still running, whose total is the started. Different people stand alone.
 */
export function publishOutcomes(raw: RawOutcomes): Static<typeof InitiativeOutcomes> {
  const table = suppressTable([
    [raw.workOrStudies, raw.ended - raw.workOrStudies],
    [0, raw.started - raw.ended],
  ]);
  return {
    participants: suppressList([raw.people]).total,
    started: table.total,
    ended: table.rowTotals[0]!,
    // The column of work or studies holds only this cell (a running participation has no situation at end).
    inWorkOrStudies: weaker(table.cells[0]![0]!, table.columnTotals[0]!),
  };
}

/**
 * What the participations of an initiative's linked interventions show: different people, participations started,
 * ended, and ended in work or studies. Only participations started within the initiative's dates count, when it has
 * them, and never a wrong registration. Who took part is never read, only counted.
 */
export async function interventionOutcomes(
  ex: Executor,
  tenantId: string,
  initiativeId: string,
): Promise<Static<typeof InitiativeOutcomes>> {
  const ended = sql`${participations.endDate} is not null`;
  const [raw] = await ex
    .select({
      people: sql<number>`count(distinct ${participations.participantId})::int`,
      started: sql<number>`count(*)::int`,
      ended: sql<number>`count(*) filter (where ${ended})::int`,
      workOrStudies: sql<number>`count(*) filter (where ${ended} and ${inArray(participations.endOccupation, WORK_OR_STUDIES)})::int`,
    })
    .from(initiatives)
    .innerJoin(
      initiativeInterventions,
      and(eq(initiativeInterventions.tenantId, initiatives.tenantId), eq(initiativeInterventions.initiativeId, initiatives.id)),
    )
    .innerJoin(
      participations,
      and(
        eq(participations.tenantId, initiativeInterventions.tenantId),
        eq(participations.interventionId, initiativeInterventions.interventionId),
      ),
    )
    .where(
      and(
        eq(initiatives.tenantId, tenantId),
        eq(initiatives.id, initiativeId),
        or(isNull(participations.endReason), notInArray(participations.endReason, EXCLUDED_END_REASONS)),
        sql`(${initiatives.startDate} is null or ${participations.startDate} >= ${initiatives.startDate})`,
        sql`(${initiatives.endDate} is null or ${participations.startDate} <= ${initiatives.endDate})`,
      ),
    );
  return publishOutcomes(raw ?? { people: 0, started: 0, ended: 0, workOrStudies: 0 });
}
