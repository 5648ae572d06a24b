import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { verifyAuditChains } from '../../lib/audit/verify.ts';
import { setClockOffsetDays, todayInSweden } from '../../lib/dates.ts';
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
import { openQuestionsFor } from './open-questions.ts';

let ctx: TestContext;
let tenantId: string;
let sfi: string;
let amf: string;
let soc: string;
let region: string;
let pid: string;
let p2: string;
let teacher: Session;
let teacherId: string;
let amfCaseworker: Session;
let amfCaseworkerId: string;
let amfProvider: Session;
let socCaseworker: Session;
let outsider: Session;
let person: Session;

const url = (id = pid) => `/api/participants/${id}/messages`;
const actorOf = (userId: string, organisationId: string): Actor => ({
  tenantId,
  userId,
  organisationId,
  roles: ['caseworker'],
  participantId: null,
  requestId: 'test',
  sessionId: 'test',
});
const auditCount = async (participantId: string) =>
  (
    await rows<{ n: number }>(
      ctx.database.db,
      sql`select count(*)::int as n from audit_events where participant_id = ${participantId} and category = 'messages'`,
    )
  )[0]!.n;

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  sfi = await buildOrganisation(db, tenantId, 'adult_education', 'SFI');
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  region = await buildOrganisation(db, tenantId, 'region', 'Regionen');
  pid = await buildParticipant(db, tenantId, amf);
  p2 = await buildParticipant(db, tenantId, amf);
  for (const org of [sfi, amf, soc]) await buildEngagement(db, tenantId, pid, org);
  await buildEngagement(db, tenantId, p2, amf);
  for (const org of [sfi, amf]) await buildConsent(db, tenantId, pid, org, 'messages');
  await buildConsent(db, tenantId, pid, soc, 'identity');
  const t = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: sfi });
  teacherId = t.id;
  teacher = await signIn(ctx.app, t.email, TEST_PASSWORD);
  const a = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  amfCaseworkerId = a.id;
  amfCaseworker = await signIn(ctx.app, a.email, TEST_PASSWORD);
  amfProvider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['provider'], organisationId: amf })).email, TEST_PASSWORD);
  socCaseworker = await signIn(
    ctx.app,
    (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: soc })).email,
    TEST_PASSWORD,
  );
  outsider = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: region })).email, TEST_PASSWORD);
  person = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['participant'], participantId: pid })).email, TEST_PASSWORD);
});

afterEach(() => setClockOffsetDays(0));

const askAmf = (subject = 'Praktikplats') =>
  teacher.send('POST', `${url()}/threads`, {
    kind: 'agencies',
    subject,
    organisationIds: [amf],
    body: 'Har ni hittat en praktikplats?',
    language: 'sv',
    questionTo: amf,
  });

