import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { limits } from '../../../common/limits.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { currentTime } from '../../lib/dates.ts';
import { invalid } from '../../lib/errors.ts';
import { isLanguage } from '../../lib/i18n.ts';
import { channelsFor, isNotificationKind, NOTIFICATION_KINDS, outboxState, type NotificationKind } from './policy.ts';
import type { MarkRead, PageQuery, SetLanguage, SetPreferences } from './schema.ts';
import { emailOutbox, notificationLanguages, notificationPreferences, notifications } from './tables.ts';

const mine = (actor: Actor) => and(eq(notifications.tenantId, actor.tenantId), eq(notifications.userId, actor.userId));

async function unreadOf(ex: Executor, actor: Actor): Promise<number> {
  const [row] = await ex
    .select({ n: count() })
    .from(notifications)
    .where(and(mine(actor), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The user's notifications, unread first and then newest first, a page at a time, with the unread count. */
export async function listNotifications(db: Db, actor: Actor, query: Static<typeof PageQuery>) {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(mine(actor))
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit ?? limits.pageSizeDefault)
    .offset(query.offset ?? 0);
  const [total] = await db.select({ n: count() }).from(notifications).where(mine(actor));
  return {
    items: rows.filter((r) => isNotificationKind(r.kind)) as ((typeof rows)[number] & { kind: NotificationKind })[],
    total: total?.n ?? 0,
    unread: await unreadOf(db, actor),
  };
}

export async function unreadCount(db: Db, actor: Actor) {
  return { unread: await unreadOf(db, actor) };
}

/** Marks the user's own notifications among `ids` read; ids of others' notifications change nothing. */
export async function markRead(db: Db, actor: Actor, input: Static<typeof MarkRead>) {
  await db
    .update(notifications)
    .set({ readAt: currentTime().toISOString() })
    .where(and(mine(actor), inArray(notifications.id, input.ids), isNull(notifications.readAt)));
  return unreadCount(db, actor);
}

export async function markAllRead(db: Db, actor: Actor) {
  await db
    .update(notifications)
    .set({ readAt: currentTime().toISOString() })
    .where(and(mine(actor), isNull(notifications.readAt)));
  return { unread: 0 };
}

/** The user's channels for every kind (their choice, else the default) and the language e-mails are written in. */
export async function getPreferences(ex: Executor, actor: Actor) {
  const stored = await ex
    .select({ kind: notificationPreferences.kind, inApp: notificationPreferences.inApp, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.tenantId, actor.tenantId), eq(notificationPreferences.userId, actor.userId)));
  const [chosen] = await ex
    .select({ language: notificationLanguages.language })
    .from(notificationLanguages)
    .where(and(eq(notificationLanguages.tenantId, actor.tenantId), eq(notificationLanguages.userId, actor.userId)));
  const channels = channelsFor(stored);
  return {
    kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, ...channels[kind] })),
    language: chosen && isLanguage(chosen.language) ? chosen.language : null,
  };
}

/** Stores the user's choice for the kinds given; the others keep theirs. */
export async function setPreferences(db: Db, actor: Actor, input: Static<typeof SetPreferences>) {
  const kinds = input.kinds.map((k) => k.kind);
  if (new Set(kinds).size !== kinds.length) throw invalid([{ path: '/kinds', keyword: 'uniqueKinds', message: 'each kind once' }]);
  return db.transaction(async (tx) => {
    const now = currentTime().toISOString();
    await tx
      .insert(notificationPreferences)
      .values(input.kinds.map((k) => ({ tenantId: actor.tenantId, userId: actor.userId, ...k, updatedAt: now })))
      .onConflictDoUpdate({
        target: [notificationPreferences.tenantId, notificationPreferences.userId, notificationPreferences.kind],
        set: { inApp: sql`excluded.in_app`, email: sql`excluded.email`, updatedAt: now },
      });
    return getPreferences(tx, actor);
  });
}

/** Remembers the language the user chose in the web app, for the e-mails Kitt sends them. */
export async function setLanguage(db: Db, actor: Actor, input: Static<typeof SetLanguage>) {
  await db
    .insert(notificationLanguages)
    .values({ tenantId: actor.tenantId, userId: actor.userId, language: input.language, updatedAt: currentTime().toISOString() })
    .onConflictDoUpdate({
      target: [notificationLanguages.tenantId, notificationLanguages.userId],
      set: { language: input.language, updatedAt: currentTime().toISOString() },
    });
  return { language: input.language };
}

/** The tenant's outbox for administrators, newest first: fixed texts and links only, with each row's state. */
export async function listOutbox(db: Db, actor: Actor, query: Static<typeof PageQuery>, sending: boolean) {
  const rows = await db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      toAddress: emailOutbox.toAddress,
      subject: emailOutbox.subject,
      body: emailOutbox.body,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
      failedAt: emailOutbox.failedAt,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.tenantId, actor.tenantId))
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(query.limit ?? limits.pageSizeDefault)
    .offset(query.offset ?? 0);
  const [total] = await db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.tenantId, actor.tenantId));
  return {
    items: rows.filter((r) => isNotificationKind(r.kind)).map((r) => ({ ...r, kind: r.kind as NotificationKind, state: outboxState(r) })),
    total: total?.n ?? 0,
    sending,
  };
}
