import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { setPublicUrl } from './email.ts';
import { MarkRead, NotificationPage, OutboxPage, PageQuery, Preferences, SetLanguage, SetPreferences, Unread } from './schema.ts';
import {
  getPreferences,
  listNotifications,
  listOutbox,
  markAllRead,
  markRead,
  setLanguage,
  setPreferences,
  unreadCount,
} from './service.ts';

export function notificationRoutes(app: App, { database, config }: Deps) {
  const db = database.db;
  // notify() runs inside other modules' transactions without the configuration; the e-mails' links need its address.
  setPublicUrl(config.publicUrl);
  const tags = ['notifications'];

  app.get('/api/notifications', {
    config: { policy: 'notification.read' },
    schema: { summary: 'My notifications, unread first', tags, querystring: PageQuery, response: responses({ 200: NotificationPage }) },
    handler: async (request) => listNotifications(db, actorOf(request), request.query),
  });

  app.get('/api/notifications/unread', {
    config: { policy: 'notification.read' },
    schema: { summary: 'How many of my notifications are unread (the bell)', tags, response: responses({ 200: Unread }) },
    handler: async (request) => unreadCount(db, actorOf(request)),
  });

  app.post('/api/notifications/read', {
    config: { policy: 'notification.manage' },
    schema: { summary: 'Mark some of my notifications read', tags, body: MarkRead, response: responses({ 200: Unread }) },
    handler: async (request) => markRead(db, actorOf(request), request.body),
  });

  app.post('/api/notifications/read-all', {
    config: { policy: 'notification.manage' },
    schema: { summary: 'Mark all my notifications read', tags, response: responses({ 200: Unread }) },
    handler: async (request) => markAllRead(db, actorOf(request)),
  });

  app.get('/api/notifications/preferences', {
    config: { policy: 'notification.read' },
    schema: { summary: 'What I am told, in Kitt and by e-mail, per kind', tags, response: responses({ 200: Preferences }) },
    handler: async (request) => getPreferences(db, actorOf(request)),
  });

  app.put('/api/notifications/preferences', {
    config: { policy: 'notification.manage' },
    schema: { summary: 'Choose what I am told, per kind', tags, body: SetPreferences, response: responses({ 200: Preferences }) },
    handler: async (request) => setPreferences(db, actorOf(request), request.body),
  });

  app.put('/api/notifications/language', {
    config: { policy: 'notification.manage' },
    schema: {
      summary: 'The language my e-mails are written in (the web app sends the one I chose)',
      tags,
      body: SetLanguage,
      response: responses({ 200: SetLanguage }),
    },
    handler: async (request) => setLanguage(db, actorOf(request), request.body),
  });

  app.get('/api/admin/outbox', {
    config: { policy: 'outbox.read' },
    schema: {
      summary: 'Notification e-mail, queued, sent and failed (fixed texts and links only)',
      tags,
      querystring: PageQuery,
      response: responses({ 200: OutboxPage }),
    },
    handler: async (request) => listOutbox(db, actorOf(request), request.query, config.smtpUrl !== null),
  });
}
