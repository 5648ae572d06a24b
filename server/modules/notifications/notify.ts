import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { currentTime, todayInSweden } from '../../lib/dates.ts';
import { intakeInvitations } from '../intake/tables.ts';
import { engagements } from '../participants/tables.ts';
import { users } from '../users/tables.ts';
import { composeEmail, SAFE_LINK } from './email.ts';
import { channelsFor, deliveryFor, recipientsOf, type Candidate, type NotificationKind } from './policy.ts';
import { emailOutbox, notificationLanguages, notificationPreferences, notifications } from './tables.ts';

export type { NotificationKind } from './policy.ts';

export interface Notice {
  tenantId: string;
  kind: NotificationKind;
  /** The users to tell; or every active user of these organisations (the actor excluded). */
  userIds?: string[];
  organisationIds?: string[];
  /** The participant the notice is about, whose own account is told when `toParticipant` is true. */
  participantId?: string;
  toParticipant?: boolean;
  /** A path in Kitt, e.g. `/participants/<uuid>/messages`; never personal data. */
  link: string;
  /** The user whose action caused the notice; never told about their own action. */
  causedByUserId: string;
  /** Users another notice of the same action tells already (an answer's asker gets `answer`, not also `message`). */
  exceptUserIds?: string[];
}

/** The accounts a notice may reach, loaded in one query; `recipientsOf` then applies the rules. */
async function candidatesOf(ex: Executor, notice: Notice): Promise<Candidate[]> {
  const userIds = notice.userIds ?? [];
  const organisationIds = notice.organisationIds ?? [];
  const who: SQL[] = [];
  if (userIds.length) who.push(inArray(users.id, userIds));
  if (organisationIds.length) who.push(inArray(users.organisationId, organisationIds));
  if (notice.toParticipant && notice.participantId) who.push(eq(users.participantId, notice.participantId));
  if (who.length === 0) return [];
  return ex
    .select({
      userId: users.id,
      active: users.active,
      roles: users.roles,
      participantId: users.participantId,
      organisationId: users.organisationId,
      email: users.email,
    })
    .from(users)
    .where(and(eq(users.tenantId, notice.tenantId), eq(users.active, true), or(...who)));
}

/**
 * Records in-app notifications and queues e-mails in the caller's transaction. Neither carries personal details:
 * only the kind and the link. Called by messages, the plan and the joint intake.
 */
export async function notify(ex: Executor, notice: Notice): Promise<void> {
  // A programming error, not client input: a link must never carry anything but a path.
  if (!SAFE_LINK.test(notice.link)) throw new Error('notify: the link must be a plain path inside Kitt');
  const recipients = recipientsOf(
    {
      userIds: notice.userIds ?? [],
      organisationIds: notice.organisationIds ?? [],
      participantId: notice.participantId ?? null,
      toParticipant: notice.toParticipant ?? false,
      causedByUserId: notice.causedByUserId,
      exceptUserIds: notice.exceptUserIds ?? [],
    },
    await candidatesOf(ex, notice),
  );
  if (recipients.length === 0) return;
  const ids = recipients.map((r) => r.userId);
  const stored = await ex
    .select({
      userId: notificationPreferences.userId,
      kind: notificationPreferences.kind,
      inApp: notificationPreferences.inApp,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(
      and(
        eq(notificationPreferences.tenantId, notice.tenantId),
        inArray(notificationPreferences.userId, ids),
        eq(notificationPreferences.kind, notice.kind),
      ),
    );
  const languages = await ex
    .select({ userId: notificationLanguages.userId, language: notificationLanguages.language })
    .from(notificationLanguages)
    .where(and(eq(notificationLanguages.tenantId, notice.tenantId), inArray(notificationLanguages.userId, ids)));
  const now = currentTime().toISOString();
  const inApp: (typeof notifications.$inferInsert)[] = [];
  const mail: (typeof emailOutbox.$inferInsert)[] = [];
  for (const r of recipients) {
    const delivery = deliveryFor(notice.kind, r, channelsFor(stored.filter((s) => s.userId === r.userId)));
    if (delivery.inApp) inApp.push({ tenantId: notice.tenantId, userId: r.userId, kind: notice.kind, link: notice.link, createdAt: now });
    if (delivery.email) {
      const language = languages.find((l) => l.userId === r.userId)?.language ?? null;
      const { subject, body } = composeEmail(notice.kind, language, notice.link);
      mail.push({
        tenantId: notice.tenantId,
        userId: r.userId,
        kind: notice.kind,
        toAddress: r.email,
        subject,
        body,
        createdAt: now,
        nextAttemptAt: now,
      });
    }
  }
  if (inApp.length) await ex.insert(notifications).values(inApp);
  if (mail.length) await ex.insert(emailOutbox).values(mail);
}

/** The organisations working with the participant today. */
export async function engagedOrganisationIds(ex: Executor, tenantId: string, participantId: string): Promise<string[]> {
  const today = todayInSweden();
  const rows = await ex
    .selectDistinct({ id: engagements.organisationId })
    .from(engagements)
    .where(
      and(
        eq(engagements.tenantId, tenantId),
        eq(engagements.participantId, participantId),
        lte(engagements.startDate, today),
        or(isNull(engagements.endDate), gte(engagements.endDate, today)),
      ),
    );
  return rows.map((r) => r.id);
}

/**
 * An activity in the participant's plan was added, changed or cancelled: tells the organisations working with the
 * participant (at the staff page) and the participant (at their own), never the one who made the change.
 */
export async function notifyPlanChanged(ex: Executor, actor: Actor, participantId: string): Promise<void> {
  const base = { tenantId: actor.tenantId, kind: 'activity_changed' as const, participantId, causedByUserId: actor.userId };
  const organisationIds = await engagedOrganisationIds(ex, actor.tenantId, participantId);
  await notify(ex, { ...base, organisationIds, link: `/participants/${participantId}/plan` });
  await notify(ex, { ...base, toParticipant: true, link: '/me/plan' });
}

/** The organisations invited to a joint intake meeting. */
export async function invitedOrganisationIds(ex: Executor, actor: Actor, meetingId: string): Promise<string[]> {
  const rows = await ex
    .select({ id: intakeInvitations.organisationId })
    .from(intakeInvitations)
    .where(and(eq(intakeInvitations.tenantId, actor.tenantId), eq(intakeInvitations.meetingId, meetingId)));
  return rows.map((r) => r.id);
}

/**
 * A joint intake meeting was booked or moved: tells the invited organisations, which answer it on their overview.
 * The booking organisation takes part by booking and is not invited.
 */
export async function notifyInvited(ex: Executor, actor: Actor, participantId: string, organisationIds: string[]): Promise<void> {
  const invited = organisationIds.filter((id) => id !== actor.organisationId);
  if (invited.length === 0) return;
  await notify(ex, {
    tenantId: actor.tenantId,
    kind: 'invitation',
    organisationIds: invited,
    participantId,
    link: '/intakes',
    causedByUserId: actor.userId,
  });
}
