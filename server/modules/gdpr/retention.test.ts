import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client.ts';
import {
  activities,
  activityVersions,
  goals,
  goalVersions,
  intakeInvitations,
  intakeMeetings,
  intakeSections,
  intakeSectionVersions,
  jointIntakes,
  plans,
  progressionEntries,
  warningAcknowledgements,
} from '../../db/schema.ts';
import { rows } from '../../db/sql.ts';
import { audit } from '../../lib/audit/audit.ts';
import { verifyAuditChains } from '../../lib/audit/verify.ts';
import { buildThread } from '../messages/scenario-records.ts';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session } from '../../test/harness.ts';
import { addMonths } from './policy.ts';
import { runRetention } from './retention.ts';

const ctx = await testApp();
const db = ctx.database.db;
const ENDED = '2020-03-15';

let tenantId: string;
let orgA: string;
let orgB: string;
let staffId: string;
/** R's last engagement ended on ENDED; S still has one running; both hold data in every category. */
let r: string;
let s: string;
let admin: Session;

/** Rows in every category for one participant, and an audit row about them. */
async function seedEverything(database: Db, participantId: string) {
  const w = { tenantId, p: participantId, orgA, orgB, authorUserId: staffId };
  await buildThread(database, w);
  await buildThread(database, w, 'agencies');
  await database.insert(jointIntakes).values({ tenantId, participantId, housingDate: '2019-09-01' });
  const [meeting] = await database
    .insert(intakeMeetings)
    .values({ tenantId, participantId, date: '2019-10-01', startTime: '09:00', endTime: '10:00', place: 'Rum 1', bookedByUserId: staffId })
    .returning();
  await database.insert(intakeInvitations).values({ tenantId, meetingId: meeting!.id, organisationId: orgA, participantId });
  for (const kind of ['family', 'health'] as const) {
    const written = { tenantId, participantId, kind, writtenByParticipant: false, writtenByUserId: staffId, writtenByOrganisationId: orgA };
    await database.insert(intakeSections).values({ ...written, content: { text: `${kind} text` } });
    await database.insert(intakeSectionVersions).values({ ...written, version: 1 });
  }
  await database.insert(plans).values({ tenantId, participantId });
  const [goal] = await database
    .insert(goals)
    .values({ tenantId, participantId, text: 'Bli elektriker', writtenByParticipant: true, writtenByUserId: staffId })
    .returning();
  await database
    .insert(goalVersions)
    .values({ tenantId, goalId: goal!.id, version: 1, participantId, changedByUserId: staffId, text: 'Bli elektriker', status: 'active' });
  const [activity] = await database
    .insert(activities)
    .values({
      tenantId,
      participantId,
      kind: 'job_search',
      title: 'Söka jobb',
      status: 'planned',
      startDate: '2019-11-01',
      schedule: { kind: 'weekly_hours', hours: 5 },
      goalId: goal!.id,
      createdByUserId: staffId,
    })
    .returning();
  await database.insert(activityVersions).values({
    tenantId,
    activityId: activity!.id,
    version: 1,
    participantId,
    changedByUserId: staffId,
    changedFields: ['title'],
    snapshot: { title: 'Söka jobb' },
  });
  await database
    .insert(warningAcknowledgements)
    .values({ tenantId, participantId, warningKey: 'overlap:x', reason: 'Avtalat', byUserId: staffId });
  await database.insert(progressionEntries).values({
    tenantId,
    participantId,
    kind: 'sfi_course',
    sfiLevel: 'B',
    studyPath: 2,
    result: 'passed',
    startDate: '2019-09-01',
    sourceOrganisationId: orgA,
    recordedByUserId: staffId,
  });
  await buildConsent(database, tenantId, participantId, orgA, 'plan');
  await audit(database, { tenantId, userId: staffId, organisationId: orgA, roles: ['caseworker'], requestId: 'test' }, [
    { participantId, category: 'plan', action: 'read', grant: 'consent', resourceType: 'plan', resourceId: participantId },
  ]);
}

