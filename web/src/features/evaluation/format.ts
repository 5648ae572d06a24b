import type { TFunction } from 'i18next';
import type { Shown } from './api.ts';

/** The value of a shown count, or null when it is "< 5" or suppressed. */
export const valueOf = (s: Shown): number | null => (s.kind === 'value' ? s.value : null);

/** A count as the page shows it: the number, "< 5", or "–" for a cell suppressed to protect a small one. */
export function shownText(s: Shown, t: TFunction, locale: string): string {
  if (s.kind === 'value') return s.value.toLocaleString(locale);
  return s.kind === 'small' ? t('evaluationExport.small') : t('evaluationExport.hidden');
}

/** A share as a whole percent, or "–" when a count it comes from is not shown. */
export const percentText = (share: number | null, locale: string) =>
  share === null ? '–' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
