import { describe, expect, it } from 'vitest';
import { comingAndHeld, swedishClock, swedishDateTime, swedishInstant } from './time.ts';

describe('Swedish time', () => {
  it.each([
    // Winter: an hour ahead of UTC; summer: two.
    ['2026-12-10', '13:00', '2026-12-10T12:00:00.000Z'],
    ['2026-06-15', '09:30', '2026-06-15T07:30:00.000Z'],
    ['2027-01-01', '00:30', '2026-12-31T23:30:00.000Z'],
    // The days summer time begins (last Sunday of March) and ends (last Sunday of October).
    ['2026-03-29', '12:00', '2026-03-29T10:00:00.000Z'],
    ['2026-10-25', '12:00', '2026-10-25T11:00:00.000Z'],
  ])('%s %s in Sweden is %s', (date, time, instant) => {
    expect(swedishInstant(date, time)).toBe(instant);
    expect(swedishClock(instant)).toEqual({ date, time });
  });

  it.each([
    ['2026-02-30', '10:00'],
    ['2026-12-10', '24:00'],
    ['10/12/2026', '10:00'],
    ['2026-12-10', ''],
  ])('refuses %s %s', (date, time) => expect(swedishInstant(date, time)).toBeNull());

  it('shows an instant as the day and time in Sweden', () => expect(swedishDateTime('2026-12-04T15:05:00Z')).toBe('2026-12-04 16:05'));
});

describe('coming and held meetings', () => {
  it('puts the nearest coming meeting first, and one later today among them', () => {
    const latestFirst = [
      { id: 'next-month', startsAt: '2027-01-14T12:00:00Z' },
      { id: 'tonight', startsAt: '2026-12-10T17:00:00Z' },
      { id: 'this-morning', startsAt: '2026-12-10T08:00:00Z' },
      { id: 'yesterday', startsAt: '2026-12-09T22:30:00Z' },
      { id: 'last-month', startsAt: '2026-11-12T12:00:00Z' },
    ];
    const { coming, held } = comingAndHeld(latestFirst, '2026-12-10');
    expect(coming.map((m) => m.id)).toEqual(['this-morning', 'tonight', 'next-month']);
    // 23:30 UTC on the 9th would already be the 10th in Sweden; 22:30 is still the 9th.
    expect(held.map((m) => m.id)).toEqual(['yesterday', 'last-month']);
  });
});
