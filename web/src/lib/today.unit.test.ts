import { afterEach, describe, expect, it, vi } from 'vitest';
import { today } from './format.ts';

describe('today in the web app', () => {
  afterEach(() => vi.useRealTimers());

  // Found at 23:05 UTC: a browser outside Swedish time proposed yesterday's date, which the server (counting
  // Swedish days) refused as before the engagement's start.
  it.each([
    ['2026-11-23T22:59:00Z', '2026-11-23'],
    ['2026-11-23T23:05:00Z', '2026-11-24'],
    ['2026-06-30T21:59:00Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
  ])('at %s it is %s, the Swedish day, wherever the browser is', (now, day) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(now));
    expect(today()).toBe(day);
  });
});
