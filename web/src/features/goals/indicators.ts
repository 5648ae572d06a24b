import type { TFunction } from 'i18next';
import type { Indicator, TargetDirection } from '../../../../common/governance.ts';
import { intlLocale } from '../../i18n/languages.ts';
import { isolateLtr } from '../../ui/Ltr.tsx';
import type { Shown } from '../evaluation/api.ts';
import type { IndicatorView, Point } from './api.ts';

/** What each indicator's value is: a share in percent, a number of days, or a number of people. */
export const UNIT: Record<Indicator, 'percent' | 'days' | 'people'> = {
  work_or_studies_90: 'percent',
  closed_loop_rate: 'percent',
  completion_rate: 'percent',
  median_days_housing_to_intake: 'days',
  people_in_forbund_funded: 'people',
};

/** The direction a new target most likely has: fewer days is better, more of everything else. */
export const DEFAULT_DIRECTION: Record<Indicator, TargetDirection> = {
  work_or_studies_90: 'at_least',
  closed_loop_rate: 'at_least',
  completion_rate: 'at_least',
  median_days_housing_to_intake: 'at_most',
  people_in_forbund_funded: 'at_least',
};

/**
 * An indicator's value in the interface language with its unit: "52,9 %", "31 dagar", "7 personer". The number is
 * isolated left to right, so that the whole reads right in Arabic text too.
 */
export function formatValue(indicator: Indicator, value: number, language: string, t: TFunction): string {
  const locale = intlLocale(language);
  switch (UNIT[indicator]) {
    case 'percent':
      return isolateLtr(new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100));
    // Words of Kitt's own: the browser's unit for days is "dygn" in Swedish.
    case 'days':
      return t('goals.units.days', { value: isolateLtr(new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)) });
    case 'people':
      return t('goals.units.people', { value: isolateLtr(new Intl.NumberFormat(locale).format(value)) });
  }
}

/** A value on the chart's axis: a share with its percent sign, days and people as the bare number. */
export function axisValue(indicator: Indicator, value: number, language: string): string {
  const percent = UNIT[indicator] === 'percent';
  return new Intl.NumberFormat(intlLocale(language), percent ? { style: 'percent' } : {}).format(percent ? value / 100 : value);
}

/** A quarter ("2026-Q3") in words: "kv. 3 2026". */
export const quarterLabel = (quarter: string, t: TFunction) => t('goals.quarter', { year: quarter.slice(0, 4), q: quarter.slice(6) });

/** A published count as the page shows it: the number, "< 5" for a small one, "–" for one withheld to protect it. */
export function countText(s: Shown, language: string, t: TFunction): string {
  if (s.kind === 'value') return new Intl.NumberFormat(intlLocale(language)).format(s.value);
  return t(s.kind === 'small' ? 'evaluationExport.small' : 'evaluationExport.hidden');
}

/** A quarter's value as the page shows it: with its unit, "< 5", "–", or a dash for a quarter with no data. */
export function pointText(indicator: Indicator, p: Point, language: string, t: TFunction): string {
  if (p.value !== null) return formatValue(indicator, p.value, language, t);
  if (p.suppressed === 'small') return t('evaluationExport.small');
  if (p.suppressed === 'hidden') return t('evaluationExport.hidden');
  return t('goals.noData');
}

/** Items as a list in a sentence of the interface language: "a, b och c", "a، وb، وc". */
export const listText = (items: readonly string[], language: string) =>
  new Intl.ListFormat(intlLocale(language), { type: 'conjunction', style: 'long' }).format(items);

/** Why a quarter is not shown, kept whole in any direction of text: "(< 5)" or "(–)". */
export const suppressedMark = (why: 'small' | 'hidden', t: TFunction) =>
  `(${isolateLtr(t(`evaluationExport.${why}`).replace(/ /g, '\u00a0'))})`;

/** The colour a status is told in, beside its word. */
export const STATUS_TONE = { met: 'success', not_met: 'warning', unknown: 'neutral' } as const;

/** Whether a trend moves towards the target's side (up for "at least", down for "at most"); null when it does not move. */
export function trendJudgement(trend: IndicatorView['trend'], direction: TargetDirection): 'better' | 'worse' | null {
  if (trend !== 'up' && trend !== 'down') return null;
  return (trend === 'up') === (direction === 'at_least') ? 'better' : 'worse';
}

/** The quarters not drawn because they are suppressed, with why: "< 5" or withheld. */
export const gaps = (points: readonly Point[]) =>
  points.filter((p): p is Point & { suppressed: 'small' | 'hidden' } => p.suppressed !== null);

/**
 * The value axis as its five ticks from 0: 0–100 for a share, else a round step (1, 2 or 5 times a power of ten, at
 * least 1) so that four steps reach above the highest value and the target.
 */
export function valueTicks(indicator: Indicator, points: readonly Point[], target: number): number[] {
  const top = Math.max(target, ...points.map((p) => p.value ?? 0)) * 1.05;
  let step = 25;
  if (UNIT[indicator] !== 'percent') {
    const power = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(top / 4, 1))));
    step = [1, 2, 5, 10].map((m) => m * power).find((s) => 4 * s >= top)!;
  }
  return [0, 1, 2, 3, 4].map((n) => n * step);
}
