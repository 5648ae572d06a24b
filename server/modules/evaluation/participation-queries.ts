import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { COMPLETING_END_REASONS, occupationsIn, WORK_OR_STUDIES } from './categories.ts';
import { codes, groupClause, keyColumn, keyOf, notExcluded, type Grouping, type Keyed, type Period } from './queries.ts';
import type { GroupBy } from './schema.ts';

/** Participations started in the period, never a wrong registration. */
function participationFilter(p: Period): SQL {
  const q = p.query;
  return sql.join(
    [
      sql`p.tenant_id = ${p.tenantId}`,
      notExcluded('p'),
      q.from ? sql`p.start_date >= ${q.from}` : null,
      q.to ? sql`p.start_date <= ${q.to}` : null,
      q.interventionId ? sql`p.intervention_id = ${q.interventionId}` : null,
      q.organisationId ? sql`p.organisation_id = ${q.organisationId}` : null,
    ].filter((c): c is SQL => c !== null),
    sql` and `,
  );
}

export interface FollowUpCounts {
  workOrStudies: number;
  other: number;
  notReachable: number;
  missing: number;
  notYetDue: number;
}

/** One group's participations before suppression. */
export interface RawParticipations {
  started: number;
  running: number;
  completed: number;
  droppedOut: number;
  work: number;
  studies: number;
  jobSeeking: number;
  other: number;
  /** Different people: all, and those with a participation that ended in work or studies. */
  people: number;
  outcomePeople: number;
  /** Per follow-up point, in the order of Period.followUpDays. */
  followUps: FollowUpCounts[];
}

/**
 * Participations started in the period: running or ended, how they ended, the situation at end and at each follow-up
 * point. Only counts that add up, so that PostgreSQL aggregates them in parallel (no DISTINCT, no grouping sets):
 * the total of a partition is the sum of its groups. The different people are counted apart (participationPeople).
 */
export async function participationCounts(ex: Executor, p: Period, groupBy: GroupBy, grouping: Exclude<Grouping, 'sets'>) {
  const k = keyOf(groupBy, 'participation', grouping)!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(p.today)) throw new Error(`not a date: ${p.today}`);
  const today = `'${p.today}'::date`;
  const workOrStudies = codes(WORK_OR_STUDIES);
  const points = p.followUpDays.map((days, n) => ({ days: Number(days), n }));
  if (!points.every(({ days }) => Number.isInteger(days))) throw new Error('follow-up days must be whole numbers');
  // One left join per follow-up point: at most one follow-up per participation and point (a unique index says so).
  const joins = points
    .map(
      ({ days, n }) =>
        `left join follow_ups f${n} on f${n}.tenant_id = p.tenant_id and f${n}.participation_id = p.id and f${n}.days_after_end = ${days}`,
    )
    .join(' ');
  const ended = 'p.end_date is not null';
  const completes = codes(COMPLETING_END_REASONS);
  const known = codes([...occupationsIn('work'), ...occupationsIn('studies'), ...occupationsIn('job_seeking')]);
  const counted: [string, string][] = [
    ['started', 'true'],
    ['running', 'p.end_date is null'],
    ['completed', `${ended} and p.end_reason in ${completes}`],
    ['droppedOut', `${ended} and (p.end_reason is null or p.end_reason not in ${completes})`],
    ['work', `${ended} and p.end_occupation in ${codes(occupationsIn('work'))}`],
    ['studies', `${ended} and p.end_occupation in ${codes(occupationsIn('studies'))}`],
    ['jobSeeking', `${ended} and p.end_occupation in ${codes(occupationsIn('job_seeking'))}`],
    ['other', `${ended} and (p.end_occupation is null or p.end_occupation not in ${known})`],
    // A follow-up without a record is missing once its due date has passed, and not yet due before.
    ...points.flatMap(({ days, n }): [string, string][] => {
      const [f, due] = [`f${n}`, `coalesce(f${n}.due_date, p.end_date + ${days})`];
      return [
        [`wos${n}`, `${ended} and ${f}.recorded_at is not null and not ${f}.not_reachable and ${f}.occupation in ${workOrStudies}`],
        [
          `oth${n}`,
          `${ended} and ${f}.recorded_at is not null and not ${f}.not_reachable and (${f}.occupation is null or ${f}.occupation not in ${workOrStudies})`,
        ],
        [`nr${n}`, `${ended} and ${f}.recorded_at is not null and ${f}.not_reachable`],
        [`mis${n}`, `${ended} and ${f}.recorded_at is null and ${due} < ${today}`],
        [`nyd${n}`, `${ended} and ${f}.recorded_at is null and ${due} >= ${today}`],
      ];
    }),
  ];
  const found = await rows<Record<string, unknown>>(
    ex,
    sql`select ${keyColumn(grouping)} ${sql.raw(counted.map(([name, condition]) => `, count(*) filter (where ${condition})::int as "${name}"`).join(''))}
      from (select ${k.key} as key, p.* from participations p ${k.joins} where ${participationFilter(p)}) p ${sql.raw(joins)}
      ${groupClause(grouping)}`,
  );
  return found.map((r) => ({
    ...(r as unknown as Keyed<Omit<RawParticipations, 'followUps' | 'people' | 'outcomePeople'>>),
    followUps: points.map(({ n }) => ({
      workOrStudies: r[`wos${n}`] as number,
      other: r[`oth${n}`] as number,
      notReachable: r[`nr${n}`] as number,
      missing: r[`mis${n}`] as number,
      notYetDue: r[`nyd${n}`] as number,
    })),
  })) as Keyed<Omit<RawParticipations, 'people' | 'outcomePeople'>>[];
}

/** Different people per group (and with `sets` in total) who took part, and who had a participation that ended in work or studies. */
export async function participationPeople(ex: Executor, p: Period, groupBy: GroupBy, grouping: Grouping) {
  const k = keyOf(groupBy, 'participation', grouping)!;
  // Without the follow-ups and sorted by key (an id, not text), the distinct counts are cheap.
  return rows<{ key: string | null; isTotal: boolean; people: number; outcomePeople: number }>(
    ex,
    sql`select ${keyColumn(grouping)}, count(distinct participant_id)::int as people,
        count(distinct participant_id) filter (where outcome)::int as "outcomePeople"
      from (
        select ${k.key} as key, p.participant_id, p.end_date is not null and p.end_occupation in ${sql.raw(codes(WORK_OR_STUDIES))} as outcome
        from participations p ${k.joins} where ${participationFilter(p)}
      ) s ${groupClause(grouping)}`,
  );
}

/** Participations per group and intervention: the cost is their number times the intervention's cost per place. */
export async function participationsPerIntervention(ex: Executor, p: Period, groupBy: GroupBy, grouping: Grouping) {
  const k = keyOf(groupBy, 'participation', grouping)!;
  return rows<{ key: string | null; interventionId: string; n: number }>(
    ex,
    sql`select ${k.key} as key, p.intervention_id::text as "interventionId", count(*)::int as n
      from participations p ${k.joins}
      where ${participationFilter(p)}
      group by 1, 2`,
  );
}
