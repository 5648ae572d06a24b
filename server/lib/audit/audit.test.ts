import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import { buildTenant } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import { audit } from './audit.ts';
import { verifyAuditChains } from './verify.ts';

let ctx: TestContext;
let tenantId: string;
const P1 = '11111111-1111-4111-8111-111111111111';
const P2 = '22222222-2222-4222-8222-222222222222';

const actor = () => ({
  tenantId,
  userId: '33333333-3333-4333-8333-333333333333',
  organisationId: null,
  roles: ['caseworker' as const],
  requestId: 'req-1',
});
const entry = (participantId: string | null) => ({
  participantId,
  category: 'plan',
  action: 'read' as const,
  grant: 'consent',
  resourceType: 'plan',
  resourceId: participantId,
});

beforeAll(async () => {
  ctx = await testApp();
  tenantId = await buildTenant(ctx.database.db);
});

describe('the hash-chained audit log', () => {
  it('links rows per participant, the same in SQL as in the verifier, and concurrent writers keep the chain whole', async () => {
    const db = ctx.database.db;
    await audit(db, actor(), [entry(P1), entry(P2), entry(null)]);
    await audit(db, actor(), [entry(P1), entry(P1)]);
    await Promise.all(Array.from({ length: 12 }, () => db.transaction((tx) => audit(tx, actor(), [entry(P1), entry(P2)]))));
    const [n] = await rows<{ n: number }>(
      db,
      sql`select count(*) as n from audit_events where tenant_id = ${tenantId} and chain_key = ${P1}`,
    );
    expect(n!.n).toBe(3 + 12);
    const report = await verifyAuditChains(db);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.events).toBeGreaterThanOrEqual(3 + 2 + 24);
  });

  it('is written in the caller’s transaction: a rolled-back change leaves no audit row', async () => {
    const db = ctx.database.db;
    const before = await rows<{ n: number }>(db, sql`select count(*) as n from audit_events`);
    await expect(
      db.transaction(async (tx) => {
        await audit(tx, actor(), [entry(P2)]);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await rows<{ n: number }>(db, sql`select count(*) as n from audit_events`);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });

  it.each([
    ['an edited row', sql`update audit_events set "grant" = 'own_organisation' where chain_key = ${P1} and seq = 2`, 'hash mismatch'],
    ['a deleted row in the middle', sql`delete from audit_events where chain_key = ${P1} and seq = 3`, 'missing row'],
    ['deleted rows at the end', sql`delete from audit_events where chain_key = ${P2} and seq > 5`, 'chain ends before its head'],
  ])('detects %s', async (_name, tamper, problem) => {
    const db = ctx.database.db;
    await db
      .transaction(async (tx) => {
        await tx.execute(tamper);
        const report = await verifyAuditChains(tx);
        expect(report.ok).toBe(false);
        expect(report.problems.map((p) => p.problem)).toContain(problem);
        // Roll back so each case starts from an intact log.
        tx.rollback();
      })
      .catch((err: Error) => expect(err.message).toMatch(/rollback/i));
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });
});