const count = async (table: string, participantId: string, column = 'participant_id') =>
  (await rows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.raw(table)} where ${sql.raw(column)} = ${participantId}`))[0]!.n;
const counts = async (participantId: string) => ({
  messages: await count('messages', participantId),
  threads: await count('message_threads', participantId),
  health: (
    await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from intake_sections where participant_id = ${participantId} and kind = 'health'`,
    )
  )[0]!.n,
  intake: (
    await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from intake_sections where participant_id = ${participantId} and kind <> 'health'`,
    )
  )[0]!.n,
  meetings: await count('intake_meetings', participantId),
  goals: await count('goals', participantId),
  activities: await count('activities', participantId),
  progression: await count('progression_entries', participantId),
  consents: await count('consents', participantId),
  engagements: await count('engagements', participantId),
  audit: await count('audit_events', participantId, 'chain_key'),
  participant: await count('participants', participantId, 'id'),
});
const logOf = (participantId: string) =>
  rows<Record<string, any>>(db, sql`select * from retention_log where participant_id = ${participantId} order by category, table_name`);
const dayAfter = (months: number) => {
  const d = new Date(`${addMonths(ENDED, months)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  tenantId = await buildTenant(db, 'Gallringsförbundet');
  orgA = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Organisation A');
  orgB = await buildOrganisation(db, tenantId, 'adult_education', 'Organisation B');
  staffId = (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: orgA })).id;
  r = await buildParticipant(db, tenantId, orgA, { personalNumber: '199001012389' });
  s = await buildParticipant(db, tenantId, orgA);
  await buildEngagement(db, tenantId, r, orgA, { startDate: '2019-01-01', endDate: '2019-12-31' });
  await buildEngagement(db, tenantId, r, orgB, { startDate: '2019-06-01', endDate: ENDED });
  await buildEngagement(db, tenantId, s, orgA, { startDate: '2019-01-01', endDate: ENDED });
  await buildEngagement(db, tenantId, s, orgB, { startDate: '2019-01-01', endDate: null });
  const account = await buildUser(db, tenantId, { roles: ['participant'], participantId: r });
  await db.execute(
    sql`insert into notifications (tenant_id, user_id, kind, link) values (${tenantId}, ${account.id}, 'message', '/me/messages')`,
  );
  await db.execute(
    sql`insert into email_outbox (tenant_id, user_id, kind, to_address, subject, body) values (${tenantId}, ${account.id}, 'message', ${account.email}, 'Kitt', 'Kitt')`,
  );
  await seedEverything(db, r);
  await seedEverything(db, s);
  const administrator = await buildUser(db, tenantId, { roles: ['administrator'] });
  admin = await signIn(ctx.app, administrator.email, TEST_PASSWORD);
});

