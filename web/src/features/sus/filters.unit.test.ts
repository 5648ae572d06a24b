import { describe, expect, it } from 'vitest';
import { filtersFrom, periodRunsBackwards, withFilter } from './filters.ts';

const ID = '2a0b57ee-4200-4974-87ca-deb3ee42d820';
const TODAY = '2026-05-14';

describe('the SUS report’s filters from the address', () => {
  it.each([
    ['', { from: '2026-01-01', to: TODAY }],
    [`initiativeId=${ID}&from=2023-05-01&to=2025-12-31`, { initiativeId: ID, from: '2023-05-01', to: '2025-12-31' }],
    ['from=2024-02-01', { from: '2024-02-01', to: TODAY }],
    ['initiativeId=not-an-id&from=1%20maj&to=', { from: '2026-01-01', to: TODAY }],
  ])('%j is %j', (search, expected) => {
    expect(filtersFrom(new URLSearchParams(search), TODAY)).toEqual(expected);
  });

  it('knows a period that ends before it starts', () => {
    expect(periodRunsBackwards({ from: '2026-02-01', to: '2026-01-31' })).toBe(true);
    expect(periodRunsBackwards({ from: '2026-02-01', to: '2026-02-01' })).toBe(false);
  });

  it('changes one filter in the address and leaves the others', () => {
    const current = new URLSearchParams(`initiativeId=${ID}&from=2024-01-01`);
    expect(withFilter(current, 'to', '2024-06-30').toString()).toBe(`initiativeId=${ID}&from=2024-01-01&to=2024-06-30`);
    expect(withFilter(current, 'initiativeId', null).toString()).toBe('from=2024-01-01');
    expect(current.toString()).toBe(`initiativeId=${ID}&from=2024-01-01`);
  });
});
