import { sql } from 'drizzle-orm';
import type { Indicator } from '../../../common/governance.ts';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { COMPLETING_END_REASONS, EXCLUDED_END_REASONS, WORK_OR_STUDIES } from '../evaluation/categories.ts';
import { codes } from '../evaluation/queries.ts';
import { countSeries, medianSeries, shareSeries, type Point } from './series.ts';

/** The first day of a quarter ("2026-Q2" → 2026-04-01). */
export const quarterStart = (quarter: string) =>
  `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
const QUARTER = (day: string) => sql.raw(`to_char(${day}, 'YYYY-"Q"Q')`);
const NOT_EXCLUDED = sql.raw(`(p.end_reason is null or p.end_reason not in ${codes(EXCLUDED_END_REASONS)})`);

export interface IndicatorValues {
  points: Point[];
  /** People per party and quarter, for the indicator counted by party. */
  byParty?: { parties: { id: string; name: string }[]; quarters: ReturnType<typeof countSeries>['byKey'] };
}

type YesNo = { q: string; yes: number; no: number };
const toMap = (found: YesNo[]) => new Map(found.map((r) => [r.q, { yes: r.yes, no: r.no }]));

/**
 * One indicator over the given quarters (oldest first, up to today), computed live from the case data and suppressed
 * as every aggregate Kitt publishes. A wrong registration is never counted.
 */
export async function computeIndicator(
  ex: Executor,
  tenantId: string,
  indicator: Indicator,
  quarters: readonly string[],
  today: string,
): Promise<IndicatorValues> {
  const from = quarterStart(quarters[0]!);
  switch (indicator) {
    case 'work_or_studies_90': {
      // The follow-ups 90 days after an end that reached the person, by the quarter they fell due in.
      const found = await rows<YesNo>(
        ex,
        sql`select ${QUARTER('f.due_date')} as q,
            count(*) filter (where f.occupation in ${sql.raw(codes(WORK_OR_STUDIES))})::int as yes,
            count(*) filter (where f.occupation is null or f.occupation not in ${sql.raw(codes(WORK_OR_STUDIES))})::int as no
          from follow_ups f join participations p on p.tenant_id = f.tenant_id and p.id = f.participation_id
          where f.tenant_id = ${tenantId} and f.days_after_end = 90 and f.recorded_at is not null and not f.not_reachable
            and ${NOT_EXCLUDED} and f.due_date >= ${from} and f.due_date <= ${today}
          group by 1`,
      );
      return { points: shareSeries(quarters, toMap(found)) };
    }
    case 'closed_loop_rate': {
      // Referrals sent in the quarter (in Sweden) that reached a recorded outcome: declined with a reason, withdrawn,
      // or a participation that ended with an end reason.
      const sent = sql.raw(`(r.sent_at at time zone 'Europe/Stockholm')::date`);
      const found = await rows<YesNo>(
        ex,
        sql`select ${QUARTER(`(r.sent_at at time zone 'Europe/Stockholm')::date`)} as q,
            count(*) filter (where closed)::int as yes, count(*) filter (where not closed)::int as no
          from (
            select r.sent_at, (r.state = 'declined' and r.decline_reason is not null) or r.state = 'withdrawn'
              or coalesce(p.end_reason is not null, false) as closed
            from referrals r
            left join participations p on p.tenant_id = r.tenant_id and p.referral_id = r.id and ${NOT_EXCLUDED}
            where r.tenant_id = ${tenantId} and r.sent_at is not null and ${sent} >= ${from} and ${sent} <= ${today}
          ) r
          group by 1`,
      );
      return { points: shareSeries(quarters, toMap(found)) };
    }
    case 'completion_rate': {
      const found = await rows<YesNo>(
        ex,
        sql`select ${QUARTER('p.end_date')} as q,
            count(*) filter (where p.end_reason in ${sql.raw(codes(COMPLETING_END_REASONS))})::int as yes,
            count(*) filter (where p.end_reason is null or p.end_reason not in ${sql.raw(codes(COMPLETING_END_REASONS))})::int as no
          from participations p
          where p.tenant_id = ${tenantId} and ${NOT_EXCLUDED} and p.end_date >= ${from} and p.end_date <= ${today}
          group by 1`,
      );
      return { points: shareSeries(quarters, toMap(found)) };
    }
    case 'median_days_housing_to_intake': {
      // Each person's first joint intake meeting held, in days from the day they got housing.
      const found = await rows<{ q: string; median: number; people: number }>(
        ex,
        sql`select ${QUARTER('m.date')} as q, percentile_cont(0.5) within group (order by m.date - j.housing_date)::float8 as median,
            count(*)::int as people
          from (
            select distinct on (participant_id) participant_id, date from intake_meetings
            where tenant_id = ${tenantId} and status = 'held' order by participant_id, date
          ) m
          join joint_intakes j on j.tenant_id = ${tenantId} and j.participant_id = m.participant_id
          where m.date >= ${from} and m.date <= ${today}
          group by 1`,
      );
      return { points: medianSeries(quarters, new Map(found.map((r) => [r.q, { median: Number(r.median), people: r.people }]))) };
    }
    case 'people_in_forbund_funded': {
      // People who started in an intervention the förbund funds, each counted once a quarter, for the party of the
      // organisation that ran their first such start in it (so that the parties add up to the quarter).
      const found = await rows<{ q: string; party: string | null; people: number }>(
        ex,
        sql`select q, party, count(*)::int as people from (
            select distinct on (q, p.participant_id) ${QUARTER('p.start_date')} as q, p.participant_id, po.party_id::text as party
            from participations p
            join interventions i on i.tenant_id = p.tenant_id and i.id = p.intervention_id and i.funding = 'samordningsforbund'
            left join forbund_party_organisations po on po.tenant_id = p.tenant_id and po.organisation_id = p.organisation_id
            where p.tenant_id = ${tenantId} and ${NOT_EXCLUDED} and p.start_date >= ${from} and p.start_date <= ${today}
            order by q, p.participant_id, p.start_date, p.id
          ) s group by 1, 2`,
      );
      const parties = await rows<{ id: string; name: string }>(
        ex,
        sql`select id::text as id, name from forbund_parties where tenant_id = ${tenantId} order by name`,
      );
      const keys = [...parties.map((p) => p.id), 'none'];
      const counts = new Map<string, Map<string, number>>();
      for (const r of found) {
        if (!counts.has(r.q)) counts.set(r.q, new Map());
        counts.get(r.q)!.set(r.party ?? 'none', r.people);
      }
      const series = countSeries(quarters, keys, counts);
      return { points: series.points, byParty: { parties: [...parties, { id: 'none', name: '' }], quarters: series.byKey } };
    }
  }
}
