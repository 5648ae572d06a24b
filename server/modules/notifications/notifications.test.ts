import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden } from '../../lib/dates.ts';
import { translator } from '../../lib/i18n.ts';
import {
  buildConsent,
  buildEngagement,
  buildOrganisation,
  buildParticipant,
  buildTenant,
  buildUser,
  TEST_PASSWORD,
} from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { participants } from '../participants/tables.ts';
import { addDays } from '../intake/window.ts';
import { composeEmail, SAFE_LINK } from './email.ts';
import { emailOutbox, notifications } from './tables.ts';

const PUBLIC_URL = 'https://kitt.test.example';
// What must never reach a notification or an e-mail: the person's name and number, and what staff wrote.
const GIVEN = 'Zainab';
const FAMILY = 'Qasimova';
const PERSONAL_NUMBER = '198512249802';
const ACTIVITY_TITLE = `Praktik hos bageriet för ${GIVEN} ${FAMILY}`;
const MESSAGE_BODY = `Hur går det för ${GIVEN}? Personnummer ${PERSONAL_NUMBER}, diagnos i bilagan.`;
const THREAD_SUBJECT = `Om ${FAMILY}s praktik`;
const CANCEL_REASON = `${GIVEN} har flyttat till Malmö`;
const SECRETS = [
  GIVEN,
  FAMILY,
  PERSONAL_NUMBER,
  '851224-9802',
  ACTIVITY_TITLE,
  MESSAGE_BODY,
  THREAD_SUBJECT,
  CANCEL_REASON,
  'bageriet',
  'diagnos',
  'Malmö',
];

let ctx: TestContext;
let tenantId: string;
let p: string;
let orgA: string;
let orgB: string;
const ids: Record<string, string> = {};
const as: Record<string, Session> = {};

async function rowsOf(userKey: string) {
  return ctx.database.db.select().from(notifications).where(eq(notifications.userId, ids[userKey]!));
}
async function mailOf(userKey: string) {
  return ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.userId, ids[userKey]!));
}

beforeAll(async () => {
  ctx = await testApp({ publicUrl: PUBLIC_URL });
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  orgA = await buildOrganisation(db, tenantId, 'labour_market_unit', 'AME');
  orgB = await buildOrganisation(db, tenantId, 'adult_education', 'SFI');
  const orgC = await buildOrganisation(db, tenantId, 'region', 'Regionen');
  p = await buildParticipant(db, tenantId, orgA, { personalNumber: PERSONAL_NUMBER });
  await db.update(participants).set({ givenName: GIVEN, familyName: FAMILY }).where(eq(participants.id, p));
  for (const org of [orgA, orgB]) {
    await buildEngagement(db, tenantId, p, org);
    for (const c of ['identity', 'plan', 'messages', 'intake'] as const) await buildConsent(db, tenantId, p, org, c);
  }
  const users = {
    actor: { roles: ['caseworker'], organisationId: orgA },
    colleague: { roles: ['caseworker'], organisationId: orgA },
    adminOfA: { roles: ['administrator'], organisationId: orgA },
    teacher: { roles: ['caseworker'], organisationId: orgB },
    outsider: { roles: ['caseworker'], organisationId: orgC },
    person: { roles: ['participant'], participantId: p },
    admin: { roles: ['administrator'], organisationId: null },
  } as const;
  for (const [key, opts] of Object.entries(users)) {
    const u = await buildUser(db, tenantId, { ...opts, roles: [...opts.roles] });
    ids[key] = u.id;
    as[key] = await signIn(ctx.app, u.email, TEST_PASSWORD);
  }
});

let activity: { id: string; version: number };

