import { describe, expect, it } from 'vitest';
import { dueDateRange, dueWindow, followUpDueDate, followUpState, followUpsFor, type FollowUpState } from './followups.ts';

describe('followUpDueDate', () => {
  it.each([
    ['2026-01-01', 90, '2026-04-01'],
    ['2026-01-01', 180, '2026-06-30'],
    // Month ends: 90 days after 30 November is the last day of February, in a common and in a leap year.
    ['2026-11-30', 90, '2027-02-28'],
    ['2027-11-30', 90, '2028-02-28'],
    ['2027-12-01', 90, '2028-02-29'],
    ['2028-02-29', 90, '2028-05-29'],
    ['2028-02-29', 365, '2029-02-28'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-01-31', 30, '2028-03-01'],
    // Over the new year and across a daylight-saving change (dates are calendar days, not 24-hour steps).
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-10-24', 2, '2026-10-26'],
    ['2026-06-15', 730, '2028-06-14'],
  ])('%s + %i days → %s', (end, days, due) => {
    expect(followUpDueDate(end, days)).toBe(due);
  });

  it('makes one follow-up per point, in order', () => {
    expect(followUpsFor('2026-03-31', [30, 90, 180])).toEqual([
      { daysAfterEnd: 30, dueDate: '2026-04-30' },
      { daysAfterEnd: 90, dueDate: '2026-06-29' },
      { daysAfterEnd: 180, dueDate: '2026-09-27' },
    ]);
    expect(followUpsFor('2026-03-31', [])).toEqual([]);
  });
});

describe('followUpState', () => {
  const due = '2026-06-30';
  it.each([
    ['2026-01-01', false, 'upcoming'],
    ['2026-06-22', false, 'upcoming'],
    ['2026-06-23', false, 'due'],
    ['2026-06-30', false, 'due'],
    ['2026-07-30', false, 'due'],
    ['2026-07-31', false, 'missed'],
    ['2027-06-30', false, 'missed'],
    ['2026-01-01', true, 'recorded'],
    ['2026-07-31', true, 'recorded'],
  ] as [string, boolean, FollowUpState][])('on %s (recorded %s) → %s', (today, recorded, state) => {
    expect(followUpState(due, recorded, today)).toBe(state);
  });

  it('has a window from 7 days before to 30 days after', () => {
    expect(dueWindow('2028-03-01')).toEqual({ from: '2028-02-23', to: '2028-03-31' });
  });

  // The list's date ranges must give exactly the states followUpState gives, day by day.
  it('agrees with dueDateRange for every due date around today', () => {
    const today = '2026-03-01';
    for (let offset = -60; offset <= 60; offset++) {
      const dueDate = followUpDueDate(today, offset);
      const state = followUpState(dueDate, false, today) as Exclude<FollowUpState, 'recorded'>;
      for (const s of ['upcoming', 'due', 'missed'] as const) {
        const r = dueDateRange(s, today);
        const inRange = (r.from === null || dueDate >= r.from) && (r.to === null || dueDate <= r.to);
        expect(inRange, `${dueDate} ${s}`).toBe(s === state);
      }
    }
  });
});
