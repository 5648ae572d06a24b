/**
 * From raw counts to published figures. Every count goes through suppression (linked.ts); a figure computed from
 * counts — a sum, a share, a cost — is published only when every count it is computed from is shown, so it tells
 * nothing the shown counts do not. Medians need five people. Costs have a rule of their own: the cost per place of
 * each intervention is public, so a group's cost would give away how many of its participations were in each
 * intervention; a cost is shown only when none of those numbers is 1–4 (and, for the total, when every group's is).
 */
import { SMALL_CELL } from '../../../common/offer.ts';
import { suppressColumn, suppressLinked, type Shown } from './linked.ts';
import type { RawParticipations } from './participation-queries.ts';
import type { RawReferrals } from './queries.ts';
import type { Figures } from './schema.ts';

type ReferralFigures = NonNullable<Figures['referrals']>;
type ParticipationPart = Omit<Figures, 'referrals' | 'cost'>;

const value = (s: Shown) => (s.kind === 'value' ? s.value : null);
const HIDDEN: Shown = { kind: 'hidden' };
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** A share of two shown counts; null when either is not shown or the whole is 0. */
export function share(part: Shown | null, whole: Shown | null): number | null {
  const p = part && value(part);
  const w = whole && value(whole);
  return p === null || w === null || w === 0 ? null : round4(p / w);
}

/** The sum of shown counts, hidden unless every part is shown. */
export function sumOf(parts: Shown[]): Shown {
  const values = parts.map(value);
  return values.every((v) => v !== null) ? { kind: 'value', value: values.reduce((a, b) => a! + b!, 0)! } : HIDDEN;
}

const median = (r: RawReferrals) => (r.medianPeople >= SMALL_CELL && r.medianDays !== null ? Math.round(r.medianDays * 10) / 10 : null);

/** Referral figures of rows that together partition the total (or of one row alone, with itself as total). */
export function referralFigures(rows: RawReferrals[], total: RawReferrals): { rows: ReferralFigures[]; total: ReferralFigures } {
  const states = (r: RawReferrals) => [r.acceptedOrLater, r.waitlisted, r.declined, r.expired, r.withdrawn, r.open];
  const linked = suppressLinked([rows.map(states), rows.map((r) => [r.closed, r.sent - r.closed])]);
  const figures = (sent: Shown, s: Shown[], closed: Shown, raw: RawReferrals): ReferralFigures => ({
    sent,
    acceptedOrLater: s[0]!,
    waitlisted: s[1]!,
    declined: s[2]!,
    expired: s[3]!,
    withdrawn: s[4]!,
    open: s[5]!,
    closedLoop: closed,
    closedLoopRate: share(closed, sent),
    medianDaysToStart: median(raw),
  });
  const [byState, loop] = linked.partitions as [(typeof linked.partitions)[0], (typeof linked.partitions)[0]];
  return {
    rows: rows.map((r, i) => figures(linked.margin[i]!, byState.cells[i]!, loop.cells[i]![0]!, r)),
    total: figures(linked.marginTotal, byState.columnTotals, loop.columnTotals[0]!, total),
  };
}

/** Participation, situation and follow-up figures of rows that together partition the total (or of one row alone). */
export function participationFigures(
  rows: RawParticipations[],
  days: readonly number[],
): { rows: ParticipationPart[]; total: ParticipationPart } {
  const points = days.length;
  const linked = suppressLinked([
    rows.map((r) => [r.completed, r.droppedOut]),
    rows.map((r) => [r.work, r.studies, r.jobSeeking, r.other]),
    ...Array.from({ length: points }, (_, n) =>
      rows.map((r) => {
        const f = r.followUps[n]!;
        return [f.workOrStudies, f.other, f.notReachable, f.missing, f.notYetDue];
      }),
    ),
  ]);
  const running = suppressColumn(rows.map((r) => r.running));
  const [completion, situation, ...followUps] = linked.partitions;
  const figures = (ended: Shown, runs: Shown, c: Shown[], s: Shown[], f: Shown[][]): ParticipationPart => ({
    participations: {
      started: sumOf([ended, runs]),
      running: runs,
      ended,
      completed: c[0]!,
      droppedOut: c[1]!,
      completionRate: share(c[0]!, ended),
    },
    situationAtEnd: {
      work: s[0]!,
      studies: s[1]!,
      jobSeeking: s[2]!,
      other: s[3]!,
      shareInWorkOrStudies: share(sumOf([s[0]!, s[1]!]), ended),
    },
    followUps: f.map((cells, n) => {
      // Due: every ended participation but those whose follow-up is not yet due.
      const notYetDue = value(cells[4]!);
      const endedValue = value(ended);
      const due: Shown =
        endedValue !== null && notYetDue !== null ? { kind: 'value', value: endedValue - notYetDue } : sumOf(cells.slice(0, 4));
      return {
        daysAfterEnd: days[n]!,
        workOrStudies: cells[0]!,
        other: cells[1]!,
        notReachable: cells[2]!,
        missing: cells[3]!,
        notYetDue: cells[4]!,
        shareInWorkOrStudies: share(cells[0]!, due),
      };
    }),
  });
  return {
    rows: rows.map((_, i) =>
      figures(
        linked.margin[i]!,
        running.cells[i]!,
        completion!.cells[i]!,
        situation!.cells[i]!,
        followUps.map((t) => t.cells[i]!),
      ),
    ),
    total: figures(
      linked.marginTotal,
      running.total,
      completion!.columnTotals,
      situation!.columnTotals,
      followUps.map((t) => t.columnTotals),
    ),
  };
}

/** A group's people, and its cost when the rule in the header allows. */
export interface CostInput {
  people: number;
  outcomePeople: number;
  /** Participations per intervention of the group. */
  perIntervention: Map<string, number>;
}

/** People counts: one table when the rows partition the people (their sum is the total), otherwise each on its own. */
export function peopleFigures(rows: number[], total: number, partition: boolean): { rows: Shown[]; total: Shown } {
  const sum = rows.reduce((a, b) => a + b, 0);
  if (partition && sum === total) {
    const t = suppressColumn(rows);
    return { rows: t.cells, total: t.total };
  }
  return { rows: rows.map((v) => suppressColumn([v]).total), total: suppressColumn([total]).total };
}

/** The cost in öre of a group's participations, or null when a price is unknown or a count 1–4 would show through it. */
export function costOre(perIntervention: Map<string, number>, prices: Map<string, number | null>): { ore: number | null; safe: boolean } {
  let ore = 0;
  let known = true;
  let safe = true;
  for (const [interventionId, n] of perIntervention) {
    if (n === 0) continue;
    if (n < SMALL_CELL) safe = false;
    const price = prices.get(interventionId);
    if (price === null || price === undefined) known = false;
    else ore += price * n;
  }
  return { ore: known ? ore : null, safe };
}

/** The published cost figures of a group: its total cost when `shown`, per different participant and per outcome. */
export function costFigures(ore: number | null, shown: boolean, people: Shown, outcomePeople: Shown): Figures['cost'] {
  const total = shown ? ore : null;
  const per = (s: Shown) => {
    const n = value(s);
    return total === null || n === null || n === 0 ? null : Math.round(total / n);
  };
  return {
    people,
    peopleInWorkOrStudiesAtEnd: outcomePeople,
    totalOre: total,
    perParticipantOre: per(people),
    perOutcomeOre: per(outcomePeople),
  };
}
