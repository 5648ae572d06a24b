import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../../../../common/governance.ts';
import type { Point } from './api.ts';
import {
  axisValue,
  countText,
  formatValue,
  gaps,
  listText,
  pointText,
  quarterLabel,
  suppressedMark,
  trendJudgement,
  UNIT,
  valueTicks,
} from './indicators.ts';

/** A stand-in for i18next: the key, and the values it was given. */
const t = ((key: string, values?: Record<string, unknown>) => (values ? `${key}${JSON.stringify(values)}` : key)) as unknown as TFunction;
/** Text as a reader sees it: the non-breaking and narrow spaces as plain ones, without the invisible direction isolates. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/[\u2066-\u2069]/g, '');
const point = (value: number | null, suppressed: Point['suppressed'] = null): Point => ({
  quarter: '2026-Q2',
  value,
  suppressed,
  base: suppressed === 'small' ? { kind: 'small' } : { kind: 'value', value: 12 },
});

describe('formatValue', () => {
  it.each([
    ['work_or_studies_90', 52.9, 'sv', '52,9 %'],
    ['completion_rate', 70, 'en', '70%'],
    ['closed_loop_rate', 80.25, 'sv', '80,3 %'],
    ['median_days_housing_to_intake', 31, 'sv', 'goals.units.days{"value":"31"}'],
    ['median_days_housing_to_intake', 12.5, 'en', 'goals.units.days{"value":"12.5"}'],
    ['people_in_forbund_funded', 1250, 'sv', 'goals.units.people{"value":"1 250"}'],
  ] as const)('%s %d in %s is %s', (indicator, value, language, expected) => {
    expect(plain(formatValue(indicator, value, language, t))).toBe(expected);
  });

  it('isolates the number left to right, for right-to-left text', () => {
    expect(formatValue('completion_rate', 70, 'ar', t)).toMatch(/^\u2066.*\u2069$/);
    expect(formatValue('median_days_housing_to_intake', 31, 'ar', t)).toContain('\u206631\u2069');
  });

  it('writes Arabic with Latin digits, as Kitt does everywhere', () => {
    expect(formatValue('work_or_studies_90', 52.9, 'ar', t)).toMatch(/52[.,٫]9/);
    expect(formatValue('median_days_housing_to_intake', 31, 'ar', t)).toContain('31');
  });

  it('has a unit for every indicator', () => expect(INDICATORS.filter((i) => !UNIT[i])).toEqual([]));
});

describe('axisValue', () => {
  it.each([
    ['completion_rate', 40, 'sv', '40 %'],
    ['median_days_housing_to_intake', 30, 'sv', '30'],
    ['people_in_forbund_funded', 2000, 'sv', '2 000'],
  ] as const)('%s %d in %s is %s', (indicator, value, language, expected) =>
    expect(plain(axisValue(indicator, value, language))).toBe(expected),
  );
});

describe('what a suppressed quarter shows', () => {
  it.each([
    [point(53.3), 'sv', '53,3 %'],
    [point(null, 'small'), 'sv', 'evaluationExport.small'],
    [point(null, 'hidden'), 'sv', 'evaluationExport.hidden'],
    [point(null), 'sv', 'goals.noData'],
  ])('%j is %s', (p, language, expected) => expect(plain(pointText('completion_rate', p, language, t))).toBe(expected));

  it('never a number for a small or withheld count', () => {
    expect(countText({ kind: 'small' }, 'sv', t)).toBe('evaluationExport.small');
    expect(countText({ kind: 'hidden' }, 'sv', t)).toBe('evaluationExport.hidden');
    expect(plain(countText({ kind: 'value', value: 1234 }, 'sv', t))).toBe('1 234');
  });

  it('marks a suppressed quarter so that "< 5" is never broken or turned around in right-to-left text', () => {
    const small = ((key: string) => (key === 'evaluationExport.small' ? '< 5' : '–')) as unknown as TFunction;
    expect(suppressedMark('small', small)).toBe('(\u2066<\u00a05\u2069)');
    expect(suppressedMark('hidden', small)).toBe('(\u2066–\u2069)');
  });

  it('lists the suppressed quarters as the chart’s gaps, not those without data', () => {
    const points = [point(null), point(40), point(null, 'small'), point(null, 'hidden')];
    expect(gaps(points).map((p) => p.suppressed)).toEqual(['small', 'hidden']);
  });
});

describe('listText', () => {
  it.each([
    ['sv', 'a, b och c'],
    ['en', 'a, b, and c'],
  ])('in %s is %s', (language, expected) => expect(listText(['a', 'b', 'c'], language)).toBe(expected));
});

describe('quarterLabel', () => {
  it('names the year and the quarter', () => expect(quarterLabel('2026-Q3', t)).toBe('goals.quarter{"year":"2026","q":"3"}'));
});

describe('trendJudgement', () => {
  it.each([
    ['up', 'at_least', 'better'],
    ['down', 'at_least', 'worse'],
    ['up', 'at_most', 'worse'],
    ['down', 'at_most', 'better'],
    ['flat', 'at_least', null],
    ['unknown', 'at_most', null],
  ] as const)('%s for a target %s is %s', (trend, direction, expected) => expect(trendJudgement(trend, direction)).toBe(expected));
});

describe('valueTicks', () => {
  it.each([
    ['completion_rate', [point(20)], 70, [0, 25, 50, 75, 100]],
    ['median_days_housing_to_intake', [point(31), point(32)], 30, [0, 10, 20, 30, 40]],
    ['people_in_forbund_funded', [point(7)], 25, [0, 10, 20, 30, 40]],
    ['people_in_forbund_funded', [point(7)], 10, [0, 5, 10, 15, 20]],
    ['people_in_forbund_funded', [point(null, 'small')], 0, [0, 1, 2, 3, 4]],
    ['people_in_forbund_funded', [point(180)], 25, [0, 50, 100, 150, 200]],
    ['median_days_housing_to_intake', [point(364)], 30, [0, 100, 200, 300, 400]],
  ] as const)('%s over %j with target %d is %j', (indicator, points, target, expected) =>
    expect(valueTicks(indicator, points, target)).toEqual(expected),
  );
});
