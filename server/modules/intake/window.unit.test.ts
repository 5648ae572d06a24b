import { describe, expect, it } from 'vitest';
import { closedDays, intakeWindow, isWorkingDay, meetingWarnings, proposedDays, windowClosingWarning, withinDateLimit } from './window.ts';

// Dates checked against the calendar: Easter Sunday 2027 is 28 March, midsummer eve 2026 is Friday 19 June,
// Christmas Eve 2026 is a Thursday, New Year's Day 2027 a Friday.
describe('closed days from swedish-holidays', () => {
  it.each([
    ['2027-03-26', 'Good Friday 2027'],
    ['2027-03-28', 'Easter Sunday 2027'],
    ['2027-03-29', 'Easter Monday 2027'],
    ['2026-04-03', 'Good Friday 2026'],
    ['2026-04-06', 'Easter Monday 2026'],
    ['2026-05-14', 'Ascension Day 2026'],
    ['2026-06-06', 'National Day 2026'],
    ['2026-06-19', 'Midsummer Eve 2026 (treated as a Sunday)'],
    ['2026-06-20', 'Midsummer Day 2026'],
    ['2026-12-24', 'Christmas Eve 2026 (treated as a Sunday)'],
    ['2026-12-25', 'Christmas Day 2026'],
    ['2026-12-26', 'Boxing Day 2026'],
    ['2026-12-31', "New Year's Eve 2026 (treated as a Sunday)"],
    ['2027-01-01', "New Year's Day 2027"],
    ['2027-01-06', 'Epiphany 2027'],
  ])('%s is closed: %s', (date) => {
    expect(closedDays(Number(date.slice(0, 4))).has(date)).toBe(true);
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2027-03-25', 'Maundy Thursday 2027 is an ordinary working day'],
    ['2027-01-05', 'Twelfth Night eve 2027'],
    ['2026-04-30', 'Walpurgis Night 2026'],
    ['2026-06-18', 'the Thursday before midsummer'],
    ['2026-12-23', 'the day before Christmas Eve'],
    ['2026-12-28', 'the Monday between Christmas and New Year'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  it.each(['2026-11-21', '2026-11-22', '2027-03-27'])('%s is a weekend day', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });
});

describe('the 4–8-week window and the proposed days', () => {
  it.each([
    {
      name: 'opens on Good Friday 2027: Easter Monday skipped too',
      housing: '2027-02-26',
      today: '2027-01-10',
      opens: '2027-03-26',
      closes: '2027-04-23',
      proposed: ['2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02', '2027-04-05'],
    },
    {
      name: 'opens on midsummer eve 2026',
      housing: '2026-05-22',
      today: '2026-05-22',
      opens: '2026-06-19',
      closes: '2026-07-17',
      proposed: ['2026-06-22', '2026-06-23', '2026-06-24', '2026-06-25', '2026-06-26'],
    },
    {
      name: 'opens on Christmas Eve 2026: across New Year into 2027',
      housing: '2026-11-26',
      today: '2026-12-01',
      opens: '2026-12-24',
      closes: '2027-01-21',
      proposed: ['2026-12-28', '2026-12-29', '2026-12-30', '2027-01-04', '2027-01-05'],
    },
    {
      name: 'window already open: from tomorrow, never past its end',
      housing: '2026-10-01',
      today: '2026-11-20',
      opens: '2026-10-29',
      closes: '2026-11-26',
      proposed: ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26'],
    },
    {
      name: 'window closed: nothing proposed',
      housing: '2026-01-01',
      today: '2026-03-02',
      opens: '2026-01-29',
      closes: '2026-02-26',
      proposed: [],
    },
  ])('$name', ({ housing, today, opens, closes, proposed }) => {
    const window = intakeWindow(housing, today);
    expect([window.opens, window.closes]).toEqual([opens, closes]);
    expect(proposedDays(housing, today)).toEqual(proposed);
    for (const day of proposedDays(housing, today)) expect(day >= opens && day <= closes && day > today).toBe(true);
  });

  it.each([
    // 29 Dec 2026 – 26 Jan 2027: 29, 30 Dec; 4, 5, 7, 8 Jan (Epiphany on the 6th); then 5 + 5 + 2.
    { name: 'not yet open', housing: '2026-12-01', today: '2026-12-10', state: 'not_yet_open', left: 18 },
    // 18, 21, 22, 23 December; Christmas Eve and Day closed, then the weekend.
    { name: 'open across Christmas 2026', housing: '2026-11-01', today: '2026-12-18', state: 'open', left: 4 },
    { name: 'last day of the window', housing: '2026-10-01', today: '2026-11-26', state: 'open', left: 1 },
    { name: 'closed', housing: '2026-10-01', today: '2026-11-27', state: 'closed', left: 0 },
  ])('working days left: $name', ({ housing, today, state, left }) => {
    expect(intakeWindow(housing, today)).toMatchObject({ state, workingDaysLeft: left });
  });
});

describe('the window-closing warning', () => {
  it.each([
    { name: '4 working days left, nothing booked', housing: '2026-11-01', today: '2026-12-18', booked: false, warn: true },
    { name: '4 working days left, a meeting booked', housing: '2026-11-01', today: '2026-12-18', booked: true, warn: false },
    { name: 'exactly 5 working days left', housing: '2026-10-01', today: '2026-11-20', booked: false, warn: true },
    { name: '6 working days left', housing: '2026-10-01', today: '2026-11-19', booked: false, warn: false },
    { name: 'closed with nothing booked', housing: '2026-10-01', today: '2026-12-01', booked: false, warn: true },
    { name: 'not yet open', housing: '2026-12-01', today: '2026-12-10', booked: false, warn: false },
  ])('$name → $warn', ({ housing, today, booked, warn }) => {
    expect(windowClosingWarning(intakeWindow(housing, today), booked)).toBe(warn);
  });
});

describe('meeting warnings never block, they explain', () => {
  it.each([
    { date: '2026-06-22', warnings: [] },
    { date: '2026-06-19', warnings: ['not_working_day'] },
    { date: '2026-06-18', warnings: ['outside_window'] },
    { date: '2026-07-18', warnings: ['outside_window', 'not_working_day'] },
  ])('housing 2026-05-22, meeting $date → $warnings', ({ date, warnings }) => {
    expect(meetingWarnings('2026-05-22', date)).toEqual(warnings);
  });
});

describe('plausible dates', () => {
  it.each([
    { kind: 'housingDate', date: '2021-11-25', ok: true },
    { kind: 'housingDate', date: '2020-11-01', ok: false },
    { kind: 'housingDate', date: '2027-11-23', ok: true },
    { kind: 'housingDate', date: '2027-11-25', ok: false },
    { kind: 'meetingDate', date: '2025-11-22', ok: true },
    { kind: 'meetingDate', date: '2025-11-21', ok: false },
    { kind: 'heldOn', date: '2026-11-23', ok: true },
    { kind: 'heldOn', date: '2026-11-24', ok: false },
    { kind: 'heldOn', date: '+010000-01-01', ok: false },
  ] as const)('$kind $date → $ok (today 2026-11-23)', ({ kind, date, ok }) => {
    expect(withinDateLimit(kind, date, '2026-11-23')).toBe(ok);
  });
});
