import { describe, expect, it } from 'vitest';
import { FINSAM, finsamCodes } from '../../../common/offer.ts';
import {
  ageAtStart,
  checkEnd,
  checkFollowUpDays,
  checkSituation,
  checkStart,
  finsamGroup,
  genderOf,
  hasExtent,
  isExcludedEndReason,
  type Situation,
} from './rules.ts';

const keywords = (issues: { keyword: string; path: string }[]) => issues.map((i) => `${i.path}:${i.keyword}`);

describe('genderOf', () => {
  it.each([
    ['personnummer', '198112289874', 'man'],
    ['personnummer', '198507099805', 'woman'],
    ['personnummer', '199001011230', 'man'],
    ['personnummer', '199001011248', 'woman'],
    // A samordningsnummer (day + 60) encodes gender the same way.
    ['samordningsnummer', '199001611233', 'man'],
    ['samordningsnummer', '199001611241', 'woman'],
    ['reserve', '199001011230', 'unknown'],
    ['reserve', null, 'unknown'],
    ['personnummer', null, 'unknown'],
    ['personnummer', '12345', 'unknown'],
  ] as const)('%s %s → %s', (kind, number, gender) => {
    expect(genderOf(kind, number)).toBe(gender);
  });
});

describe('ageAtStart', () => {
  it.each([
    ['1990-05-10', '2026-05-09', 35],
    ['1990-05-10', '2026-05-10', 36],
    // Born on 29 February: a year older on 1 March in a common year.
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
    ['2000-02-29', '2028-02-29', 28],
    [null, '2026-01-01', null],
  ] as const)('born %s, starting %s → %s', (born, start, age) => {
    expect(ageAtStart(born, start)).toBe(age);
  });
});

const working: Situation = { occupation: 'work_subsidised', incomeSources: ['salary'], extentPercent: 50 };

describe('checkSituation', () => {
  it.each([
    ['work with extent', working, []],
    ['studies with extent 0', { occupation: 'studies', incomeSources: ['student_aid'], extentPercent: 0 }, []],
    ['job seeking, no extent', { occupation: 'job_seeking', incomeSources: ['social_assistance', 'other'], extentPercent: null }, []],
    ['unknown occupation', { ...working, occupation: 'astronaut' }, ['/situation/occupation:unknown_code']],
    ['unknown income', { ...working, incomeSources: ['salary', 'lottery'] }, ['/situation/incomeSources/1:unknown_code']],
    ['no income', { ...working, incomeSources: [] }, ['/situation/incomeSources:income_required']],
    ['twice the same income', { ...working, incomeSources: ['salary', 'salary'] }, ['/situation/incomeSources:duplicate_code']],
    ['extent over 100', { ...working, extentPercent: 101 }, ['/situation/extentPercent:extent_out_of_range']],
    ['extent below 0', { ...working, extentPercent: -1 }, ['/situation/extentPercent:extent_out_of_range']],
    ['extent not whole', { ...working, extentPercent: 12.5 }, ['/situation/extentPercent:extent_out_of_range']],
    ['work without extent', { ...working, extentPercent: null }, ['/situation/extentPercent:extent_required']],
    [
      'extent for sick leave',
      { occupation: 'sick_leave', incomeSources: ['sickness_benefit'], extentPercent: 25 },
      ['/situation/extentPercent:extent_not_applicable'],
    ],
  ] as [string, Situation, string[]][])('%s', (_name, situation, expected) => {
    expect(keywords(checkSituation(situation))).toEqual(expected);
  });

  it('accepts every code of every list as the data has them', () => {
    for (const occupation of finsamCodes('occupation')) {
      const situation = { occupation, incomeSources: finsamCodes('income'), extentPercent: hasExtent(occupation) ? 100 : null };
      expect(checkSituation(situation)).toEqual([]);
    }
  });
});

describe('checkStart and checkEnd', () => {
  const today = '2026-06-01';
  const start = { startDate: '2026-05-01', timeInSupport: 'under_1_year', educationLevel: 'compulsory', situation: working };
  it.each([
    ['a valid start', start, []],
    ['starting today', { ...start, startDate: today }, []],
    ['starting tomorrow', { ...start, startDate: '2026-06-02' }, ['/startDate:date_in_future']],
    ['no real date', { ...start, startDate: '2026-02-30' }, ['/startDate:invalid_date']],
    ['unknown time in support', { ...start, timeInSupport: 'forever' }, ['/timeInSupport:unknown_code']],
    ['unknown education', { ...start, educationLevel: 'phd' }, ['/educationLevel:unknown_code']],
  ] as [string, typeof start, string[]][])('start: %s', (_name, input, expected) => {
    expect(keywords(checkStart(input, today))).toEqual(expected);
  });

  const end = { endDate: '2026-05-31', endReason: 'work', situation: working };
  it.each([
    ['a valid end', end, []],
    ['ending the day it started', { ...end, endDate: '2026-05-01' }, []],
    ['ending before the start', { ...end, endDate: '2026-04-30' }, ['/endDate:end_before_start']],
    ['ending in the future', { ...end, endDate: '2026-06-02' }, ['/endDate:date_in_future']],
    ['unknown end reason', { ...end, endReason: 'bored' }, ['/endReason:unknown_code']],
  ] as [string, typeof end, string[]][])('end: %s', (_name, input, expected) => {
    expect(keywords(checkEnd(input, '2026-05-01', today))).toEqual(expected);
  });
});

describe('groups, read from the data', () => {
  it('finds the report group of a code', () => {
    expect(finsamGroup('occupation', 'work_subsidised')).toBe('work');
    expect(finsamGroup('occupation', 'nope')).toBeNull();
    expect(finsamGroup('timeInSupport', 'none')).toBeNull();
  });
  it('excludes exactly the end reasons in the group excluded', () => {
    for (const o of FINSAM.endReason) expect(isExcludedEndReason(o.code)).toBe(o.group === 'excluded');
    expect(isExcludedEndReason('wrong_registration')).toBe(true);
  });
});

describe('checkFollowUpDays', () => {
  it.each([
    [[90, 180], []],
    [[30], []],
    [[1, 30, 180, 730], []],
    [[], ['/days:follow_up_points']],
    [[10, 20, 30, 40, 50], ['/days:follow_up_points']],
    [[0, 90], ['/days/0:follow_up_days_range']],
    [[90, 731], ['/days/1:follow_up_days_range']],
    [[180, 90], ['/days/1:follow_up_days_order']],
    [[90, 90], ['/days/1:follow_up_days_order']],
  ])('%j → %j', (days, expected) => {
    expect(keywords(checkFollowUpDays(days))).toEqual(expected);
  });
});
