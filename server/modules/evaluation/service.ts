import { eq, sql } from 'drizzle-orm';
import { AGE_BANDS, DEFAULT_FOLLOW_UP_DAYS, GENDERS, SMALL_CELL, TARGET_GROUPS } from '../../../common/offer.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { invalid } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { organisations, tenants } from '../tenants/tables.ts';
import { costFigures, costOre, participationFigures, peopleFigures, referralFigures } from './figures.ts';
import {
  participationCounts,
  participationPeople,
  participationsPerIntervention,
  type RawParticipations,
} from './participation-queries.ts';
import { referralCounts, type Keyed, type Period, type RawReferrals } from './queries.ts';
import type { EvaluationQueryInput, EvaluationResult, Figures, GroupBy } from './schema.ts';

/** The raw counts of one group (or of the total). */
interface RawGroup {
  key: string | null;
  referrals: RawReferrals;
  participations: RawParticipations;
  perIntervention: Map<string, number>;
}

const zeroReferrals = (): RawReferrals => ({
  sent: 0,
  acceptedOrLater: 0,
  waitlisted: 0,
  declined: 0,
  expired: 0,
  withdrawn: 0,
  open: 0,
  closed: 0,
  medianDays: null,
  medianPeople: 0,
});
const zeroParticipations = (points: number): RawParticipations => ({
  started: 0,
  running: 0,
  completed: 0,
  droppedOut: 0,
  work: 0,
  studies: 0,
  jobSeeking: 0,
  other: 0,
  people: 0,
  outcomePeople: 0,
  followUps: Array.from({ length: points }, () => ({ workOrStudies: 0, other: 0, notReachable: 0, missing: 0, notYetDue: 0 })),
});
/** The sum of groups' participation counts; the different people are left to the caller. */
function sumParticipations(groups: RawParticipations[], points: number): RawParticipations {
  const sum = zeroParticipations(points);
  for (const g of groups) {
    for (const name of ['started', 'running', 'completed', 'droppedOut', 'work', 'studies', 'jobSeeking', 'other'] as const)
      sum[name] += g[name];
    g.followUps.forEach((f, n) => {
      for (const name of ['workOrStudies', 'other', 'notReachable', 'missing', 'notYetDue'] as const) sum.followUps[n]![name] += f[name];
    });
  }
  return sum;
}
const strip = <T extends object>({ key: _k, isTotal: _t, ...rest }: Keyed<T>) => rest as unknown as T;

/** Gender and age are known from a participation only (reports never read identity), so referrals are not grouped by them. */
const groupsReferrals = (groupBy: GroupBy) => groupBy !== 'gender' && groupBy !== 'ageBand';

/** Rows in a reader's order: names alphabetically, codes in their list's order, quarters in time; "none" last. */
function order(groupBy: GroupBy, a: { key: string | null; label: string | null }, b: { key: string | null; label: string | null }) {
  if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
  const lists: Partial<Record<GroupBy, readonly string[]>> = { targetGroup: TARGET_GROUPS, gender: GENDERS, ageBand: AGE_BANDS };
  const list = lists[groupBy];
  if (list) return list.indexOf(a.key) - list.indexOf(b.key);
  if (groupBy === 'quarter') return a.key.localeCompare(b.key);
  return (a.label ?? '').localeCompare(b.label ?? '', 'sv') || a.key.localeCompare(b.key);
}

/**
 * The raw counts per group and in total: referrals in one pass with their total when the groups partition it
 * (grouping sets); participations per group, their total summed but for the different people. Overlapping groups
 * (target groups), and referrals when they cannot be grouped, are counted for the total apart.
 */
