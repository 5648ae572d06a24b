import { formatDateTime } from '../../lib/format.ts';
import { intlLocale } from '../../i18n/languages.ts';

/**
 * "23 nov. 2026 10:12" in the person's language, in Swedish time. A browser without month names for the language
 * (Chromium has none for Tigrinya, and would show English) gets the numeric form every language reads.
 */
export function accessTimeFormatter(language: string): (iso: string) => string {
  const locale = intlLocale(language);
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) return formatDateTime;
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Stockholm',
  });
  return (iso) => format.format(new Date(iso));
}