describe('threads between organisations', () => {
  it('a question waits on the asked organisation until a message from it answers it', async () => {
    const created = await askAmf();
    expect(created.status).toBe(201);
    const thread = created.body.thread;
    expect(thread).toMatchObject({ kind: 'agencies', subject: 'Praktikplats', openQuestions: 1, overdue: false });
    expect(thread.organisations.map((o: { id: string }) => o.id).sort()).toEqual([sfi, amf].sort());
    const question = thread.messages[0];
    expect(question.question).toMatchObject({ organisationId: amf, answeredAt: null, mayAnswer: false });
    expect(thread.waitingSince).toBe(question.createdAt);

    // It waits for the labour-market unit: in its list, not in SFI's.
    const waiting = await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(amfCaseworkerId, amf)));
    expect(waiting).toContainEqual(
      expect.objectContaining({
        messageId: question.id,
        threadId: thread.id,
        participantId: pid,
        askedByOrganisationId: sfi,
        overdue: false,
      }),
    );
    expect(await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(teacherId, sfi)))).toEqual([]);

    // On its due day it is still in time; on the next day it is overdue.
    const due = question.question.dueDate as string;
    let offset = 0;
    while (todayInSweden(new Date(Date.now() + offset * 86_400_000)) < due) offset++;
    setClockOffsetDays(offset);
    const onDueDay = await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(amfCaseworkerId, amf)));
    expect(onDueDay.find((q) => q.messageId === question.id)).toMatchObject({ dueDate: due, overdue: false });
    setClockOffsetDays(offset + 1);
    const dayAfter = await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(amfCaseworkerId, amf)));
    expect(dayAfter.find((q) => q.messageId === question.id)?.overdue).toBe(true);

    // Well after the asked organisation's working days it is overdue, in the thread list too.
    setClockOffsetDays(10);
    const late = await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(amfCaseworkerId, amf)));
    expect(late.find((q) => q.messageId === question.id)?.overdue).toBe(true);
    expect((await amfCaseworker.get(url())).body.threads.find((t: { id: string }) => t.id === thread.id).overdue).toBe(true);
    setClockOffsetDays(0);

    const list = await amfCaseworker.get(url());
    const seen = list.body.threads.find((t: { id: string }) => t.id === thread.id);
    expect(seen.messages[0].question.mayAnswer).toBe(true);
    expect(seen.unreadCount).toBe(1);

    // A plain reply answers nothing; a reply that says which question it answers closes it.
    const plain = await amfCaseworker.send('POST', url(), { threadId: thread.id, body: 'Vi tittar på det.', language: 'sv' });
    expect(plain.status).toBe(201);
    expect(plain.body.thread.openQuestions).toBe(1);
    const answer = await amfCaseworker.send('POST', url(), {
      threadId: thread.id,
      body: 'Ja, på Sjöstads bygg från måndag.',
      language: 'sv',
      answers: question.id,
    });
    expect(answer.status).toBe(201);
    const answered = answer.body.thread.messages[0].question;
    expect(answered).toMatchObject({ organisationName: 'Arbetsmarknadsenheten', answeredByOrganisationName: 'Arbetsmarknadsenheten' });
    expect(answered.answeredAt).toEqual(expect.any(String));
    expect(answer.body.thread.openQuestions).toBe(0);
    expect(answer.body.thread.messages.at(-1).answersMessageIds).toEqual([question.id]);
    expect(
      (await ctx.database.db.transaction((tx) => openQuestionsFor(tx, actorOf(amfCaseworkerId, amf)))).map((q) => q.messageId),
    ).not.toContain(question.id);

    // Answering it again is a conflict; SFI cannot answer a question put to the unit.
    const again = await amfCaseworker.send('POST', url(), { threadId: thread.id, body: 'Igen', language: 'sv', answers: question.id });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);
    const second = await amfCaseworker.send('POST', url(), {
      threadId: thread.id,
      body: 'Fråga tillbaka',
      language: 'sv',
      questionTo: sfi,
    });
    const bySfi = await teacher.send('POST', url(), {
      threadId: thread.id,
      body: 'Svar',
      language: 'sv',
      answers: second.body.thread.messages.at(-1).id,
    });
    expect(bySfi.status).toBe(201);
    const notYours = await amfCaseworker.send('POST', url(), {
      threadId: thread.id,
      body: 'Svar',
      language: 'sv',
      answers: second.body.thread.messages.at(-1).id,
    });
    expect([notYours.status, notYours.body.error.code]).toEqual([400, 'validation_failed']);
    const toSelf = await teacher.send('POST', url(), { threadId: thread.id, body: 'x', language: 'sv', questionTo: sfi });
    expect([toSelf.status, toSelf.body.error.code]).toEqual([400, 'validation_failed']);
    const toOutsider = await teacher.send('POST', url(), { threadId: thread.id, body: 'x', language: 'sv', questionTo: soc });
    expect([toOutsider.status, toOutsider.body.error.code]).toEqual([400, 'validation_failed']);
  });

  it('keeps read receipts per organisation: the first reader of each', async () => {
    const { thread } = (await askAmf('Kvitton')).body;
    const before = (await teacher.get(url())).body.threads.find((t: { id: string }) => t.id === thread.id);
    expect(before.messages[0].receipts).toEqual([{ reader: amf, organisationName: 'Arbetsmarknadsenheten', readAt: null }]);
    const read = await amfCaseworker.send('POST', `${url()}/read`, { threadId: thread.id });
    expect(read.status).toBe(200);
    expect(read.body.thread.unreadCount).toBe(0);
    const firstRead = read.body.thread.messages[0].receipts[0].readAt;
    expect(firstRead).toEqual(expect.any(String));
    // A colleague's later read does not move the receipt.
    await amfProvider.send('POST', `${url()}/read`, { threadId: thread.id });
    const after = (await teacher.get(url())).body.threads.find((t: { id: string }) => t.id === thread.id);
    expect(after.messages[0].receipts).toEqual([{ reader: amf, organisationName: 'Arbetsmarknadsenheten', readAt: firstRead }]);
  });

  it('is marked done and reopened by a participating organisation, not twice, not by the participant', async () => {
    const { thread } = (await askAmf('Klart')).body;
    const done = await amfProvider.send('POST', `${url()}/done`, { threadId: thread.id, done: true });
    expect(done.status).toBe(200);
    expect(done.body.thread.doneAt).toEqual(expect.any(String));
    const twice = await teacher.send('POST', `${url()}/done`, { threadId: thread.id, done: true });
    expect([twice.status, twice.body.error.code]).toEqual([409, 'conflict']);
    const reopened = await teacher.send('POST', `${url()}/done`, { threadId: thread.id, done: false });
    expect([reopened.status, reopened.body.thread.doneAt]).toEqual([200, null]);
    const notDone = await teacher.send('POST', `${url()}/done`, { threadId: thread.id, done: false });
    expect(notDone.status).toBe(409);
    const byPerson = await person.send('POST', `${url()}/done`, { threadId: thread.id, done: true });
    expect([byPerson.status, byPerson.body.error.code]).toEqual([403, 'forbidden']);
    // Writing in a done thread opens it again.
    await teacher.send('POST', `${url()}/done`, { threadId: thread.id, done: true });
    const written = await amfCaseworker.send('POST', url(), { threadId: thread.id, body: 'En sak till', language: 'sv' });
    expect(written.body.thread.doneAt).toBeNull();
  });

  it('refuses organisations without an active engagement, and an agencies thread with nobody else', async () => {
    const stranger = await teacher.send('POST', `${url()}/threads`, {
      kind: 'agencies',
      subject: 'x',
      organisationIds: [region],
      body: 'x',
      language: 'sv',
    });
    expect([stranger.status, stranger.body.error.code]).toEqual([400, 'validation_failed']);
    const alone = await teacher.send('POST', `${url()}/threads`, {
      kind: 'agencies',
      subject: 'x',
      organisationIds: [],
      body: 'x',
      language: 'sv',
    });
    expect(alone.status).toBe(400);
    const empty = await teacher.send('POST', `${url()}/threads`, {
      kind: 'agencies',
      subject: ' ',
      organisationIds: [amf],
      body: 'x',
      language: 'sv',
    });
    expect(empty.status).toBe(400);
    const unknownThread = await teacher.send('POST', url(), { threadId: crypto.randomUUID(), body: 'x', language: 'sv' });
    expect([unknownThread.status, unknownThread.body.error.code]).toEqual([404, 'not_found']);
  });
});

