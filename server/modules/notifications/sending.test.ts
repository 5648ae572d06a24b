import net from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser } from '../../test/factories.ts';
import { testApp, type TestContext } from '../../test/harness.ts';
import { notify } from './notify.ts';
import { emailJob, OUTBOX_KEEP_DAYS, pruneOutbox, sendQueuedEmails } from './sending.ts';
import { SmtpSender } from './sender.ts';
import { emailOutbox } from './tables.ts';
import { users } from '../users/tables.ts';

interface Received {
  from: string;
  to: string[];
  data: string;
}

/** Just enough SMTP on 127.0.0.1 for nodemailer: answers every command, or refuses RCPT with `rcptReply`. */
function smtpServer() {
  const received: Received[] = [];
  const state = { rcptReply: null as string | null };
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    socket.write('220 test ESMTP\r\n');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 OK queued\r\n');
          } else current.data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250-test\r\n250 8BITMIME\r\n');
        else if (command === 'MAIL') ((current.from = line), socket.write('250 OK\r\n'));
        else if (command === 'RCPT') {
          if (state.rcptReply) socket.write(`${state.rcptReply}\r\n`);
          else (current.to.push(line), socket.write('250 OK\r\n'));
        } else if (command === 'DATA') ((inData = true), socket.write('354 go ahead\r\n'));
        else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
    socket.on('error', () => {});
  });
  return {
    received,
    state,
    listen: () =>
      new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let ctx: TestContext;
let tenantId: string;
let user: { id: string; email: string };
let causer: string;
const smtp = smtpServer();
let port: number;

beforeAll(async () => {
  port = await smtp.listen();
  ctx = await testApp({ publicUrl: 'https://kitt.test.example' });
  const db = ctx.database.db;
  tenantId = await buildTenant(db);
  const org = await buildOrganisation(db, tenantId);
  user = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: org });
  causer = (await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: org })).id;
});
afterAll(() => smtp.close());

async function queueOne() {
  const db = ctx.database.db;
  const outbox = () => db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
  const before = new Set((await outbox()).map((r) => r.id));
  await db.transaction((tx) => notify(tx, { tenantId, kind: 'message', userIds: [user.id], link: '/intakes', causedByUserId: causer }));
  return (await outbox()).find((r) => !before.has(r.id))!;
}
const rowOf = async (id: string) => (await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;

describe('sending notification e-mail over SMTP', () => {
  it('without an SMTP server the rows stay in the outbox', async () => {
    const row = await queueOne();
    await emailJob.run(ctx.database, { ...ctx.config, smtpUrl: null });
    expect(await rowOf(row.id)).toMatchObject({ sentAt: null, attempts: 0, failedAt: null });
  });

  it('sends each queued e-mail once to the SMTP server and marks it sent', async () => {
    const before = smtp.received.length;
    await emailJob.run(ctx.database, { ...ctx.config, smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'Kitt <kitt@test.example>' });
    const sent = smtp.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual([`RCPT TO:<${user.email}>`]);
    expect(sent[0]!.from).toBe('MAIL FROM:<kitt@test.example>');
    const data = sent[0]!.data.replace(/=\n/g, '');
    expect(data).toContain('https://kitt.test.example/intakes');
    expect(data).toMatch(/^Subject: /m);
    const rows = await ctx.database.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
    expect(rows.every((r) => r.sentAt !== null && r.attempts === 1 && r.lastError === null)).toBe(true);
    // Nothing is due any more: a second run sends nothing.
    await sendQueuedEmails(ctx.database.db, new SmtpSender(`smtp://127.0.0.1:${port}`, 'kitt@test.example'));
    expect(smtp.received.length).toBe(before + 1);
  });

  it('retries a temporary refusal later, recording only its code', async () => {
    const row = await queueOne();
    smtp.state.rcptReply = '451 4.3.0 try again later, mailbox of anna@example.se busy';
    const result = await sendQueuedEmails(ctx.database.db, new SmtpSender(`smtp://127.0.0.1:${port}`, 'kitt@test.example'));
    expect(result).toEqual({ sent: 0, failed: 1 });
    const after = await rowOf(row.id);
    expect(after).toMatchObject({ sentAt: null, failedAt: null, attempts: 1, lastError: 'smtp_451' });
    expect(new Date(after.nextAttemptAt).getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: the next run leaves it alone.
    expect(await sendQueuedEmails(ctx.database.db, new SmtpSender(`smtp://127.0.0.1:${port}`, 'kitt@test.example'))).toEqual({
      sent: 0,
      failed: 0,
    });
  });

  it('gives up on a permanent refusal at once', async () => {
    await ctx.database.db.delete(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
    const row = await queueOne();
    smtp.state.rcptReply = '550 5.1.1 no such user anna@example.se';
    await sendQueuedEmails(ctx.database.db, new SmtpSender(`smtp://127.0.0.1:${port}`, 'kitt@test.example'));
    const after = await rowOf(row.id);
    expect(after).toMatchObject({ sentAt: null, attempts: 1, lastError: 'smtp_550' });
    expect(after.failedAt).not.toBeNull();
    smtp.state.rcptReply = null;
  });

  it('records a connection failure by its code and tries again later', async () => {
    await ctx.database.db.delete(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
    const row = await queueOne();
    const closed = net.createServer();
    const closedPort = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => resolve((closed.address() as net.AddressInfo).port)),
    );
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await sendQueuedEmails(ctx.database.db, new SmtpSender(`smtp://127.0.0.1:${closedPort}`, 'kitt@test.example'));
    const after = await rowOf(row.id);
    expect(after).toMatchObject({ sentAt: null, failedAt: null, attempts: 1 });
    expect(after.lastError).toMatch(/^E[A-Z]+$/);
  });

  it('never sends mail queued for a user deactivated since: it is given up as inactive', async () => {
    const db = ctx.database.db;
    smtp.state.rcptReply = null;
    const row = await queueOne();
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const before = smtp.received.length;
    try {
      await sendQueuedEmails(db, new SmtpSender(`smtp://127.0.0.1:${port}`, 'kitt@test.example'));
      expect(smtp.received.length).toBe(before);
      expect(await rowOf(row.id)).toMatchObject({ sentAt: null, lastError: 'inactive' });
      expect((await rowOf(row.id)).failedAt).not.toBeNull();
    } finally {
      await db.update(users).set({ active: true }).where(eq(users.id, user.id));
    }
  });

  it('removes sent and failed e-mail after the keeping period, never queued e-mail', async () => {
    const db = ctx.database.db;
    await db.delete(emailOutbox).where(eq(emailOutbox.tenantId, tenantId));
    const old = new Date(Date.now() - (OUTBOX_KEEP_DAYS + 1) * 86_400_000).toISOString();
    const [sent, failed, queued, recent] = [await queueOne(), await queueOne(), await queueOne(), await queueOne()];
    await db.update(emailOutbox).set({ createdAt: old, sentAt: old }).where(eq(emailOutbox.id, sent.id));
    await db.update(emailOutbox).set({ createdAt: old, failedAt: old }).where(eq(emailOutbox.id, failed.id));
    await db.update(emailOutbox).set({ createdAt: old }).where(eq(emailOutbox.id, queued.id));
    await db.update(emailOutbox).set({ sentAt: new Date().toISOString() }).where(eq(emailOutbox.id, recent.id));
    await pruneOutbox(db);
    const left = (await db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId))).map((r) => r.id).sort();
    expect(left).toEqual([queued.id, recent.id].sort());
  });
});
