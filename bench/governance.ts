/**
 * `npm run bench -- --only governance`: the governance level's live figures at the evaluation benchmark's size
 * (1 000 000 participations, PostgreSQL): every indicator of the goals page over eight quarters, and the SUS-style
 * report for the förbund and for one initiative — through the real service functions. The reference, measured in the
 * same run, is one hand-written table of the report — the different people by gender over all participations, one
 * scan and one sort: each figure is reported as a multiple of it and in milliseconds.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Database } from '../server/db/client.ts';
import { rows } from '../server/db/sql.ts';
import type { Actor } from '../server/lib/actor.ts';
import { listGoals } from '../server/modules/goals/service.ts';
import { scopeOf, susReport } from '../server/modules/sus/report.ts';
import { withAdminClient } from '../server/test/backends.ts';
import { DB, prepare, TENANT, type EvaluationBenchOptions } from './evaluation.ts';

const INDICATORS = [
  'work_or_studies_90',
  'closed_loop_rate',
  'completion_rate',
  'median_days_housing_to_intake',
  'people_in_forbund_funded',
];
const INITIATIVE = '00000000-0000-4000-8000-0000000001a1';

/** The governance records on top of the evaluation's data: parties, förbund-funded interventions, an initiative, goals, intakes. */
async function addGovernance(database: Database, people: number) {
  const db = database.db;
  const [found] = await rows<{ done: boolean }>(db, sql`select exists (select 1 from forbund_goals where tenant_id = ${TENANT}) as done`);
  if (found?.done) return;
  await db.execute(sql`insert into forbund_parties (tenant_id, id, name, kind, key_weight)
    values (${TENANT}, md5('fk')::uuid, 'Försäkringskassan', 'forsakringskassan', 1), (${TENANT}, md5('af')::uuid, 'Arbetsförmedlingen', 'arbetsformedlingen', 1),
      (${TENANT}, md5('reg')::uuid, 'Regionen', 'region', 1), (${TENANT}, md5('kom')::uuid, 'Kommunen', 'municipality', 50000)`);
  await db.execute(sql`insert into forbund_party_organisations (tenant_id, organisation_id, party_id)
    select tenant_id, id, (array[md5('fk'), md5('af'), md5('reg'), md5('kom')])[1 + abs(hashtext(id::text)) % 4]::uuid from organisations where tenant_id = ${TENANT}`);
  // A third of the interventions are funded by the förbund; thirty run through one initiative.
  await db.execute(
    sql`update interventions set funding = 'samordningsforbund' where tenant_id = ${TENANT} and abs(hashtext(id::text)) % 3 = 0`,
  );
  await db.execute(
    sql`insert into initiatives (tenant_id, id, name, kind, state, created_by_user_id) values (${TENANT}, ${INITIATIVE}, 'Benchinitiativet', 'project', 'running', md5('u')::uuid)`,
  );
  await db.execute(sql`insert into initiative_interventions (tenant_id, initiative_id, intervention_id)
    select tenant_id, ${INITIATIVE}, id from interventions where tenant_id = ${TENANT} order by id limit 30`);
  await db.execute(sql`insert into forbund_goals (tenant_id, id, title) values (${TENANT}, md5('goal')::uuid, 'Fler i arbete')`);
  for (const indicator of INDICATORS)
    await db.execute(
      sql`insert into goal_indicators (tenant_id, goal_id, indicator, target, direction) values (${TENANT}, md5('goal')::uuid, ${indicator}, 50, 'at_least')`,
    );
  // A joint intake and one held meeting for every person, the meeting 5–95 days after housing, over three years.
  await db.execute(sql`insert into joint_intakes (tenant_id, participant_id, housing_date)
    select ${TENANT}, md5('p' || g)::uuid, date '2022-01-01' + (g % 1100) from generate_series(1, ${people}) g`);
  await db.execute(sql`insert into intake_meetings (tenant_id, participant_id, date, start_time, end_time, place, status, booked_by_user_id)
    select ${TENANT}, md5('p' || g)::uuid, date '2022-01-01' + (g % 1100) + 5 + g % 91, '09:00', '10:00', 'Kontoret', 'held', md5('u')::uuid
    from generate_series(1, ${people}) g`);
  await db.execute(sql`analyze`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the benchmark; true when every figure was computed (there is no fixed time target, only the reported ratio). */
export async function benchGovernance(o: EvaluationBenchOptions): Promise<boolean> {
  const database = await prepare(o);
  try {
    const started = performance.now();
    await addGovernance(database, Math.round(o.participations * 0.4));
    o.log(`Governance records added in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const actor: Actor = {
      tenantId: TENANT,
      userId: TENANT,
      organisationId: null,
      roles: ['analyst'],
      participantId: null,
      requestId: '',
      sessionId: '',
    };
    const db = database.db;
    const timed = async (f: () => Promise<unknown>) => {
      const times: number[] = [];
      let result: unknown;
      for (let i = 0; i < o.runs; i++) {
        const t0 = performance.now();
        result = await f();
        times.push(performance.now() - t0);
      }
      return { ms: median(times), result };
    };
    const reference = await timed(() =>
      rows(
        db,
        sql`select gender, count(distinct participant_id)::int as n from participations where tenant_id = ${TENANT} group by gender`,
      ),
    );
    const goals = await timed(() => listGoals(db, actor));
    const allYears = { from: '2022-01-01', to: '2026-12-31' };
    const forbund = await timed(async () => susReport(db, await scopeOf(db, actor, allYears)));
    const initiative = await timed(async () => susReport(db, await scopeOf(db, actor, { ...allYears, initiativeId: INITIATIVE })));
    const shown = (goals.result as Awaited<ReturnType<typeof listGoals>>).joint[0]!.indicators.map(
      (i) => `${i.indicator} ${i.points.filter((p) => p.value !== null).length}/8 quarters shown`,
    );
    o.log(
      `Reference, one hand-written table (people by gender over every participation): median ${reference.ms.toFixed(0)} ms of ${o.runs}`,
    );
    for (const [label, m] of [
      ['Goals page, 5 indicators × 8 quarters (GET /api/goals)', goals],
      ['SUS report, the förbund, all years (GET /api/sus/report)', forbund],
      ['SUS report, one initiative of 30 interventions', initiative],
    ] as const)
      o.log(`${label}: median ${m.ms.toFixed(0)} ms = ${(m.ms / reference.ms).toFixed(1)}× the reference`);
    o.log(`Indicators: ${shown.join('; ')}`);
    const people = (forbund.result as Awaited<ReturnType<typeof susReport>>).people;
    o.log(`SUS report people (förbund): ${people.kind === 'value' ? people.value : people.kind}`);
    return true;
  } finally {
    await database.close();
    if (!o.keep) await withAdminClient((c) => c.query(`drop database if exists ${DB} with (force)`));
  }
}
