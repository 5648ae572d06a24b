/**
 * Languages offered as a participant's preferred language (ISO 639 codes): Swedish, English and
 * the languages most spoken by people new to Sweden. Names come from Intl.DisplayNames.
 */
export const PREFERRED_LANGUAGES = [
  'sv',
  'en',
  'ar',
  'so',
  'ti',
  'fa',
  'prs',
  'ps',
  'kmr',
  'ckb',
  'uk',
  'ru',
  'bs',
  'pl',
  'tr',
  'am',
  'es',
  'fr',
  'th',
  'zh',
] as const;