describe('each organisation’s reply time', () => {
  it('is set by an administrator within 1–30 working days and decides when a question to it is due', async () => {
    const admin = await signIn(ctx.app, (await buildUser(ctx.database.db, tenantId, { roles: ['administrator'] })).email, TEST_PASSWORD);
    for (const days of [0, 31, 2.5, '3'])
      expect((await admin.send('PATCH', `/api/organisations/${amf}`, { replyWorkingDays: days })).status, String(days)).toBe(400);
    const set = await admin.send('PATCH', `/api/organisations/${amf}`, { replyWorkingDays: 10 });
    expect([set.status, set.body.replyWorkingDays]).toEqual([200, 10]);
    const { thread } = (await askAmf('Svarstid')).body;
    const longer = thread.messages[0].question.dueDate;
    await admin.send('PATCH', `/api/organisations/${amf}`, { replyWorkingDays: 1 });
    const shorter = (await teacher.get(url())).body.threads.find((t: { id: string }) => t.id === thread.id).messages[0].question.dueDate;
    expect(shorter < longer).toBe(true);
    await admin.send('PATCH', `/api/organisations/${amf}`, { replyWorkingDays: 3 });
    const listed = (await admin.get('/api/organisations')).body;
    expect((Array.isArray(listed) ? listed : listed.items).find((o: { id: string }) => o.id === amf).replyWorkingDays).toBe(3);
  });
});

