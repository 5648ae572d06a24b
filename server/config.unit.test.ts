import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('the clock offset for tests', () => {
  it.each([
    [{}, 0],
    [{ KITT_CLOCK_OFFSET_DAYS: '3' }, 3],
    [{ KITT_CLOCK_OFFSET_DAYS: '0', NODE_ENV: 'production' }, 0],
  ])('%j gives %i days', (env, days) => {
    expect(readConfig(env).clockOffsetDays).toBe(days);
  });

  it.each([
    [{ KITT_CLOCK_OFFSET_DAYS: '2', NODE_ENV: 'production' }],
    [{ KITT_CLOCK_OFFSET_DAYS: '-1' }],
    [{ KITT_CLOCK_OFFSET_DAYS: 'x' }],
  ])('refuses %j', (env) => {
    expect(() => readConfig(env)).toThrow(/KITT_CLOCK_OFFSET_DAYS/);
  });
});
