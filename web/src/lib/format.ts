/** Dates are shown as YYYY-MM-DD in every language: the Swedish standard, and what the documents say. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  return value.slice(0, 10);
}

/** A timestamp in local time as YYYY-MM-DD HH:mm. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const swedishDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Sweden as YYYY-MM-DD, as the server counts days (consents, engagements, deadlines), wherever the browser is. */
export function today(): string {
  return swedishDay.format(new Date());
}

/**
 * A language's name in the interface language ("arabiska", "Arabic", "العربية"). Where the browser has no names in
 * the interface language (Chromium has none in Tigrinya or Kurmanji, and would answer in English), the language's
 * name in itself ("فارسی"), as the language menu shows it; the code itself as a last resort.
 */
export function languageName(code: string | null | undefined, uiLanguage: string): string {
  if (!code) return '';
  try {
    const ui = uiLanguage === 'sv-lattlast' ? 'sv' : uiLanguage;
    const namesIn = Intl.DisplayNames.supportedLocalesOf([ui]).length > 0 ? ui : code;
    return new Intl.DisplayNames([namesIn], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
