import { translator } from '../../lib/i18n.ts';
import type { NotificationKind } from './policy.ts';

/** Where Kitt's links in e-mails point: set from the configuration when the module's routes are registered. */
let publicUrl = 'http://localhost:3000';

export function setPublicUrl(url: string): void {
  publicUrl = url.replace(/\/+$/, '');
}

/** A link inside Kitt: a path of plain segments, no query or fragment, so nothing personal can ride along. */
export const SAFE_LINK = /^\/[A-Za-z0-9_\-/]*$/;

/**
 * The e-mail for one notice, in the recipient's language: a fixed sentence for the kind and the link. Never a name,
 * a personal number or a message's words; the person signs in to Kitt to read more.
 */
export function composeEmail(kind: NotificationKind, language: string | null, link: string): { subject: string; body: string } {
  const { t } = translator(language);
  const url = `${publicUrl}${link}`;
  const subject = t(`notifications.email.subject.${kind}`);
  const body = [t('notifications.email.greeting'), t(`notifications.email.body.${kind}`), url, t('notifications.email.footer')].join(
    '\n\n',
  );
  return { subject, body };
}