async function rawGroups(tx: Executor, period: Period, groupBy: GroupBy) {
  const partition = groupBy !== 'targetGroup';
  const points = period.followUpDays.length;
  const refs = groupsReferrals(groupBy) ? await referralCounts(tx, period, groupBy, partition ? 'sets' : 'keyed') : [];
  const counts = await participationCounts(tx, period, groupBy, 'keyed');
  const people = await participationPeople(tx, period, groupBy, partition ? 'sets' : 'keyed');
  const peopleOf = new Map(people.filter((r) => !r.isTotal).map((r) => [r.key, r]));
  const pars = counts.map((c) => ({
    ...c,
    people: peopleOf.get(c.key)?.people ?? 0,
    outcomePeople: peopleOf.get(c.key)?.outcomePeople ?? 0,
  }));
  // By intervention, a group's participations are all in its own intervention: no need to count them again.
  const perIntervention =
    groupBy === 'intervention'
      ? pars.map((p) => ({ key: p.key, interventionId: p.key!, n: p.started }))
      : await participationsPerIntervention(tx, period, groupBy, 'keyed');
  const groups = new Map<string | null, RawGroup>();
  const group = (key: string | null) => {
    if (!groups.has(key))
      groups.set(key, { key, referrals: zeroReferrals(), participations: zeroParticipations(points), perIntervention: new Map() });
    return groups.get(key)!;
  };
  for (const r of refs) if (!r.isTotal) group(r.key).referrals = strip(r);
  for (const p of pars) group(p.key).participations = strip(p);
  for (const c of perIntervention) group(c.key).perIntervention.set(c.interventionId, c.n);

  const totalRef = refs.find((r) => r.isTotal) ?? (await referralCounts(tx, period, groupBy, 'total'))[0]!;
  // The counts of a partition add up to the total; its different people do not (one person, several groups).
  const totalPeople = people.find((r) => r.isTotal) ?? (await participationPeople(tx, period, groupBy, 'total'))[0]!;
  const totalPar: RawParticipations = partition
    ? { ...sumParticipations(pars.map(strip), points), people: totalPeople.people, outcomePeople: totalPeople.outcomePeople }
    : {
        ...strip((await participationCounts(tx, period, groupBy, 'total'))[0]!),
        people: totalPeople.people,
        outcomePeople: totalPeople.outcomePeople,
      };
  const totalCounts = partition ? perIntervention : await participationsPerIntervention(tx, period, groupBy, 'total');
  const totalPerIntervention = new Map<string, number>();
  for (const c of totalCounts) totalPerIntervention.set(c.interventionId, (totalPerIntervention.get(c.interventionId) ?? 0) + c.n);
  const total: RawGroup = { key: null, referrals: strip(totalRef), participations: totalPar, perIntervention: totalPerIntervention };
  return { groups: [...groups.values()], total, partition };
}

/** Published figures of rows that partition the total (or of a single row, which is its own total). */
function publish(
  groups: RawGroup[],
  total: RawGroup,
  referralsGrouped: boolean,
  days: readonly number[],
  prices: Map<string, number | null>,
) {
  const source = groups.length > 0 ? groups : [total];
  const par = participationFigures(
    source.map((g) => g.participations),
    days,
  );
  const ref = referralsGrouped
    ? referralFigures(
        source.map((g) => g.referrals),
        total.referrals,
      )
    : null;
  const refTotal = ref ? ref.total : referralFigures([total.referrals], total.referrals).total;
  const people = peopleFigures(
    source.map((g) => g.participations.people),
    total.participations.people,
    true,
  );
  const outcome = peopleFigures(
    source.map((g) => g.participations.outcomePeople),
    total.participations.outcomePeople,
    true,
  );
  const costs = source.map((g, i) => {
    const c = costOre(g.perIntervention, prices);
    return { ...c, shown: c.safe && c.ore !== null && par.rows[i]!.participations.started.kind === 'value' };
  });
  const totalCost = costOre(total.perIntervention, prices);
  const totalShown = costs.every((c) => c.shown) && totalCost.ore !== null && par.total.participations.started.kind === 'value';
  const rows: Figures[] = source.map((_, i) => ({
    referrals: ref ? ref.rows[i]! : null,
    ...par.rows[i]!,
    cost: costFigures(costs[i]!.ore, costs[i]!.shown, people.rows[i]!, outcome.rows[i]!),
  }));
  const totalFigures: Figures = {
    referrals: refTotal,
    ...par.total,
    cost: costFigures(totalCost.ore, totalShown, people.total, outcome.total),
  };
  return { rows: groups.length > 0 ? rows : [], total: totalFigures };
}

