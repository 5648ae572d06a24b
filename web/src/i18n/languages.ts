/**
 * The languages of Kitt's interface. Swedish is the reference; English and Arabic cover every screen; the others
 * cover every screen the participant sees (the namespaces below) and fall back to Swedish elsewhere.
 * `sv-lattlast` is easy-to-read Swedish (lättläst); `kmr` is Northern Kurdish (Kurmanji, Latin script);
 * `fa` is Persian as read by Dari speakers too.
 */
export const LANGUAGES = ['sv', 'sv-lattlast', 'en', 'ar', 'fa', 'ti', 'so', 'uk', 'kmr', 'ps'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages with every key of the Swedish catalogue. */
export const FULL_LANGUAGES: readonly Language[] = ['sv', 'en', 'ar'];

const RTL_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'fa', 'ps']);

export function directionOf(language: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

export function isLanguage(value: string | null | undefined): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The locale for Intl formatting: the Gregorian calendar and Latin digits, as Swedish documents use, in every language. */
export function intlLocale(language: string): string {
  const base = language === 'sv-lattlast' ? 'sv' : language;
  return `${base}-u-ca-gregory-nu-latn`;
}

/**
 * Top-level namespaces of the catalogues whose strings a participant can meet in their own view. Every language
 * must translate all of them (catalogs.unit.test.ts fails on a missing key); the rest is staff-only.
 */
export const PARTICIPANT_NAMESPACES = [
  'meta',
  'app',
  'language',
  'common',
  'auth',
  'validation',
  'errors',
  'nav',
  'forbidden',
  'notFound',
  'start',
  'roles',
  'organisationKinds',
  'categories',
  'idKinds',
  'consentMethods',
  'consentStatus',
  'grants',
  'consentRequired',
  'participant',
  'consents',
  'participantForm',
  'me',
  'person',
  'intake',
  'plan',
  'calendar',
  'progression',
  'messages',
  'accessLog',
  'notifications',
  'documents',
  'dataExport',
  'offer',
  'circumstances',
  'referrals',
] as const;
