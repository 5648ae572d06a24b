import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import sv from './sv.json';
import svLattlast from './sv-lattlast.json';
import en from './en.json';
import ar from './ar.json';
import fa from './fa.json';
import ti from './ti.json';
import so from './so.json';
import uk from './uk.json';
import kmr from './kmr.json';
import ps from './ps.json';
import { LANGUAGES, directionOf, isLanguage, type Language } from './languages.ts';

export { LANGUAGES, directionOf, type Language };

const STORAGE_KEY = 'kitt.language';

const CATALOGUES: Record<Language, object> = { sv, 'sv-lattlast': svLattlast, en, ar, fa, ti, so, uk, kmr, ps };

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

/** The bundled font a language's script needs; loaded at once, so bold text never waits on it. */
const SCRIPT_FONTS: Partial<Record<Language, { family: string; sample: string }>> = {
  ar: { family: 'Noto Sans Arabic', sample: 'ب' },
  fa: { family: 'Noto Sans Arabic', sample: 'ب' },
  ps: { family: 'Noto Sans Arabic', sample: 'ب' },
  ti: { family: 'Noto Sans Ethiopic', sample: 'ሀ' },
};

function loadScriptFont(language: string): void {
  const font = isLanguage(language) ? SCRIPT_FONTS[language] : undefined;
  if (!font || typeof document.fonts?.load !== 'function') return;
  for (const weight of ['400', '700']) void document.fonts.load(`${weight} 1em "${font.family}"`, font.sample).catch(() => {});
}

/** Keeps <html lang dir> in step with the language, loads its script's font, and remembers the choice. */
function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
  loadScriptFont(language);
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, { translation: CATALOGUES[language] }])),
  lng: storedLanguage(),
  // Easy Swedish falls back to Swedish by its language part; every other language falls back to Swedish too.
  fallbackLng: 'sv',
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyLanguage(i18n.language);
i18n.on('languageChanged', applyLanguage);

export default i18n;