describe('a change in the plan', () => {
  it('tells the person and the staff of the organisations working with them, never the one who made it', async () => {
    const res = await as.actor!.send('POST', `/api/participants/${p}/activities`, {
      kind: 'work_placement',
      title: ACTIVITY_TITLE,
      ownerOrganisationId: orgA,
      startDate: todayInSweden(),
      schedule: { kind: 'weekly_hours', hours: 10 },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    activity = { id: res.body.activity.id, version: res.body.activity.version };
    expect((await rowsOf('person')).map((n) => [n.kind, n.link, n.readAt])).toEqual([['activity_changed', '/me/plan', null]]);
    for (const key of ['colleague', 'teacher'])
      expect((await rowsOf(key)).map((n) => [n.kind, n.link])).toEqual([['activity_changed', `/participants/${p}/plan`]]);
    for (const key of ['actor', 'adminOfA', 'outsider', 'admin']) expect(await rowsOf(key)).toEqual([]);
    // By default a plan change is not worth an e-mail.
    expect(await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId))).toEqual([]);
  });

  it('the bell counts it; the person reads the list, unread first, and marks it read', async () => {
    expect((await as.person!.get('/api/notifications/unread')).body).toEqual({ unread: 1 });
    const list = await as.person!.get('/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 1, unread: 1, items: [{ kind: 'activity_changed', link: '/me/plan', readAt: null }] });
    // Another user's id marks nothing of theirs read.
    const theirs = (await rowsOf('teacher'))[0]!.id;
    expect((await as.person!.send('POST', '/api/notifications/read', { ids: [theirs] })).body).toEqual({ unread: 1 });
    expect((await rowsOf('teacher'))[0]!.readAt).toBeNull();
    const mine = list.body.items[0].id;
    expect((await as.person!.send('POST', '/api/notifications/read', { ids: [mine] })).body).toEqual({ unread: 0 });
    expect((await as.person!.get('/api/notifications')).body.items[0].readAt).not.toBeNull();
  });

  it('e-mails a plan change to a person who chose it, in the language they chose, with the link and nothing else', async () => {
    expect((await as.person!.send('PUT', '/api/notifications/language', { language: 'ar' })).status).toBe(200);
    const prefs = await as.person!.send('PUT', '/api/notifications/preferences', {
      kinds: [{ kind: 'activity_changed', inApp: true, email: true }],
    });
    expect(prefs.status).toBe(200);
    expect(prefs.body.language).toBe('ar');
    expect(prefs.body.kinds).toContainEqual({ kind: 'activity_changed', inApp: true, email: true });
    const res = await as.actor!.send('POST', `/api/participants/${p}/activities/${activity.id}/transition`, {
      to: 'cancelled',
      reason: CANCEL_REASON,
      version: activity.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [mail] = await mailOf('person');
    const { t } = translator('ar');
    expect(mail).toMatchObject({ kind: 'activity_changed', subject: t('notifications.email.subject.activity_changed'), sentAt: null });
    expect(mail!.body).toContain(`${PUBLIC_URL}/me/plan`);
    expect(mail!.body).toBe(composeEmail('activity_changed', 'ar', '/me/plan').body);
    // The others keep the default: no e-mail for a plan change.
    expect(await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId))).toHaveLength(1);
  });

  it('nothing in Kitt either for a kind the person turned off', async () => {
    await as.person!.send('PUT', '/api/notifications/preferences', { kinds: [{ kind: 'activity_changed', inApp: false, email: false }] });
    const before = (await rowsOf('person')).length;
    const mailsBefore = (await mailOf('person')).length;
    const res = await as.actor!.send('POST', `/api/participants/${p}/activities`, {
      kind: 'job_search',
      title: ACTIVITY_TITLE,
      ownerOrganisationId: orgA,
      startDate: todayInSweden(),
      schedule: { kind: 'weekly_hours', hours: 5 },
    });
    expect(res.status).toBe(201);
    expect(await rowsOf('person')).toHaveLength(before);
    expect(await mailOf('person')).toHaveLength(mailsBefore);
    expect((await rowsOf('colleague')).length).toBe(3);
  });
});

describe('messages and invitations', () => {
  it('a new message is told in Kitt and by e-mail (on by default) to the thread’s organisations and the person', async () => {
    const res = await as.actor!.send('POST', `/api/participants/${p}/messages/threads`, {
      kind: 'with_participant',
      subject: THREAD_SUBJECT,
      organisationIds: [orgB],
      body: MESSAGE_BODY,
      language: 'sv',
      questionTo: orgB,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await rowsOf('teacher')).filter((n) => n.kind === 'message')).toHaveLength(1);
    expect((await mailOf('teacher')).map((m) => [m.kind, m.subject])).toEqual([
      ['message', translator('sv').t('notifications.email.subject.message')],
    ]);
    expect((await mailOf('person')).filter((m) => m.kind === 'message')).toHaveLength(1);
    expect((await rowsOf('actor')).filter((n) => n.kind === 'message')).toEqual([]);
  });

  it('booking the joint intake invites the other organisations’ staff, not the booking organisation', async () => {
    const housingDate = addDays(todayInSweden(), -30);
    expect((await as.actor!.send('PUT', `/api/participants/${p}/intake`, { housingDate, version: null })).status).toBe(200);
    const res = await as.actor!.send('POST', `/api/participants/${p}/intake/meetings`, {
      date: todayInSweden(),
      startTime: '09:00',
      endTime: '10:00',
      place: `Hemma hos ${FAMILY}`,
      interpreterLanguage: 'ar',
      interpreterBooked: false,
      organisationIds: [orgA, orgB],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await rowsOf('teacher')).filter((n) => n.kind === 'invitation').map((n) => n.link)).toEqual(['/intakes']);
    expect((await rowsOf('colleague')).filter((n) => n.kind === 'invitation')).toEqual([]);
    expect((await mailOf('teacher')).filter((m) => m.kind === 'invitation')).toHaveLength(1);
  });
});

describe('no personal details', () => {
  it('no notification and no e-mail holds a name, a personal number or anything staff wrote', async () => {
    const inApp = await ctx.database.db.select().from(notifications).where(eq(notifications.tenantId, tenantId));
    const mail = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
    expect(inApp.length).toBeGreaterThan(5);
    expect(mail.length).toBeGreaterThan(2);
    const text = JSON.stringify([inApp, mail]);
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    for (const n of inApp) expect(n.link).toMatch(SAFE_LINK);
    // Each e-mail is exactly the fixed text for its kind and language, and its link.
    for (const m of mail) {
      const link = m.body
        .split('\n')
        .find((line) => line.startsWith(PUBLIC_URL))!
        .slice(PUBLIC_URL.length);
      expect(link).toMatch(SAFE_LINK);
      const language = m.userId === ids.person ? 'ar' : 'sv';
      expect({ subject: m.subject, body: m.body }).toEqual(composeEmail(m.kind as never, language, link));
    }
    // And the API answers nothing more than the rows hold.
    const listed = JSON.stringify([(await as.teacher!.get('/api/notifications')).body, (await as.admin!.get('/api/admin/outbox')).body]);
    for (const secret of SECRETS) expect(listed, secret).not.toContain(secret);
  });
});

describe('lists, preferences and the outbox', () => {
  it('pages the list, unread first, and marks all read', async () => {
    const db = ctx.database.db;
    // The teacher reads the oldest; it moves after the unread ones.
    const all = (await as.teacher!.get('/api/notifications')).body;
    expect(all.unread).toBe(all.total);
    const oldest = all.items[all.items.length - 1];
    await as.teacher!.send('POST', '/api/notifications/read', { ids: [oldest.id] });
    const page1 = (await as.teacher!.get('/api/notifications?limit=2&offset=0')).body;
    const rest = (await as.teacher!.get(`/api/notifications?limit=50&offset=2`)).body;
    expect(page1.items).toHaveLength(2);
    expect([...page1.items, ...rest.items].map((n: { id: string }) => n.id)).toHaveLength(all.total);
    expect(rest.items[rest.items.length - 1].id).toBe(oldest.id);
    expect(page1.items.every((n: { readAt: null }) => n.readAt === null)).toBe(true);
    expect((await as.teacher!.send('POST', '/api/notifications/read-all')).body).toEqual({ unread: 0 });
    const [left] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(sql`${notifications.userId} = ${ids.teacher} and ${notifications.readAt} is null`);
    expect(left!.n).toBe(0);
    // The colleague's are untouched.
    expect((await as.colleague!.get('/api/notifications/unread')).body.unread).toBeGreaterThan(0);
  });

  it('answers the defaults, refuses a kind twice, and rejects bad input', async () => {
    const prefs = (await as.colleague!.get('/api/notifications/preferences')).body;
    expect(prefs).toEqual({
      language: null,
      kinds: [
        { kind: 'message', inApp: true, email: true },
        { kind: 'answer', inApp: true, email: true },
        { kind: 'activity_changed', inApp: true, email: false },
        { kind: 'invitation', inApp: true, email: true },
        { kind: 'referral', inApp: true, email: true },
      ],
    });
    const twice = await as.colleague!.send('PUT', '/api/notifications/preferences', {
      kinds: [
        { kind: 'message', inApp: true, email: true },
        { kind: 'message', inApp: false, email: true },
      ],
    });
    expect([twice.status, twice.body.error.code]).toEqual([400, 'validation_failed']);
    expect(
      (await as.colleague!.send('PUT', '/api/notifications/preferences', { kinds: [{ kind: 'spam', inApp: true, email: true }] })).status,
    ).toBe(400);
    expect((await as.colleague!.send('PUT', '/api/notifications/language', { language: 'xx' })).status).toBe(400);
    expect((await as.colleague!.send('POST', '/api/notifications/read', { ids: ['not-a-uuid'] })).status).toBe(400);
  });

  it('shows administrators the outbox with each row’s state; nobody else', async () => {
    const res = await as.admin!.get('/api/admin/outbox?limit=2');
    expect(res.status).toBe(200);
    expect(res.body.sending).toBe(false);
    expect(res.body.total).toBeGreaterThan(2);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({ state: 'queued', attempts: 0, lastError: null, sentAt: null });
    expect((await as.actor!.get('/api/admin/outbox')).status).toBe(403);
    expect((await as.person!.get('/api/admin/outbox')).status).toBe(403);
  });
});
