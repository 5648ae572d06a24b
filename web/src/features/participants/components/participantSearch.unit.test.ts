import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../types.ts';
import { emptySearch, formFromSearch, mayRegister, validateSearch } from './participantSearch.ts';

describe('validateSearch', () => {
  it.each([
    [{ ...emptySearch }, { personalNumber: 'required' }, null],
    [{ ...emptySearch, personalNumber: '12345' }, { personalNumber: 'personalNumberFormat' }, null],
    [{ ...emptySearch, personalNumber: ' 19840203-9806 ' }, {}, { personalNumber: '19840203-9806' }],
    [{ ...emptySearch, by: 'name' as const, givenName: 'Amina' }, { familyName: 'required', birthDate: 'required' }, null],
    [
      { ...emptySearch, by: 'name' as const, givenName: ' Amina ', familyName: 'Hassan', birthDate: '1984-02-03', personalNumber: 'x' },
      {},
      { givenName: 'Amina', familyName: 'Hassan', birthDate: '1984-02-03' },
    ],
  ])('%j', (values, errors, input) => {
    expect(validateSearch(values)).toEqual({ errors, input });
  });
});

describe('mayRegister', () => {
  const none: SearchResult = { visible: [], consentRequired: [], registeredInArea: false, possibleMatchHidden: false };
  const visible = (matchedOn: 'personal_number' | 'name_birth_date') =>
    ({ id: 'p', matchedOn, engagedByOwnOrganisation: true }) as unknown as SearchResult['visible'][number];
  it.each([
    ['no match', none, true],
    ['a hidden possible match (the user decides)', { ...none, possibleMatchHidden: true }, true],
    ['a visible name match', { ...none, visible: [visible('name_birth_date')] }, true],
    ['the number is registered, hidden', { ...none, registeredInArea: true }, false],
    ['the number is registered, visible', { ...none, visible: [visible('personal_number')] }, false],
  ])('%s: %s', (_n, result, expected) => {
    expect(mayRegister(result)).toBe(expected);
  });
});

describe('formFromSearch', () => {
  it('carries the number, or the name and birth date as a reserve id', () => {
    expect(formFromSearch({ ...emptySearch, personalNumber: ' 198402039806' })).toMatchObject({
      idKind: 'personnummer',
      personalNumber: '198402039806',
    });
    expect(formFromSearch({ ...emptySearch, by: 'name', givenName: 'A', familyName: 'B', birthDate: '1990-01-01' })).toMatchObject({
      idKind: 'reserve',
      givenName: 'A',
      familyName: 'B',
      birthDate: '1990-01-01',
    });
  });
});
