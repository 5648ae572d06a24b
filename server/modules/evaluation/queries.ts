import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { AGE_TO_BAND, EXCLUDED_END_REASONS } from './categories.ts';
import type { EvaluationQueryInput, GroupBy } from './schema.ts';

/**
 * The raw counts of a process evaluation, per group and in total, straight from the database. Nothing here leaves
 * Kitt unsuppressed: figures.ts turns them into published figures. A participation ended as a wrong registration
 * (end reason of group `excluded`) is left out of every count, and out of the referrals' outcomes.
 */

/**
 * How the rows are grouped: by key with a total row (one pass: grouping sets), by key alone, or one total row. The
 * different people and the medians are not additive, so the total is counted, not summed.
 */
export type Grouping = 'sets' | 'keyed' | 'total';

export interface Period {
  tenantId: string;
  query: EvaluationQueryInput;
  today: string;
  followUpDays: readonly number[];
}

/** A SQL list of codes from the category data; codes are checked, so they can stand in the text. */
export function codes(values: readonly string[]): string {
  for (const v of values) if (!/^[a-z0-9_]+$/.test(v)) throw new Error(`not a category code: ${v}`);
  return values.length === 0 ? '(null)' : `(${values.map((v) => `'${v}'`).join(', ')})`;
}
const EXCLUDED = codes(EXCLUDED_END_REASONS);
export const notExcluded = (alias: string) => sql.raw(`(${alias}.end_reason is null or ${alias}.end_reason not in ${EXCLUDED})`);
/** The day a referral was sent, in Sweden. */
const SENT_DAY = `(r.sent_at at time zone 'Europe/Stockholm')::date`;
const quarterOf = (day: string) => sql.raw(`to_char(${day}, 'YYYY-"Q"Q') collate "C"`);
const AGE_BANDS_SQL = `(values ${AGE_TO_BAND.map(([age, band]) => `(${age}, '${band}')`).join(', ')}) ab(age, band)`;
const targetGroupJoin = (t: string) =>
  sql.raw(
    `join interventions i on i.tenant_id = ${t}.tenant_id and i.id = ${t}.intervention_id ` +
      `cross join lateral jsonb_array_elements_text(i.target_groups) tg(code)`,
  );

/**
 * The key and the joins it needs, for a participation (alias p) or a referral (alias r); null: no such key. Ids stay
 * uuids and codes compare bytewise ("C") while grouping: text in the database's collation sorts several times slower.
 */
export function keyOf(groupBy: GroupBy, of: 'participation' | 'referral', grouping: Grouping): { key: SQL; joins: SQL } | null {
  const none = { key: sql`null::uuid`, joins: sql`` };
  if (grouping === 'total') return none;
  const t = of === 'participation' ? 'p' : 'r';
  switch (groupBy) {
    case 'intervention':
      return { key: sql.raw(`${t}.intervention_id`), joins: sql`` };
    case 'provider':
      return { key: sql.raw(of === 'participation' ? 'p.organisation_id' : 'r.to_organisation_id'), joins: sql`` };
    case 'referrer':
      return of === 'referral'
        ? { key: sql`r.from_organisation_id`, joins: sql`` }
        : { key: sql`rr.from_organisation_id`, joins: sql`left join referrals rr on rr.tenant_id = p.tenant_id and rr.id = p.referral_id` };
    case 'targetGroup':
      return { key: sql`tg.code collate "C"`, joins: targetGroupJoin(t) };
    case 'gender':
      return of === 'participation' ? { key: sql`p.gender collate "C"`, joins: sql`` } : null;
    case 'ageBand':
      return of === 'participation'
        ? { key: sql`ab.band collate "C"`, joins: sql.raw(`left join ${AGE_BANDS_SQL} on ab.age = p.age_at_start`) }
        : null;
    case 'quarter':
      return { key: quarterOf(of === 'participation' ? 'p.start_date' : SENT_DAY), joins: sql`` };
  }
}

/** The key as the outer query selects it, whether a row is the total, and the GROUP BY (a total row has none, so an
 * empty input still gives one row). */
export const keyColumn = (grouping: Grouping) =>
  grouping === 'total'
    ? sql`null::text as key, true as "isTotal"`
    : grouping === 'keyed'
      ? sql`key::text as key, false as "isTotal"`
      : sql`key::text as key, grouping(key) = 1 as "isTotal"`;
export const groupClause = (grouping: Grouping) =>
  grouping === 'sets' ? sql`group by grouping sets ((key), ())` : grouping === 'keyed' ? sql`group by key` : sql``;
export type Keyed<T> = T & { key: string | null; isTotal: boolean };

/** A group's referral figures before suppression. */
export interface RawReferrals {
  sent: number;
  acceptedOrLater: number;
  waitlisted: number;
  declined: number;
  expired: number;
  withdrawn: number;
  open: number;
  closed: number;
  /** Median days from sending to the start of the participation, and of how many different people. */
  medianDays: number | null;
  medianPeople: number;
}

function referralFilter(p: Period): SQL {
  const q = p.query;
  return sql.join(
    [
      sql`r.tenant_id = ${p.tenantId}`,
      sql`r.sent_at is not null`,
      q.from ? sql`${sql.raw(SENT_DAY)} >= ${q.from}` : null,
      q.to ? sql`${sql.raw(SENT_DAY)} <= ${q.to}` : null,
      q.interventionId ? sql`r.intervention_id = ${q.interventionId}` : null,
      q.organisationId ? sql`r.to_organisation_id = ${q.organisationId}` : null,
    ].filter((c): c is SQL => c !== null),
    sql` and `,
  );
}

/**
 * Referrals sent in the period by their state now and whether they reached a recorded outcome (ended with an end
 * reason, declined with a reason, withdrawn), with the days from sending to the start of their participation.
 */
export async function referralCounts(ex: Executor, p: Period, groupBy: GroupBy, grouping: Grouping): Promise<Keyed<RawReferrals>[]> {
  const k = keyOf(groupBy, 'referral', grouping);
  if (!k) return [];
  return rows(
    ex,
    sql`select ${keyColumn(grouping)},
        count(*)::int as sent,
        count(*) filter (where state in ('accepted', 'started', 'ended'))::int as "acceptedOrLater",
        count(*) filter (where state = 'waitlisted')::int as waitlisted,
        count(*) filter (where state = 'declined')::int as declined,
        count(*) filter (where state = 'expired')::int as expired,
        count(*) filter (where state = 'withdrawn')::int as withdrawn,
        -- Open: still sent (any other state a sent referral could be in counts here, so the states partition the sent).
        count(*) filter (where state not in ('accepted', 'started', 'ended', 'waitlisted', 'declined', 'expired', 'withdrawn'))::int as open,
        count(*) filter (where (state = 'declined' and decline_reason is not null) or state = 'withdrawn' or outcome)::int as closed,
        percentile_cont(0.5) within group (order by days) as "medianDays",
        count(distinct participant_id) filter (where days is not null)::int as "medianPeople"
      from (
        select ${k.key} as key, r.state, r.decline_reason, r.participant_id,
          coalesce(p.end_reason is not null, false) as outcome, p.start_date - ${sql.raw(SENT_DAY)} as days
        from referrals r
        left join participations p on p.tenant_id = r.tenant_id and p.referral_id = r.id and ${notExcluded('p')}
        ${k.joins}
        where ${referralFilter(p)}
      ) s ${groupClause(grouping)}`,
  );
}
