import { and, asc, eq, inArray, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db } from '../../db/client.ts';
import { currentTime } from '../../lib/dates.ts';
import type { Job } from '../../jobs.ts';
import { tenants } from '../tenants/tables.ts';
import { failureOf, retryDelayMs } from './policy.ts';
import { SmtpSender, type MailSender } from './sender.ts';
import { emailOutbox } from './tables.ts';

/** E-mails one run sends per tenant at most, so one busy tenant cannot hold the job for long. */
const BATCH = 50;
/** A claimed row is left alone by other Kitt processes this long, time enough to send it. */
const LEASE_MS = 10 * 60_000;

/** Claims a tenant's due rows: locked rows (another process's claim) are skipped, claimed ones pushed past the lease. */
function claimDue(db: Db, tenantId: string) {
  return db.transaction(async (tx) => {
    const now = currentTime();
    const due = await tx
      .select()
      .from(emailOutbox)
      .where(
        and(
          eq(emailOutbox.tenantId, tenantId),
          isNull(emailOutbox.sentAt),
          isNull(emailOutbox.failedAt),
          lte(emailOutbox.nextAttemptAt, now.toISOString()),
        ),
      )
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    if (due.length)
      await tx
        .update(emailOutbox)
        .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() })
        .where(
          and(
            eq(emailOutbox.tenantId, tenantId),
            inArray(
              emailOutbox.id,
              due.map((r) => r.id),
            ),
          ),
        );
    return due;
  });
}

/**
 * Sends each tenant's due e-mails one by one. A sent row gets `sentAt`; a failed one its error code, one more
 * attempt and a later `nextAttemptAt`, or `failedAt` when Kitt gives up. Returns how many were sent and failed.
 */
export async function sendQueuedEmails(db: Db, sender: MailSender): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  // Per tenant, so every query keeps tenant_id leading its index.
  for (const { id: tenantId } of await db.select({ id: tenants.id }).from(tenants)) {
    // Mail queued for a user who has since been deactivated is never sent: it is given up with the code `inactive`.
    await db.execute(sql`update email_outbox o set failed_at = ${currentTime().toISOString()}, last_error = 'inactive'
      from users u where o.tenant_id = ${tenantId} and u.tenant_id = o.tenant_id and u.id = o.user_id
        and not u.active and o.sent_at is null and o.failed_at is null`);
    for (const row of await claimDue(db, tenantId)) {
      const attempts = row.attempts + 1;
      const where = and(eq(emailOutbox.tenantId, tenantId), eq(emailOutbox.id, row.id));
      try {
        await sender.send({ to: row.toAddress, subject: row.subject, text: row.body });
        await db.update(emailOutbox).set({ sentAt: currentTime().toISOString(), attempts, lastError: null }).where(where);
        sent += 1;
      } catch (error) {
        const { code, giveUp } = failureOf(error, attempts);
        const at = currentTime();
        await db
          .update(emailOutbox)
          .set({
            attempts,
            lastError: code,
            nextAttemptAt: new Date(at.getTime() + retryDelayMs(attempts)).toISOString(),
            failedAt: giveUp ? at.toISOString() : null,
          })
          .where(where);
        failed += 1;
      }
    }
  }
  return { sent, failed };
}

/** Sent and given-up e-mail is kept this long for the administrators' view, then removed: it holds an address. */
export const OUTBOX_KEEP_DAYS = 90;

/** Removes each tenant's sent and failed e-mail older than `OUTBOX_KEEP_DAYS`; queued e-mail is never removed. */
export async function pruneOutbox(db: Db): Promise<void> {
  const before = new Date(currentTime().getTime() - OUTBOX_KEEP_DAYS * 86_400_000).toISOString();
  for (const { id: tenantId } of await db.select({ id: tenants.id }).from(tenants))
    await db
      .delete(emailOutbox)
      .where(
        and(
          eq(emailOutbox.tenantId, tenantId),
          lt(emailOutbox.createdAt, before),
          or(isNotNull(emailOutbox.sentAt), isNotNull(emailOutbox.failedAt)),
        ),
      );
}

let smtp: { url: string; sender: SmtpSender } | null = null;

/** The configured sender, or null in development: then the outbox rows stay for the administrators' view. */
export function senderFor(config: Config): MailSender | null {
  if (!config.smtpUrl) return null;
  if (smtp?.url !== config.smtpUrl) smtp = { url: config.smtpUrl, sender: new SmtpSender(config.smtpUrl, config.mailFrom) };
  return smtp.sender;
}

/** Sends queued notification e-mail every minute when an SMTP server is configured, and prunes old sent e-mail. */
export const emailJob: Job = {
  name: 'email',
  everyMs: 60_000,
  run: async (database, config) => {
    const sender = senderFor(config);
    if (sender) await sendQueuedEmails(database.db, sender);
    await pruneOutbox(database.db);
  },
};
