import { intlLocale } from '../../i18n/languages.ts';

/** An amount in öre as kronor in the interface language (Latin digits everywhere); öre shown only when there are any. */
export function formatKronor(ore: number, language: string): string {
  const digits = ore % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'currency',
    currency: 'SEK',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ore / 100);
}

/**
 * Kronor as typed ("1 250", "1250,50", "1250.5") to whole öre, without floating-point arithmetic; null when the
 * text is not an amount.
 */
export function parseKronor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Kronor as typed, with a leading minus for a negative amount (a correction, a deficit): whole öre, or null. */
export function parseSignedKronor(text: string): number | null {
  const match = /^\s*[-\u2212]\s*(.*)$/.exec(text);
  const ore = parseKronor(match ? match[1]! : text);
  return ore === null ? null : match ? -ore : ore;
}

/** Öre as kronor to type again ("12500,50" for 1 250 050 öre), in plain digits that parseSignedKronor reads back exactly. */
export function kronorText(ore: number): string {
  const whole = Math.abs(ore);
  return `${ore < 0 ? '-' : ''}${Math.floor(whole / 100)}${whole % 100 === 0 ? '' : `,${String(whole % 100).padStart(2, '0')}`}`;
}
