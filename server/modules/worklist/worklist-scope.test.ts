import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { verifyAuditChains } from '../../lib/audit/verify.ts';
import { TEST_PASSWORD } from '../../test/factories.ts';
import { signIn } from '../../test/harness.ts';
import { buildScenario, type Scenario } from '../../test/scenario.ts';
import { as, ctx, db, ids, items, keys, people, useWorklistWorld, whom, worklist } from './worklist-world.ts';

useWorklistWorld();

describe('scope, refusals and audit', () => {
  it('mine: only the people the user is responsible caseworker for', async () => {
    const mine = await worklist(as.cw1, 'mine');
    const everyone = Object.values(mine.groups).flatMap((g) => g.items.map((i) => i.participant?.id ?? null));
    expect(everyone).not.toContain(people.p2);
    expect(everyone).not.toContain(null);
    expect(keys(mine.groups, 'repliesOverdue')).toEqual([]);
    expect(mine.groups.windowsClosing).toEqual({ count: 0, items: [] });
    const other = await worklist(as.cw2, 'mine');
    expect(keys(other.groups, 'repliesOverdue')).toEqual([items.overdue]);
    expect(whom(other.groups, 'consentsExpiring')).toEqual([people.p2]);
    expect(keys(other.groups, 'questionsWaiting')).toEqual([]);
  });

  it('mine: no messages read is logged for a question about a person not on my list', async () => {
    const count = async () =>
      (
        await rows<{ n: number }>(
          db,
          sql`select count(*)::int as n from audit_events where tenant_id = ${ids.tenant} and actor_user_id = ${ids.cw1}
            and participant_id = ${people.p2} and category = 'messages'`,
        )
      )[0]!.n;
    const before = await count();
    await worklist(as.cw1, 'mine');
    expect(await count()).toBe(before);
  });

  it('the default scope is mine; an unknown scope is refused', async () => {
    expect((await as.cw1.get('/api/worklist')).body.scope).toBe('mine');
    expect((await as.cw1.get('/api/worklist?scope=everyone')).status).toBe(400);
  });

  it('an organisation without consent sees nothing of the person it works with, not even a question to it', async () => {
    const { groups } = await worklist(as.cwB, 'organisation');
    for (const group of Object.values(groups)) expect(group).toEqual({ count: 0, items: [] });
  });

  it('audits each look once per participant and category, naming the grant; nothing for the stranger', async () => {
    const seen = `select distinct request_id from audit_events where tenant_id = '${ids.tenant}' and actor_user_id = '${ids.cw1}'`;
    const before = (await rows<{ request_id: string }>(db, sql.raw(seen))).map((r) => r.request_id);
    await worklist(as.cw1, 'organisation');
    const written = (
      await rows<{ participant_id: string; category: string; grant: string; resource_type: string; request_id: string }>(
        db,
        sql`select participant_id, category, "grant", resource_type, request_id from audit_events
          where tenant_id = ${ids.tenant} and actor_user_id = ${ids.cw1}`,
      )
    ).filter((r) => !before.includes(r.request_id));
    const of = (p: string) =>
      written
        .filter((r) => r.participant_id === p)
        .map((r) => r.category)
        .sort();
    expect(of(people.p1)).toEqual(['identity', 'intake', 'messages', 'plan']);
    expect(of(people.noIdentity)).toEqual(['messages']);
    expect(of(people.stranger)).toEqual([]);
    expect(of(people.p2)).toEqual(['consent', 'identity', 'intake', 'messages', 'plan', 'progression']);
    expect(written.filter((r) => r.participant_id === people.p1 && r.category === 'identity')).toHaveLength(1);
    expect(written.find((r) => r.participant_id === people.p1 && r.category === 'plan')).toMatchObject({
      grant: 'consent',
      resource_type: 'worklist',
    });
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });
});

describe('the worklist on the scenario', () => {
  let s: Scenario;
  beforeAll(async () => {
    s = await buildScenario(db);
  });

  it('shows organisation A’s caseworker P’s placement before the language, and nothing of tenant 2', async () => {
    const cw = await signIn(ctx.app, s.users.caseworker.email, TEST_PASSWORD);
    const { groups } = await worklist(cw, 'mine');
    expect(keys(groups, 'warnings')).toContain(`warning:${s.p}:${s.calendarWarningKey}`);
    const other = await signIn(ctx.app, s.other.user.email, TEST_PASSWORD);
    const theirs = await worklist(other, 'organisation');
    expect(JSON.stringify(theirs.groups)).not.toContain(s.p);
  });

  it('is refused to roles that see no personal data and to the participant', async () => {
    for (const role of ['participant', 'administrator', 'analyst', 'board_member'] as const) {
      const session = await signIn(ctx.app, s.users[role].email, TEST_PASSWORD);
      expect((await session.get('/api/worklist')).status).toBe(403);
    }
  });
});
