/**
 * `npm run bench -- --only evaluation`: Kitt's heaviest evaluation report (groupBy=intervention over all time) on
 * PostgreSQL with 1 000 000 participations, through the real service function, against the same figures computed by
 * one hand-written SQL query in the same run. Asserts the figures are equal, then reports the median of several runs
 * of each, their ratio (target ≤ 1.5×) and Kitt's time (target < 2 s).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openPostgres, type Database } from '../server/db/client.ts';
import { rows } from '../server/db/sql.ts';
import type { Actor } from '../server/lib/actor.ts';
import { todayInSweden } from '../server/lib/dates.ts';
import { evaluate, tuneForReport } from '../server/modules/evaluation/service.ts';
import type { EvaluationResult, Figures } from '../server/modules/evaluation/schema.ts';
import { urlFor, withAdminClient } from '../server/test/backends.ts';
import { generation, HAND_WRITTEN, SIZES } from './evaluation-data.ts';

export interface EvaluationBenchOptions {
  participations: number;
  runs: number;
  keep: boolean;
  reuse: boolean;
  log: (line: string) => void;
}

export const DB = 'kitt_bench_evaluation';
export const TENANT = '00000000-0000-4000-8000-00000000e7a1';
export const EVALUATION_TARGET = { ratio: 1.5, ms: 2000 };

/** The database with `o.participations` participations (kept from an earlier run with `o.reuse`). */
export async function prepare(o: EvaluationBenchOptions): Promise<Database> {
  const exists = await withAdminClient(async (c) => (await c.query('select 1 from pg_database where datname = $1', [DB])).rowCount === 1);
  if (o.reuse && exists) return openPostgres(urlFor(DB), { max: 4 });
  await withAdminClient(async (c) => {
    await c.query(`drop database if exists ${DB} with (force)`);
    await c.query(`create database ${DB}`);
  });
  const database = openPostgres(urlFor(DB), { max: 4 });
  await database.migrate();
  const started = performance.now();
  o.log(`Generating ${o.participations} participations over ${SIZES.interventions} interventions …`);
  const client = new pg.Client({ connectionString: urlFor(DB) });
  await client.connect();
  try {
    await client.query('set session_replication_role = replica');
    await client.query(`insert into tenants (id, name) values ($1, 'Benchförbundet')`, [TENANT]);
    for (const statement of generation(o.participations)) await client.query(statement, [TENANT]);
    await client.query('set session_replication_role = origin');
    await client.query('analyze');
    const count = async (table: string) => Number((await client.query(`select count(*) from ${table}`)).rows[0].count);
    o.log(
      `Generated ${await count('participations')} participations, ${await count('referrals')} referrals, ${await count('follow_ups')} follow-ups, ` +
        `${await count('participants')} people in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    await client.end();
  }
  return database;
}

type HandRow = Record<string, number | string | boolean | null>;

/** The hand-written query's figures in the shape of Kitt's (each count as its number), for comparison. */
function expected(r: HandRow) {
  const n = (k: string) => Number(r[k] ?? 0);
  return {
    referrals: [n('sent'), n('accepted_or_later'), n('waitlisted'), n('declined'), n('expired'), n('withdrawn'), n('open'), n('closed')],
    median: n('median_people') >= 5 && r.median_days !== null ? Math.round(Number(r.median_days) * 10) / 10 : null,
    participations: [n('started'), n('running'), n('completed') + n('dropped_out'), n('completed'), n('dropped_out')],
    situation: [n('work'), n('studies'), n('job_seeking'), n('other')],
    followUps: [1, 2].map((k) => [n(`wos${k}`), n(`oth${k}`), n(`nr${k}`), n(`mis${k}`), n(`nyd${k}`)]),
    people: [n('people'), n('outcome_people')],
  };
}

/** Kitt's published figures as numbers (null where suppressed). */
function published(f: Figures) {
  const v = (s: { kind: string; value?: number }) => (s.kind === 'value' ? s.value! : null);
  const r = f.referrals!;
  return {
    referrals: [r.sent, r.acceptedOrLater, r.waitlisted, r.declined, r.expired, r.withdrawn, r.open, r.closedLoop].map(v),
    median: r.medianDaysToStart,
    participations: [
      f.participations.started,
      f.participations.running,
      f.participations.ended,
      f.participations.completed,
      f.participations.droppedOut,
    ].map(v),
    situation: [f.situationAtEnd.work, f.situationAtEnd.studies, f.situationAtEnd.jobSeeking, f.situationAtEnd.other].map(v),
    followUps: f.followUps.map((x) => [x.workOrStudies, x.other, x.notReachable, x.missing, x.notYetDue].map(v)),
    people: [f.cost.people, f.cost.peopleInWorkOrStudiesAtEnd].map(v),
  };
}

/**
 * Differences between Kitt's report and the hand-written figures: every figure Kitt shows must equal the hand-written
 * one; a figure Kitt suppresses (a small cell or its complement) is counted in `suppressed`.
 */
function compare(report: EvaluationResult, hand: HandRow[]): { problems: string[]; suppressed: number } {
  const problems: string[] = [];
  let suppressed = 0;
  const flat = (x: unknown): unknown[] =>
    Array.isArray(x) ? x.flatMap(flat) : typeof x === 'object' && x !== null ? Object.values(x).flatMap(flat) : [x];
  const byId = new Map(hand.filter((r) => !r.total).map((r) => [String(r.iid), r]));
  const check = (label: string, figures: Figures, row: HandRow | undefined, cost: number | null) => {
    if (!row) return problems.push(`${label}: not in the hand-written result`);
    const [k, h] = [flat(published(figures)), flat(expected(row))];
    if (k.length !== h.length) return problems.push(`${label}: ${k.length} figures from Kitt, ${h.length} by hand`);
    const differing = k.flatMap((v, i) => (v === null && h[i] !== null ? (suppressed++, []) : v === h[i] ? [] : [`#${i} ${v} ≠ ${h[i]}`]));
    if (differing.length > 0)
      problems.push(`${label}: Kitt ${JSON.stringify(published(figures))}, by hand ${JSON.stringify(expected(row))}`);
    if (figures.cost.totalOre === null) suppressed++;
    else if (figures.cost.totalOre !== cost) problems.push(`${label}: cost ${figures.cost.totalOre} ≠ ${cost}`);
  };
  if (report.rows.length !== byId.size) problems.push(`${report.rows.length} rows from Kitt, ${byId.size} by hand`);
  for (const row of report.rows) {
    const h = byId.get(String(row.key));
    check(`intervention ${row.label}`, row.figures, h, h ? Number(h.cost_ore) : null);
  }
  const total = hand.find((r) => r.total);
  const totalCost = hand.filter((r) => !r.total).reduce((a, r) => a + Number(r.cost_ore ?? 0), 0);
  check('total', report.total, total, totalCost);
  return { problems, suppressed };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the benchmark; true when the figures agree and both targets are met. */
export async function benchEvaluation(o: EvaluationBenchOptions): Promise<boolean> {
  const load = () => os.loadavg()[0]!.toFixed(2);
  o.log(
    `Evaluation benchmark: ${os.cpus().length} CPUs, node ${process.version}, load average ${load()} (other work on this machine skews the figures).`,
  );
  const database = await prepare(o);
  const actor: Actor = {
    tenantId: TENANT,
    userId: TENANT,
    organisationId: null,
    roles: ['analyst'],
    participantId: null,
    requestId: '',
    sessionId: '',
  };
  const today = todayInSweden();
  const kitt = () => evaluate(database.db, actor, { groupBy: 'intervention' });
  // The hand-written query runs with the same session settings as Kitt's report, so the ratio is Kitt's own cost.
  const hand = () =>
    database.db.transaction(async (tx) => {
      await tuneForReport(tx);
      return rows<HandRow>(tx, sql.raw(HAND_WRITTEN.replaceAll('$1', `'${TENANT}'`).replaceAll('$2', `'${today}'`)));
    });
  try {
    const timed = async <T>(f: () => Promise<T>) => {
      const t0 = performance.now();
      const result = await f();
      return { result, ms: performance.now() - t0 };
    };
    const [k0, h0] = [await timed(kitt), await timed(hand)];
    o.log(`First (cold) run: Kitt ${k0.ms.toFixed(0)} ms, hand-written SQL ${h0.ms.toFixed(0)} ms`);
    const { problems, suppressed } = compare(k0.result, h0.result);
    o.log(
      problems.length > 0
        ? 'FIGURES DIFFER:'
        : `Figures agree: ${k0.result.rows.length} interventions and the total; ${suppressed === 0 ? 'every figure shown' : `${suppressed} figures suppressed by Kitt (small cells and their complements), the rest equal`}.`,
    );
    for (const p of problems.slice(0, 10)) o.log(`  ${p}`);
    const times = { kitt: [] as number[], hand: [] as number[] };
    for (let i = 0; i < o.runs; i++) {
      // Alternate the order, so that neither always runs on the other's warm cache.
      const order = i % 2 === 0 ? (['kitt', 'hand'] as const) : (['hand', 'kitt'] as const);
      for (const which of order) times[which].push(which === 'kitt' ? (await timed(kitt)).ms : (await timed(hand)).ms);
    }
    const [k, h] = [median(times.kitt), median(times.hand)];
    const ratio = k / h;
    const ok = problems.length === 0 && ratio <= EVALUATION_TARGET.ratio && k < EVALUATION_TARGET.ms;
    o.log(
      `Kitt GET /api/evaluation?groupBy=intervention, service function: median ${k.toFixed(0)} ms of ${o.runs} (${times.kitt.map((t) => t.toFixed(0)).join(', ')})`,
    );
    o.log(
      `One hand-written SQL query, same figures:                    median ${h.toFixed(0)} ms of ${o.runs} (${times.hand.map((t) => t.toFixed(0)).join(', ')})`,
    );
    o.log(`Load average now ${load()}.`);
    o.log(
      `Kitt/hand-written ${ratio.toFixed(2)}× (target ≤ ${EVALUATION_TARGET.ratio}×), Kitt ${k.toFixed(0)} ms (target < ${EVALUATION_TARGET.ms} ms): ` +
        (ok ? 'targets met' : 'TARGET MISSED'),
    );
    return ok;
  } finally {
    await database.close();
    if (!o.keep) await withAdminClient((c) => c.query(`drop database if exists ${DB} with (force)`));
  }
}
