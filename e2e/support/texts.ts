import ar from '../../web/src/i18n/ar.json' with { type: 'json' };
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import sv from '../../web/src/i18n/sv.json' with { type: 'json' };

/** The web app's own texts, so the browser tests find what users read and fail when a translation is missing. */
export const texts = { sv, en, ar };
