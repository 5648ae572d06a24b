import { http, query } from '../../lib/http.ts';
import type { Language } from '../../i18n/languages.ts';
import type { KindChannels, NotificationPage, OutboxPage, Preferences } from './types.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  list: (offset: number) => ['notifications', 'list', offset] as const,
  preferences: ['notifications', 'preferences'] as const,
  outbox: (offset: number) => ['outbox', offset] as const,
};

export function listNotifications(offset: number, limit: number): Promise<NotificationPage> {
  return http.get(`/api/notifications${query({ offset, limit })}`, 'list notifications');
}

export async function unreadCount(): Promise<number> {
  const { unread } = await http.get<{ unread: number }>('/api/notifications/unread', 'count unread notifications');
  return unread;
}

export function markRead(ids: string[]): Promise<{ unread: number }> {
  return http.post('/api/notifications/read', { ids }, 'mark notifications read');
}

export function markAllRead(): Promise<{ unread: number }> {
  return http.post('/api/notifications/read-all', undefined, 'mark all notifications read');
}

export function getPreferences(): Promise<Preferences> {
  return http.get('/api/notifications/preferences', 'read notification settings');
}

export function setPreferences(kinds: KindChannels[]): Promise<Preferences> {
  return http.put('/api/notifications/preferences', { kinds }, 'save notification settings');
}

export function setLanguage(language: Language): Promise<{ language: Language }> {
  return http.put('/api/notifications/language', { language }, 'remember language');
}

export function listOutbox(offset: number, limit: number): Promise<OutboxPage> {
  return http.get(`/api/admin/outbox${query({ offset, limit })}`, 'list e-mail outbox');
}
