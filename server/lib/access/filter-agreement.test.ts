import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_CATEGORIES, type Role } from '../../../common/roles.ts';
import { seededRandom } from '../../demo/numbers.ts';
import { participants } from '../../modules/participants/tables.ts';
import { buildConsent, buildEngagement, buildOrganisation, buildParticipant, buildTenant } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import type { Actor } from '../actor.ts';
import { loadParticipantFactsMany } from './facts.ts';
import { readableParticipantsSql } from './filters.ts';
import { decideRead } from './grants.ts';

const TODAY = '2026-06-15';
const DATES = ['2025-01-01', '2026-06-14', '2026-06-15', '2026-06-16', '2027-01-01'];

let ctx: TestContext;
let tenantId: string;
let orgs: string[];
let ids: string[];

// Generated data: 120 participants with random engagements and consents (periods around today, withdrawals,
// other organisations), so the list filter and the single-record rule are compared on every kind of edge.
beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const random = seededRandom(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  tenantId = await buildTenant(db);
  orgs = [
    await buildOrganisation(db, tenantId, 'arbetsformedlingen'),
    await buildOrganisation(db, tenantId, 'adult_education'),
    await buildOrganisation(db, tenantId, 'region'),
  ];
  ids = [];
  for (let i = 0; i < 120; i++) {
    const id = await buildParticipant(db, tenantId, pick(orgs));
    ids.push(id);
    for (let e = Math.floor(random() * 3); e > 0; e--) {
      const start = pick(DATES);
      await buildEngagement(db, tenantId, id, pick(orgs), {
        startDate: start,
        endDate: random() < 0.5 ? null : pick(DATES.filter((d) => d >= start)),
      });
    }
    for (let c = Math.floor(random() * 5); c > 0; c--) {
      const from = pick(DATES);
      await buildConsent(db, tenantId, id, pick(orgs), pick(DATA_CATEGORIES), {
        validFrom: from,
        validTo: random() < 0.4 ? null : pick(DATES.filter((d) => d >= from)),
        withdrawnAt: random() < 0.2 ? '2026-06-10T08:00:00Z' : null,
      });
    }
  }
});

const actorFor = (organisationId: string | null, roles: Role[], participantId: string | null = null): Actor => ({
  tenantId,
  userId: 'ffffffff-ffff-4fff-8fff-ffffffffffff',
  organisationId,
  roles,
  participantId,
  requestId: 'test',
  sessionId: 'test',
});

describe('the list filter and the single-record rule agree', () => {
  it('for every organisation, role and category on generated data', async () => {
    const db = ctx.database.db;
    let compared = 0;
    let allowed = 0;
    const actors = [
      ...orgs.flatMap((o) => [actorFor(o, ['caseworker']), actorFor(o, ['provider'])]),
      actorFor(orgs[0]!, ['analyst']),
      actorFor(null, ['administrator']),
      actorFor(null, ['participant'], ids[3]!),
    ];
    for (const actor of actors) {
      for (const category of DATA_CATEGORIES) {
        const listed = await db
          .select({ id: participants.id })
          .from(participants)
          .where(and(eq(participants.tenantId, tenantId), readableParticipantsSql(actor, category, TODAY)));
        const fromSql = new Set(listed.map((r) => r.id));
        const facts = await loadParticipantFactsMany(db, actor, ids);
        for (const id of ids) {
          const decision = decideRead(actor, facts.get(id)!, category, TODAY);
          expect(fromSql.has(id), `${actor.roles[0]} ${category} ${id}`).toBe(decision.allowed);
          compared++;
          if (decision.allowed) allowed++;
        }
      }
    }
    // The generated data must exercise both outcomes, or the comparison proves nothing.
    expect(allowed).toBeGreaterThan(50);
    expect(compared - allowed).toBeGreaterThan(50);
  });

  it('never lists another tenant’s participants', async () => {
    const other = await buildTenant(ctx.database.db);
    const actor = actorFor(orgs[0]!, ['caseworker']);
    const rows = await ctx.database.db.execute(
      sql`select count(*) as n from participants where tenant_id = ${other} and ${readableParticipantsSql(actor, 'identity', TODAY)}`,
    );
    expect((rows as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });
});
