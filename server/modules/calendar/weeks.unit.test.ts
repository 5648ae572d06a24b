import { describe, expect, it } from 'vitest';
import { holidayName } from './holidays.ts';
import { addDays, datesOfIsoWeek, isDate, isoWeekday, isoWeekOf, parseIsoWeek, shiftIsoWeek, weeksInIsoYear } from './weeks.ts';

describe('the ISO week of a date', () => {
  const table: [string, string][] = [
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2026-11-30', '2026-W49'],
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2025-12-29', '2026-W01'], // a Monday in December belonging to next year's week 1
    ['2027-01-01', '2026-W53'], // a Friday in January belonging to last year's week 53
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2024-02-29', '2024-W09'], // leap day
    ['2028-12-31', '2028-W52'],
    ['1899-12-31', '1899-W52'],
    ['2999-12-30', '3000-W01'],
    // Years below 100: Date.UTC would read them as 19xx, and the week must keep four digits.
    ['0099-12-31', '0099-W53'],
    ['0100-01-01', '0099-W53'],
    ['0050-01-01', '0049-W52'],
  ];
  it.each(table)('%s is in %s', (date, week) => expect(isoWeekOf(date)).toBe(week));
});

describe('the dates of an ISO week', () => {
  const table: [string, string, string][] = [
    ['2026-W48', '2026-11-23', '2026-11-29'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2025-W01', '2024-12-30', '2025-01-05'],
    ['2024-W09', '2024-02-26', '2024-03-03'],
  ];
  it.each(table)('%s runs %s to %s', (week, monday, sunday) => {
    const dates = datesOfIsoWeek(week);
    expect(dates).toHaveLength(7);
    expect([dates[0], dates[6]]).toEqual([monday, sunday]);
    expect(dates.map(isoWeekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(dates.map(isoWeekOf))).toEqual(new Set([week]));
  });

  it('round-trips every week of several years', () => {
    for (let year = 2019; year <= 2032; year++)
      for (let w = 1; w <= weeksInIsoYear(year); w++) {
        const week = `${year}-W${String(w).padStart(2, '0')}`;
        expect(isoWeekOf(datesOfIsoWeek(week)[3]!)).toBe(week);
      }
  });
});

describe('parsing a week', () => {
  const table: [string, { year: number; week: number } | null][] = [
    ['2026-W48', { year: 2026, week: 48 }],
    ['2026-W53', { year: 2026, week: 53 }],
    ['2025-W53', null], // 2025 has 52 weeks
    ['2026-W00', null],
    ['2026-W54', null],
    ['2026-W5', null],
    ['2026W48', null],
    ['2026-w48', null],
    ['0999-W01', null],
    // Only CALENDAR_YEARS: a week's neighbours and holidays must be computable.
    ['1900-W01', { year: 1900, week: 1 }],
    ['2999-W52', { year: 2999, week: 52 }],
    ['1899-W52', null],
    ['3000-W01', null],
    ['1000-W01', null],
    ['9999-W52', null],
    [' 2026-W48', null],
    ['', null],
  ];
  it.each(table)('%j', (week, expected) => expect(parseIsoWeek(week)).toEqual(expected));
  it('knows long years', () => expect([2020, 2025, 2026, 2032].map(weeksInIsoYear)).toEqual([53, 52, 53, 53]));
});

describe('moving between weeks', () => {
  const table: [string, number, string][] = [
    ['2026-W48', 1, '2026-W49'],
    ['2026-W48', -1, '2026-W47'],
    ['2026-W53', 1, '2027-W01'],
    ['2027-W01', -1, '2026-W53'],
    ['2025-W52', 1, '2026-W01'],
    ['2026-W01', -1, '2025-W52'],
    ['2026-W10', 0, '2026-W10'],
    ['2026-W01', 52, '2026-W53'],
    ['1900-W01', -1, '1899-W52'],
    ['2999-W52', 1, '3000-W01'],
  ];
  it.each(table)('%s %+d → %s', (week, n, expected) => expect(shiftIsoWeek(week, n)).toBe(expected));
  it('adds days across a month and a year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });
  it('knows the real dates of early years', () => {
    expect([isDate('0048-02-29'), isDate('0050-02-29'), isDate('0050-01-01'), isDate('2026-02-30')]).toEqual([true, false, true, false]);
  });
});

describe('holidays in the week view', () => {
  const table: [string, string | null][] = [
    ['2026-12-24', 'Julafton'],
    ['2026-12-25', 'Juldagen'],
    ['2026-12-31', 'Nyårsafton'],
    ['2027-01-01', 'Nyårsdagen'],
    ['2026-04-03', 'Långfredagen'],
    ['2026-04-06', 'Annandag påsk'],
    ['2026-06-19', 'Midsommarafton'], // a Friday
    ['2026-06-20', 'Midsommardagen'],
    ['2026-06-18', null],
    ['2027-06-25', 'Midsommarafton'],
    ['2027-03-26', 'Långfredagen'],
    ['2027-03-28', 'Påskdagen'],
    ['2027-03-29', 'Annandag påsk'],
    ['2027-03-30', null],
    ['2026-06-06', 'Sveriges nationaldag'],
    ['2026-01-05', null], // Trettondagsafton: an ordinary working day
    ['2026-04-02', null], // Skärtorsdagen
    ['2026-11-24', null],
  ];
  it.each(table)('%s: %s', (date, name) => expect(holidayName(date)).toBe(name));
});