/**
 * A report aggregates the area's whole history, so for this transaction only: enough memory for its hash joins and
 * sorts not to spill to disk; no JIT compilation (it costs more than it saves here); and no plain index scans, which
 * the planner picks to read a million rows in key order (one random heap access each) instead of scanning and
 * sorting — bitmap index scans, in heap order, still serve a report narrowed to one intervention or provider.
 */
export async function tuneForReport(tx: Executor) {
  await tx.execute(sql`set local work_mem = '64MB'`);
  await tx.execute(sql`set local jit = off`);
  await tx.execute(sql`set local enable_indexscan = off`);
}

/**
 * The process evaluation of the actor's area: per group and in total, referrals sent and what became of them,
 * participations started and how they ended, the situation at end and at each follow-up point, and the cost.
 * Aggregates only, every count suppressed (figures.ts), so no consent is asked and no participant is audited. The
 * reads share one snapshot, so the tables add up.
 */
export async function evaluate(db: Db, actor: Actor, query: EvaluationQueryInput): Promise<EvaluationResult> {
  if (query.from && query.to && query.from > query.to)
    throw invalid([{ path: '/to', keyword: 'period_reversed', message: 'The period ends before it starts.' }]);
  const groupBy = query.groupBy ?? 'intervention';
  return db.transaction(
    async (tx) => {
      await tuneForReport(tx);
      const [tenant] = await tx.select({ days: tenants.followUpDays }).from(tenants).where(eq(tenants.id, actor.tenantId));
      const followUpDays = tenant?.days ?? [...DEFAULT_FOLLOW_UP_DAYS];
      const period: Period = { tenantId: actor.tenantId, query, today: todayInSweden(), followUpDays };
      const { groups, total, partition } = await rawGroups(tx, period, groupBy);
      const catalogue = await tx
        .select({ id: interventions.id, name: interventions.name, price: interventions.costPerPlaceOre })
        .from(interventions)
        .where(eq(interventions.tenantId, actor.tenantId));
      const prices = new Map(catalogue.map((i) => [i.id, i.price]));
      const names =
        groupBy === 'intervention'
          ? new Map(catalogue.map((i) => [i.id, i.name]))
          : groupBy === 'provider' || groupBy === 'referrer'
            ? new Map(
                (
                  await tx
                    .select({ id: organisations.id, name: organisations.name })
                    .from(organisations)
                    .where(eq(organisations.tenantId, actor.tenantId))
                ).map((o) => [o.id, o.name]),
              )
            : null;
      const labelled = groups
        .map((g) => ({ ...g, label: g.key !== null && names ? (names.get(g.key) ?? null) : null }))
        .sort((a, b) => order(groupBy, a, b));
      const referralsGrouped = groupsReferrals(groupBy);
      // Overlapping rows (target groups) are suppressed one by one, each its own total; the total on its own.
      const published = partition
        ? publish(labelled, total, referralsGrouped, followUpDays, prices)
        : {
            rows: labelled.map((g) => publish([g], g, referralsGrouped, followUpDays, prices).total),
            total: publish([total], total, referralsGrouped, followUpDays, prices).total,
          };
      return {
        groupBy,
        from: query.from ?? null,
        to: query.to ?? null,
        smallCell: SMALL_CELL,
        followUpDays: [...followUpDays],
        rowsArePartition: partition,
        rows: labelled.map((g, i) => ({ key: g.key, label: g.label, figures: published.rows[i]! })),
        total: published.total,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