describe('the retention job on one participant, category by category', () => {
  const full = {
    messages: 2,
    threads: 2,
    health: 1,
    intake: 1,
    meetings: 1,
    goals: 1,
    activities: 1,
    progression: 1,
    consents: 1,
    engagements: 2,
    audit: 1,
    participant: 1,
  };

  it('removes nothing on the last day of the shortest period (24 months after the last engagement ended)', async () => {
    await runRetention(db, addMonths(ENDED, 24));
    expect(await counts(r)).toEqual(full);
    expect(await logOf(r)).toEqual([]);
  });

  it('the day after, removes exactly the messages and the health section, logs each table under its rule', async () => {
    await runRetention(db, dayAfter(24));
    expect(await counts(r)).toEqual({ ...full, messages: 0, threads: 0, health: 0, audit: 3 });
    const log = await logOf(r);
    expect(log.map((l) => [l.category, l.table_name, l.action, l.row_count, l.rule_months, l.last_engagement_end])).toEqual([
      ['health', 'intake_section_versions', 'deleted', 1, 24, ENDED],
      ['health', 'intake_sections', 'deleted', 1, 24, ENDED],
      ['messages', 'message_threads', 'deleted', 2, 24, ENDED],
      ['messages', 'messages', 'deleted', 2, 24, ENDED],
      ['messages', 'thread_organisations', 'deleted', 4, 24, ENDED],
    ]);
    const rules = await rows<{ id: string; category: string }>(
      db,
      sql`select id, category from retention_rules where tenant_id = ${tenantId}`,
    );
    for (const l of log) expect(l.rule_id).toBe(rules.find((rule) => rule.category === l.category)!.id);
    const removals = await rows<Record<string, any>>(
      db,
      sql`select category, action, "grant", actor_user_id, actor_role from audit_events where chain_key = ${r} and "grant" = 'retention' order by seq`,
    );
    expect(removals).toEqual([
      { category: 'health', action: 'delete', grant: 'retention', actor_user_id: null, actor_role: null },
      { category: 'messages', action: 'delete', grant: 'retention', actor_user_id: null, actor_role: null },
    ]);
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });

  it('leaves a participant with a running engagement alone, and removes nothing twice', async () => {
    expect((await counts(s)).messages).toBe(2);
    const before = (await logOf(r)).length;
    await runRetention(db, dayAfter(24));
    expect((await logOf(r)).length).toBe(before);
    expect(await logOf(s)).toEqual([]);
  });

  it('after 36 months removes the intake and the plan', async () => {
    await runRetention(db, dayAfter(36));
    expect(await counts(r)).toMatchObject({ intake: 0, meetings: 0, goals: 0, activities: 0, progression: 1, participant: 1 });
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });

  it('after 60 months removes the progression and anonymises the identity and the account, without the name in the log', async () => {
    const [before] = await rows<{ family_name: string }>(db, sql`select family_name from participants where id = ${r}`);
    await runRetention(db, dayAfter(60));
    expect(await counts(r)).toMatchObject({ progression: 0, participant: 1, consents: 1, engagements: 2 });
    const [after] = await rows<Record<string, any>>(db, sql`select * from participants where id = ${r}`);
    expect(after).toMatchObject({ given_name: '–', family_name: '–', personal_number: null, birth_date: null, phone: null, address: null });
    const [account] = await rows<Record<string, any>>(db, sql`select active, display_name, email from users where participant_id = ${r}`);
    expect(account).toMatchObject({ active: false, display_name: '–' });
    expect(await count('login_emails', account!.email, 'email')).toBe(0);
    const [left] = await rows<{ n: number }>(
      db,
      sql`select (select count(*) from notifications n join users u on u.tenant_id = n.tenant_id and u.id = n.user_id where u.participant_id = ${r})::int
        + (select count(*) from email_outbox o join users u on u.tenant_id = o.tenant_id and u.id = o.user_id where u.participant_id = ${r})::int as n`,
    );
    expect(left!.n).toBe(0);
    const logText = JSON.stringify(await logOf(r));
    expect(logText).not.toContain(before!.family_name);
    expect(logText).not.toContain('199001012389');
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });

  it('after 120 months removes the audit chain, consents, engagements and the empty record; every chain still verifies', async () => {
    await runRetention(db, dayAfter(120));
    expect(await counts(r)).toMatchObject({ audit: 0, consents: 0, engagements: 0, participant: 0 });
    expect(await count('audit_heads', r, 'chain_key')).toBe(0);
    expect((await logOf(r)).filter((l) => l.category === 'audit').map((l) => l.table_name)).toEqual([
      'audit_events',
      'audit_heads',
      'consents',
      'engagements',
      'participants',
    ]);
    expect((await counts(s)).audit).toBeGreaterThan(0);
    expect((await verifyAuditChains(db)).ok).toBe(true);
  });
});

describe('retention rules and log for the administrator', () => {
  it('lists a rule per category with the stored period', async () => {
    const res = await admin.get('/api/admin/retention/rules');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { category: string }) => i.category)).toEqual([
      'identity',
      'intake',
      'plan',
      'progression',
      'health',
      'messages',
      'audit',
    ]);
    // The job wrote the defaults down; they still read as defaults, not as an administrator's change.
    expect(res.body.items.find((i: { category: string }) => i.category === 'messages')).toMatchObject({
      id: expect.any(String),
      months: 24,
      defaultMonths: 24,
      updatedAt: null,
    });
  });

  it('changes a period, and refuses an audit period shorter than a category it documents', async () => {
    const changed = await admin.send('PUT', '/api/admin/retention/rules', { category: 'messages', months: 18 });
    expect([changed.status, changed.body.months, changed.body.category]).toEqual([200, 18, 'messages']);
    const refused = await admin.send('PUT', '/api/admin/retention/rules', { category: 'audit', months: 36 });
    expect([refused.status, refused.body.error.code]).toEqual([400, 'validation_failed']);
    expect((await admin.send('PUT', '/api/admin/retention/rules', { category: 'messages', months: 0 })).status).toBe(400);
  });

  it('pages the log, newest first, without personal data', async () => {
    const first = await admin.get('/api/admin/retention/log?limit=3');
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(3);
    expect(first.body.total).toBeGreaterThanOrEqual(15);
    const second = await admin.get('/api/admin/retention/log?limit=3&offset=3');
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
    expect(Object.keys(first.body.items[0]).sort()).toEqual(
      ['action', 'at', 'category', 'id', 'lastEngagementEnd', 'ruleId', 'ruleMonths', 'rows', 'table'].sort(),
    );
  });
});
