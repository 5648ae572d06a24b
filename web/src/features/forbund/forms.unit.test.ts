import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/http.ts';
import type { Allocation, BudgetYear, Party } from './api.ts';
import {
  allocationBody,
  allocationForm,
  allocationProblems,
  defaultMonth,
  fieldProblems,
  partyBody,
  partyForm,
  partyProblems,
  spendingBody,
  spendingForm,
  spendingProblems,
  yearBody,
  yearForm,
  yearProblems,
  type PartyForm,
  type YearForm,
} from './forms.ts';

describe('the party form', () => {
  const filled: PartyForm = { name: ' Sjöstads kommun ', kind: 'municipality', keyWeight: '45 120', organisationIds: ['o-1'] };

  it('reads the split key as a whole number, spaces allowed', () => {
    expect(partyProblems(filled)).toEqual({});
    expect(partyBody(filled)).toEqual({ name: 'Sjöstads kommun', kind: 'municipality', keyWeight: 45_120, organisationIds: ['o-1'] });
  });

  it.each([
    [{ keyWeight: '0' }, { keyWeight: 'key_weight' }],
    [{ keyWeight: '1,5' }, { keyWeight: 'key_weight' }],
    [{ keyWeight: '100000001' }, { keyWeight: 'key_weight' }],
    [{ keyWeight: ' ' }, { keyWeight: 'required' }],
    [
      { name: '', kind: '' },
      { name: 'required', kind: 'required' },
    ],
  ] as [Partial<PartyForm>, object][])('refuses %j', (change, expected) =>
    expect(partyProblems({ ...filled, ...change })).toEqual(expected),
  );

  it('starts from the party as it is', () => {
    const party: Party = {
      id: 'p-1',
      name: 'Region Sjöland',
      kind: 'region',
      keyWeight: 1,
      organisations: [{ id: 'o-2', name: 'Hälsocentralen' }],
      sharePpm: 250_000,
      version: 3,
    };
    expect(partyForm(party)).toEqual({ name: 'Region Sjöland', kind: 'region', keyWeight: '1', organisationIds: ['o-2'] });
  });
});

describe('the year form', () => {
  const filled: YearForm = { year: '2031', total: '4 000 000', openingEquity: '-125 000,50', note: ' ' };

  it('suggests the year after the latest, or this year when none is open', () => {
    expect(yearForm(null, [2024, 2025, 2026], 2026).year).toBe('2027');
    expect(yearForm(null, [], 2026).year).toBe('2026');
  });

  it('sends whole öre, a negative opening equity, and no empty note', () => {
    expect(yearProblems(filled, [2026], true)).toEqual({});
    expect(yearBody(filled, null)).toEqual({ year: 2031, totalOre: 400_000_000, openingEquityOre: -12_500_050, note: null, version: null });
    expect(yearBody({ ...filled, openingEquity: '' }, 4).openingEquityOre).toBeNull();
  });

  it('refuses a year already open only when opening one', () => {
    expect(yearProblems(filled, [2031], true)).toEqual({ year: 'year_exists' });
    expect(yearProblems(filled, [2031], false)).toEqual({});
  });

  it.each([
    [{ year: '1999' }, { year: 'year' }],
    [{ year: '20x1' }, { year: 'year' }],
    [{ total: '' }, { total: 'required' }],
    [{ total: '-5' }, { total: 'amount' }],
    [{ openingEquity: 'mycket' }, { openingEquity: 'signed_amount' }],
  ] as [Partial<YearForm>, object][])('refuses %j', (change, expected) =>
    expect(yearProblems({ ...filled, ...change }, [], true)).toEqual(expected),
  );

  it('writes a year back as kronor to type again', () => {
    const year = { year: 2026, totalOre: 400_000_050, openingEquityOre: -100, note: 'Beslut 12/2025', version: 2 } as BudgetYear;
    expect(yearForm(year, [2026], 2026)).toEqual({ year: '2026', total: '4000000,50', openingEquity: '-1', note: 'Beslut 12/2025' });
  });
});

describe('the allocation form', () => {
  it('sends null for the förbund’s own operation', () => {
    const f = { name: ' Kansli ', initiativeId: '', amount: '250 000' };
    expect(allocationProblems(f)).toEqual({});
    expect(allocationBody(f)).toEqual({ name: 'Kansli', initiativeId: null, amountOre: 25_000_000 });
    expect(allocationBody({ ...f, initiativeId: 'i-1' }).initiativeId).toBe('i-1');
    expect(allocationProblems({ name: '', initiativeId: '', amount: '-1' })).toEqual({ name: 'required', amount: 'amount' });
  });

  it('starts from the allocation as it is', () => {
    const a = { name: 'Steget vidare', initiativeId: 'i-1', allocatedOre: 12_345 } as Allocation;
    expect(allocationForm(a)).toEqual({ name: 'Steget vidare', initiativeId: 'i-1', amount: '123,45' });
  });
});

describe('the spending form', () => {
  it('takes a correction as a negative amount, never zero', () => {
    expect(spendingBody({ month: '3', amount: '-1 500', note: ' Fel faktura ' })).toEqual({
      month: 3,
      amountOre: -150_000,
      note: 'Fel faktura',
    });
    expect(spendingProblems({ month: '3', amount: '0', note: '' })).toEqual({ amount: 'not_zero' });
    expect(spendingProblems({ month: '3', amount: '', note: '' })).toEqual({ amount: 'required' });
    expect(spendingProblems({ month: '3', amount: '1 5OO', note: '' })).toEqual({ amount: 'signed_amount' });
    expect(spendingForm(7)).toEqual({ month: '7', amount: '', note: '' });
  });

  it('suggests this month in the current year, December of a year gone by, January of one to come', () => {
    expect([defaultMonth(2026, '2026-12-07'), defaultMonth(2025, '2026-12-07'), defaultMonth(2031, '2026-12-07')]).toEqual([12, 12, 1]);
    expect(defaultMonth(2026, '2026-03-31')).toBe(3);
  });
});

describe('fieldProblems', () => {
  it('puts the server’s reasons under the form’s fields, the form’s own check first', () => {
    const error = new ApiError(400, 'validation_failed', 'x', [
      { path: '/organisationIds/1', keyword: 'organisation_in_other_party' },
      { path: '/amountOre', keyword: 'maximum' },
      { path: '/year', keyword: 'year_not_open' },
      { path: '/name', keyword: 'minLength' },
    ]);
    expect(fieldProblems<{ name: string; amount: string }>({ name: 'required' }, error)).toEqual({
      organisationIds: 'organisation_in_other_party',
      amount: 'invalid',
      year: 'year_not_open',
      name: 'required',
    });
    expect(fieldProblems({}, new ApiError(409, 'conflict', 'x'))).toEqual({});
  });
});
