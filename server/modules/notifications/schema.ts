import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { LANGUAGES } from '../../../web/src/i18n/languages.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { QueryInteger, Uuid } from '../../lib/http/responses.ts';
import { NOTIFICATION_KINDS } from './policy.ts';

const Kind = oneOf(NOTIFICATION_KINDS);
const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

export const PageQuery = Type.Object(
  {
    limit: Type.Optional(QueryInteger({ minimum: 1, maximum: limits.pageSizeMax })),
    offset: Type.Optional(QueryInteger({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

/** What the user is told: the kind (the UI words it) and where to look; nothing about anyone. */
export const Notification = Type.Object({
  id: Type.String(),
  kind: Kind,
  link: Type.String(),
  createdAt: Type.String(),
  readAt: Nullable(Type.String()),
});

export const NotificationPage = Type.Object({
  items: Type.Array(Notification),
  total: Type.Integer(),
  unread: Type.Integer(),
});

export const Unread = Type.Object({ unread: Type.Integer() });

export const MarkRead = Type.Object(
  { ids: Type.Array(Uuid(), { minItems: 1, maxItems: limits.pageSizeMax, uniqueItems: true }) },
  { additionalProperties: false },
);

const KindChannels = Type.Object({ kind: Kind, inApp: Type.Boolean(), email: Type.Boolean() }, { additionalProperties: false });

export const Preferences = Type.Object({
  kinds: Type.Array(KindChannels),
  /** The language e-mails are written in; null until the web app has told it. */
  language: Type.Union([oneOf(LANGUAGES), Type.Null()]),
});

export const SetPreferences = Type.Object(
  { kinds: Type.Array(KindChannels, { minItems: 1, maxItems: NOTIFICATION_KINDS.length }) },
  { additionalProperties: false },
);

export const SetLanguage = Type.Object({ language: oneOf(LANGUAGES) }, { additionalProperties: false });

export const OutboxRow = Type.Object({
  id: Type.String(),
  kind: Kind,
  toAddress: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  sentAt: Nullable(Type.String()),
  failedAt: Nullable(Type.String()),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  state: oneOf(['queued', 'retrying', 'sent', 'failed'] as const),
});

export const OutboxPage = Type.Object({
  items: Type.Array(OutboxRow),
  total: Type.Integer(),
  /** False in development: no SMTP server is configured and nothing is sent. */
  sending: Type.Boolean(),
});
