import { PERSONAL_DATA_ROLES, type Role } from '../../../common/roles.ts';

/** What happened; each user chooses per kind whether they get it in Kitt and by e-mail. */
export const NOTIFICATION_KINDS = ['message', 'answer', 'activity_changed', 'invitation', 'referral'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Channels {
  inApp: boolean;
  email: boolean;
}

/** In Kitt everything is on; by e-mail what waits for the user, but not every change to a plan (too many). */
export const DEFAULT_CHANNELS: Record<NotificationKind, Channels> = {
  message: { inApp: true, email: true },
  answer: { inApp: true, email: true },
  activity_changed: { inApp: true, email: false },
  invitation: { inApp: true, email: true },
  referral: { inApp: true, email: true },
};

export const isNotificationKind = (value: unknown): value is NotificationKind =>
  typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);

/** A user's channels per kind: their stored choice where there is one, else the default. */
export function channelsFor(stored: readonly ({ kind: string } & Channels)[]): Record<NotificationKind, Channels> {
  const result = { ...DEFAULT_CHANNELS };
  for (const row of stored) if (isNotificationKind(row.kind)) result[row.kind] = { inApp: row.inApp, email: row.email };
  return result;
}

/** A user who might be told, as loaded for one notice. */
export interface Candidate {
  userId: string;
  active: boolean;
  roles: readonly string[];
  /** Set for a participant account. */
  participantId: string | null;
  organisationId: string | null;
  email: string;
}

/** Who a notice names: users, organisations' staff, and the participant's own account. */
export interface Addressing {
  userIds: readonly string[];
  organisationIds: readonly string[];
  participantId: string | null;
  toParticipant: boolean;
  causedByUserId: string;
  /** Users told the same thing by another notice of the same action (an answer's asker), left out of this one. */
  exceptUserIds?: readonly string[];
}

const worksWithPeople = (roles: readonly string[]) => roles.some((r) => PERSONAL_DATA_ROLES.includes(r as Role));

/**
 * The users a notice reaches, each once: the named users, the active staff of the named organisations who work with
 * people (an administrator or analyst of the organisation cannot open the link), and the participant's own account.
 * Never an inactive account, and never the user whose action caused it.
 */
export function recipientsOf(addressing: Addressing, candidates: readonly Candidate[]): Candidate[] {
  const chosen = new Map<string, Candidate>();
  for (const c of candidates) {
    if (!c.active || c.userId === addressing.causedByUserId || addressing.exceptUserIds?.includes(c.userId)) continue;
    const named = addressing.userIds.includes(c.userId);
    const staff = c.organisationId !== null && addressing.organisationIds.includes(c.organisationId) && worksWithPeople(c.roles);
    const self = addressing.toParticipant && addressing.participantId !== null && c.participantId === addressing.participantId;
    if (named || staff || self) chosen.set(c.userId, c);
  }
  return [...chosen.values()];
}

/** The channels one recipient gets a notice of `kind` on, after their choice; an e-mail needs an address. */
export function deliveryFor(kind: NotificationKind, candidate: Candidate, channels: Record<NotificationKind, Channels>): Channels {
  const chosen = channels[kind];
  return { inApp: chosen.inApp, email: chosen.email && candidate.email.includes('@') };
}

/** Attempts before an e-mail is given up, and the wait before attempt n+1 (1, 2, 4, 8 … minutes, at most 6 hours). */
export const MAX_SEND_ATTEMPTS = 8;
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60_000);
}

/**
 * What a failed attempt leaves behind: a short error code (never the server's text, which may quote the address),
 * and whether to stop trying: a permanent SMTP refusal (5xx) or the last attempt.
 */
export function failureOf(error: unknown, attempts: number): { code: string; giveUp: boolean } {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const responseCode = typeof e.responseCode === 'number' ? e.responseCode : null;
  const code =
    responseCode !== null ? `smtp_${responseCode}` : typeof e.code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(e.code) ? e.code : 'error';
  const permanent = responseCode !== null && responseCode >= 500 && responseCode < 600;
  return { code, giveUp: permanent || attempts >= MAX_SEND_ATTEMPTS };
}

/** The state an administrator sees for an outbox row. */
export function outboxState(row: {
  sentAt: string | null;
  failedAt: string | null;
  attempts: number;
}): 'sent' | 'failed' | 'retrying' | 'queued' {
  if (row.sentAt !== null) return 'sent';
  if (row.failedAt !== null) return 'failed';
  return row.attempts > 0 ? 'retrying' : 'queued';
}
