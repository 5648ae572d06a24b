import i18next, { type TFunction } from 'i18next';
import sv from '../../web/src/i18n/sv.json' with { type: 'json' };
import svLattlast from '../../web/src/i18n/sv-lattlast.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import ar from '../../web/src/i18n/ar.json' with { type: 'json' };
import fa from '../../web/src/i18n/fa.json' with { type: 'json' };
import ti from '../../web/src/i18n/ti.json' with { type: 'json' };
import so from '../../web/src/i18n/so.json' with { type: 'json' };
import uk from '../../web/src/i18n/uk.json' with { type: 'json' };
import kmr from '../../web/src/i18n/kmr.json' with { type: 'json' };
import ps from '../../web/src/i18n/ps.json' with { type: 'json' };
import { LANGUAGES, isLanguage, type Language } from '../../web/src/i18n/languages.ts';

export { directionOf, intlLocale, isLanguage, type Language } from '../../web/src/i18n/languages.ts';

const CATALOGUES: Record<Language, object> = { sv, 'sv-lattlast': svLattlast, en, ar, fa, ti, so, uk, kmr, ps };

// The server writes documents and e-mails from the same catalogues the web app shows, so both say the same thing.
const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: CATALOGUES[language] }])),
  lng: 'sv',
  fallbackLng: 'sv',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** A translate function for `language`, Swedish when the language is not one of Kitt's. */
export function translator(language: string | null | undefined): { language: Language; t: TFunction } {
  const chosen: Language = isLanguage(language) ? language : 'sv';
  return { language: chosen, t: instance.getFixedT(chosen) };
}
