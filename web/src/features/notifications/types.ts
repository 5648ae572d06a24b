import type { Language } from '../../i18n/languages.ts';

export const NOTIFICATION_KINDS = ['message', 'answer', 'activity_changed', 'invitation', 'referral'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What happened and where to look; the words come from the catalogue, never from the server. */
export interface Notification {
  id: string;
  kind: NotificationKind;
  link: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: Notification[];
  total: number;
  unread: number;
}

export interface KindChannels {
  kind: NotificationKind;
  inApp: boolean;
  email: boolean;
}

export interface Preferences {
  kinds: KindChannels[];
  language: Language | null;
}

export type OutboxState = 'queued' | 'retrying' | 'sent' | 'failed';

export interface OutboxRow {
  id: string;
  kind: NotificationKind;
  toAddress: string;
  subject: string;
  body: string;
  createdAt: string;
  sentAt: string | null;
  failedAt: string | null;
  attempts: number;
  lastError: string | null;
  state: OutboxState;
}

export interface OutboxPage {
  items: OutboxRow[];
  total: number;
  sending: boolean;
}
