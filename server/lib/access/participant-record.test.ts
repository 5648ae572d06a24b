import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromRow, rows } from '../../db/sql.ts';
import { participants } from '../../modules/participants/tables.ts';
import { buildConsent, buildEngagement, buildOrganisation, buildParticipant, buildTenant, buildUser } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';
import { verifyAuditChains } from '../audit/verify.ts';
import { readParticipantData, readParticipantRecord } from './participant-data.ts';

let ctx: TestContext;
let tenantId: string;
let reader: Actor;
let own: string;
let consented: string;
let noConsent: string;
let stranger: string;

const auditCount = async (participantId: string) =>
  (await rows<{ n: number }>(ctx.database.db, sql`select count(*) as n from audit_events where participant_id = ${participantId}`))[0]!.n;
const auditRows = (participantId: string) =>
  rows<Record<string, unknown>>(
    ctx.database.db,
    sql`select actor_user_id, actor_organisation_id, actor_role, category, action, "grant", request_id, resource_type, resource_id
        from audit_events where participant_id = ${participantId} order by seq`,
  );
const target = (participantId: string) => ({ participantId, category: 'identity' as const, resourceType: 'participant' });
const byId = (id: string) => () =>
  ctx.database.db
    .select()
    .from(participants)
    .where(sql`${participants.tenantId} = ${tenantId} and ${participants.id} = ${id}`);
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit');
  const af = await buildOrganisation(db, tenantId, 'arbetsformedlingen');
  const u = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: af });
  reader = {
    tenantId,
    userId: u.id,
    organisationId: af,
    roles: ['caseworker'],
    participantId: null,
    requestId: 'req-fast',
    sessionId: 's',
  };
  own = await buildParticipant(db, tenantId, af);
  await buildEngagement(db, tenantId, own, af, { caseworkerUserId: u.id });
  consented = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, consented, af);
  await buildConsent(db, tenantId, consented, af, 'identity');
  noConsent = await buildParticipant(db, tenantId, amf);
  await buildEngagement(db, tenantId, noConsent, af);
  stranger = await buildParticipant(db, tenantId, amf);
});

describe('readParticipantRecord, the one-statement read', () => {
  it('decides, reads and audits exactly as readParticipantData does', async () => {
    for (const id of [own, consented]) {
      const slow = await readParticipantData(ctx.database.db, reader, target(id), async ({ tx, grant }) => {
        const [row] = await tx
          .select()
          .from(participants)
          .where(sql`${participants.tenantId} = ${tenantId} and ${participants.id} = ${id}`);
        return { row, grant };
      });
      const fast = await readParticipantRecord(ctx.database.db, reader, target(id), byId(id));
      expect(fast.rows).toHaveLength(1);
      expect(fromRow(participants, fast.rows[0]!)).toEqual(slow.row);
      expect(fast.grant).toBe(slow.grant);
      const [a, b] = await auditRows(id);
      expect(b).toEqual(a);
    }
    expect((await auditRows(own))[0]).toMatchObject({
      action: 'read',
      grant: 'own_organisation',
      category: 'identity',
      request_id: 'req-fast',
    });
    expect((await auditRows(consented))[0]).toMatchObject({ grant: 'consent' });
    expect((await verifyAuditChains(ctx.database.db)).ok).toBe(true);
  });

  it('answers 404 for a person the actor may not know and 403 consent_required without consent, auditing neither', async () => {
    const unknown = '99999999-9999-4999-8999-999999999999';
    expect(await codeOf(readParticipantRecord(ctx.database.db, reader, target(stranger), byId(stranger)))).toBe('not_found');
    expect(await codeOf(readParticipantRecord(ctx.database.db, reader, target(unknown), byId(unknown)))).toBe('not_found');
    expect(await codeOf(readParticipantRecord(ctx.database.db, reader, target(noConsent), byId(noConsent)))).toBe('consent_required');
    expect(await auditCount(stranger)).toBe(0);
    expect(await auditCount(noConsent)).toBe(0);
  });

  it('answers 404 and writes no audit row when the query finds nothing', async () => {
    const before = await auditCount(own);
    const none = () => sql`select * from participants where false`;
    expect(await codeOf(readParticipantRecord(ctx.database.db, reader, target(own), none))).toBe('not_found');
    expect(await auditCount(own)).toBe(before);
  });

  it('is one statement: a read that fails leaves no audit row', async () => {
    const before = await auditCount(own);
    const failing = () => sql`select 1 / (select count(*) from participants where false)::int as x`;
    await expect(readParticipantRecord(ctx.database.db, reader, target(own), failing)).rejects.toThrow();
    expect(await auditCount(own)).toBe(before);
  });

  it('works inside a caller’s transaction and rolls back with it', async () => {
    const before = await auditCount(own);
    await expect(
      ctx.database.db.transaction(async (tx) => {
        const read = await readParticipantRecord(tx, reader, target(own), byId(own));
        expect(read.rows).toHaveLength(1);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await auditCount(own)).toBe(before);
  });
});
