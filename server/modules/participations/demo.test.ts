import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('the demo participations', async () => {
  const ctx = await testApp();
  const started = Date.now();
  await seedDemo(ctx.database.db, PASSWORD);
  const seconds = (Date.now() - started) / 1000;
  const db = ctx.database.db;

  it('hold a history of about 150 participations over two years, some running', async () => {
    const [c] = await rows<{ n: number; running: number; interventions: number; earliest: string }>(
      db,
      sql`select count(*)::int as n, count(*) filter (where end_date is null)::int as running,
            count(distinct intervention_id)::int as interventions, min(start_date)::text as earliest from participations`,
    );
    expect(c!.n).toBeGreaterThanOrEqual(130);
    expect(c!.running).toBeGreaterThan(5);
    expect(c!.interventions).toBeGreaterThan(20);
    console.log(`demo seed ${seconds.toFixed(1)} s, ${c!.n} participations`);
  });

  it('differ in outcome: some interventions with five or more in work or studies at end, some with fewer', async () => {
    const per = await rows<{ n: number }>(
      db,
      sql`select count(distinct p.participant_id)::int as n from participations p
          where p.end_occupation in ('work_unsubsidised', 'work_subsidised', 'own_business', 'studies')
          group by p.intervention_id`,
    );
    expect(per.some((r) => r.n >= 5)).toBe(true);
    expect(per.some((r) => r.n < 5)).toBe(true);
  });

  it('have follow-ups in every state, and the social enterprise has due ones with names it may see', async () => {
    const provider = await signIn(ctx.app, 'handledare@sjostad.example', PASSWORD);
    const due = (await provider.get('/api/follow-ups?state=due')).body;
    expect(due.counts.due).toBeGreaterThanOrEqual(2);
    expect(due.counts.missed).toBeGreaterThanOrEqual(1);
    expect(due.counts.recorded).toBeGreaterThanOrEqual(1);
    expect(due.items.some((i: { participantName: string | null }) => i.participantName !== null)).toBe(true);
    const [states] = await rows<{ recorded: number; open: number }>(
      db,
      sql`select count(*) filter (where recorded_at is not null)::int as recorded, count(*) filter (where recorded_at is null)::int as open
          from follow_ups`,
    );
    expect(states!.recorded).toBeGreaterThan(states!.open / 2);
  });
});