describe('who sees messages', () => {
  it('staff without consent for messages get consent_required; staff who may not know the person get not_found', async () => {
    const noConsent = await socCaseworker.get(url());
    expect([noConsent.status, noConsent.body.error.code]).toEqual([403, 'consent_required']);
    const stranger = await outsider.get(url());
    expect([stranger.status, stranger.body.error.code]).toEqual([404, 'not_found']);
    const write = await socCaseworker.send('POST', `${url()}/threads`, {
      kind: 'agencies',
      subject: 'x',
      organisationIds: [amf],
      body: 'x',
      language: 'sv',
    });
    expect(write.status).toBe(403);
    const otherPerson = await person.get(url(p2));
    expect([otherPerson.status, otherPerson.body.error.code]).toEqual([404, 'not_found']);
  });

  it('a thread between other organisations stays hidden from an engaged organisation that is not in it', async () => {
    await buildConsent(ctx.database.db, tenantId, pid, soc, 'messages');
    const { thread } = (await askAmf('Bara SFI och AME')).body;
    const list = await socCaseworker.get(url());
    expect(list.status).toBe(200);
    expect(list.body.threads.map((t: { id: string }) => t.id)).not.toContain(thread.id);
    const reply = await socCaseworker.send('POST', url(), { threadId: thread.id, body: 'x', language: 'sv' });
    expect([reply.status, reply.body.error.code]).toEqual([404, 'not_found']);
  });

  it('the participant sees exactly the threads with them, reads and replies in their language', async () => {
    const agencies = (await askAmf('Inte för personen')).body.thread;
    const withPerson = await teacher.send('POST', `${url()}/threads`, {
      kind: 'with_participant',
      subject: 'Schema',
      organisationIds: [amf],
      body: 'Hej! Kan du komma på tisdag?',
      language: 'sv',
    });
    expect(withPerson.status).toBe(201);
    const threadId = withPerson.body.thread.id;
    const mine = await person.get(url());
    expect(mine.status).toBe(200);
    const ids = mine.body.threads.map((t: { id: string }) => t.id);
    expect(ids).toContain(threadId);
    expect(ids).not.toContain(agencies.id);
    expect(mine.body.threads.every((t: { kind: string }) => t.kind === 'with_participant')).toBe(true);
    expect(mine.body.myOrganisationId).toBeNull();
    const hidden = await person.send('POST', url(), { threadId: agencies.id, body: 'x', language: 'ar' });
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'not_found']);

    const read = await person.send('POST', `${url()}/read`, { threadId });
    expect(read.status).toBe(200);
    const reply = await person.send('POST', url(), { threadId, body: 'نعم، سآتي يوم الثلاثاء.', language: 'ar' });
    expect(reply.status).toBe(201);
    const last = reply.body.thread.messages.at(-1);
    expect(last).toMatchObject({ language: 'ar', byParticipant: true, mine: true, authorOrganisationId: null });
    expect(last.receipts.map((r: { reader: string }) => r.reader).sort()).toEqual([sfi, amf].sort());
    const seenByTeacher = (await teacher.get(url())).body.threads.find((t: { id: string }) => t.id === threadId);
    expect(seenByTeacher.messages[0].receipts).toContainEqual(
      expect.objectContaining({ reader: 'participant', readAt: expect.any(String) }),
    );
    expect(seenByTeacher.unreadCount).toBe(1);

    // The person starts a thread with an organisation engaged with them, but never one between organisations.
    const started = await person.send('POST', `${url()}/threads`, {
      kind: 'with_participant',
      subject: 'Fråga',
      organisationIds: [amf],
      body: 'سؤال',
      language: 'ar',
    });
    expect(started.status).toBe(201);
    const agenciesByPerson = await person.send('POST', `${url()}/threads`, {
      kind: 'agencies',
      subject: 'x',
      organisationIds: [amf, sfi],
      body: 'x',
      language: 'ar',
    });
    expect(agenciesByPerson.status).toBe(400);
  });

  it('writes an audit row of category messages for every read and write, and the chains verify', async () => {
    const before = await auditCount(pid);
    await teacher.get(url());
    await askAmf('Revision');
    expect(await auditCount(pid)).toBe(before + 2);
    const denied = await socCaseworker.get(url(p2));
    expect(denied.status).toBe(404);
    expect(await verifyAuditChains(ctx.database.db)).toMatchObject({ ok: true });
  });
});
