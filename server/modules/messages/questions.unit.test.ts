import { describe, expect, it } from 'vitest';
import { questionDueDate, questionOverdue } from './questions.ts';

describe('when a question is due', () => {
  it.each([
    // asked (UTC)               days  due           why
    ['2026-11-23T09:00:00Z', 3, '2026-11-26'], // Monday → Thursday
    ['2026-11-27T09:00:00Z', 2, '2026-12-01'], // Friday → Tuesday, over the weekend
    ['2026-11-27T23:30:00Z', 1, '2026-11-30'], // Saturday 00:30 in Stockholm → Monday
    ['2026-12-23T10:00:00Z', 1, '2026-12-28'], // Christmas eve, Christmas day and Boxing day are closed
    ['2026-12-30T10:00:00Z', 1, '2027-01-04'], // New Year's eve, New Year's day and the weekend
    ['2026-06-18T10:00:00Z', 1, '2026-06-22'], // midsummer eve is closed
  ])('asked %s with %i working days is due %s', (askedAt, days, due) => {
    expect(questionDueDate(askedAt, days)).toBe(due);
  });

  it.each([
    ['2026-11-26', '2026-11-26', false],
    ['2026-11-26', '2026-11-27', true],
    ['2026-11-26', '2026-11-25', false],
  ])('due %s, today %s: overdue %s', (due, today, overdue) => {
    expect(questionOverdue(due, today)).toBe(overdue);
  });
});
