import { describe, expect, it } from 'vitest';
import { discloseMatches, namesMatch, normaliseName, type Candidate } from './matching.ts';

describe('normaliseName', () => {
  it.each([
    ['Amina Hassan', 'amina hassan'],
    ['  ÅSA   Öberg ', 'asa oberg'],
    ['Al-Hassan', 'al hassan'],
    ['Müller', 'muller'],
    ['José María', 'jose maria'],
    ["O'Brien", 'o brien'],
    ['محمد', 'محمد'],
    ['123', ''],
  ])('%s → %s', (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });
});

describe('namesMatch (the birth date already agrees)', () => {
  const n = (givenName: string, familyName: string) => ({ givenName, familyName });
  it.each([
    ['same name', n('Amina', 'Hassan'), n('Amina', 'Hassan'), true],
    ['case and spaces', n('amina ', 'HASSAN'), n('Amina', 'Hassan'), true],
    ['given and family swapped', n('Hassan', 'Amina'), n('Amina', 'Hassan'), true],
    ['an extra middle name', n('Amina Yusuf', 'Hassan'), n('Amina', 'Hassan'), true],
    ['diacritics', n('Zoë', 'Ångström'), n('Zoe', 'Angstrom'), true],
    ['hyphen or space', n('Ali', 'Al-Sayed'), n('Ali', 'Al Sayed'), true],
    ['same family name, other given name', n('Amina', 'Hassan'), n('Fatima', 'Hassan'), false],
    ['same given name, other family name', n('Amina', 'Hassan'), n('Amina', 'Ali'), false],
    ['one-word names that agree', n('Sara', ''), n('Sara', ''), true],
    ['a one-word name within a longer one', n('Sara', ''), n('Sara', 'Berhe'), true],
    ['nothing but punctuation', n('--', ''), n('Sara', 'Berhe'), false],
  ])('%s: %s', (_name, a, b, expected) => {
    expect(namesMatch(a, b)).toBe(expected);
    expect(namesMatch(b, a)).toBe(expected);
  });
});

describe('discloseMatches: what a match tells the searcher', () => {
  const c = (id: string, matchedOn: Candidate['matchedOn'], access: Candidate['access']): Candidate => ({ id, matchedOn, access });
  it.each([
    ['no match', [], { visible: [], consentRequired: [], registeredInArea: false, possibleMatchHidden: false }],
    [
      'a number match the searcher may see',
      [c('p1', 'personal_number', 'visible')],
      { visible: [{ id: 'p1', matchedOn: 'personal_number' }], consentRequired: [], registeredInArea: false, possibleMatchHidden: false },
    ],
    [
      'a number match the searcher may not see: said, without name or id',
      [c('p1', 'personal_number', 'unknown')],
      { visible: [], consentRequired: [], registeredInArea: true, possibleMatchHidden: false },
    ],
    [
      'a name match the searcher may not see: only that one exists',
      [c('p1', 'name_birth_date', 'unknown'), c('p2', 'name_birth_date', 'unknown')],
      { visible: [], consentRequired: [], registeredInArea: false, possibleMatchHidden: true },
    ],
    [
      'known without consent: the id only',
      [c('p1', 'name_birth_date', 'consent_required')],
      { visible: [], consentRequired: [{ id: 'p1', matchedOn: 'name_birth_date' }], registeredInArea: false, possibleMatchHidden: false },
    ],
    [
      'the same person by number and by name counts as a number match',
      [c('p1', 'name_birth_date', 'unknown'), c('p1', 'personal_number', 'unknown')],
      { visible: [], consentRequired: [], registeredInArea: true, possibleMatchHidden: false },
    ],
    [
      'a visible match beside a hidden one',
      [c('p1', 'name_birth_date', 'visible'), c('p2', 'name_birth_date', 'unknown')],
      { visible: [{ id: 'p1', matchedOn: 'name_birth_date' }], consentRequired: [], registeredInArea: false, possibleMatchHidden: true },
    ],
  ] as const)('%s', (_name, candidates, expected) => {
    expect(discloseMatches(candidates as unknown as Candidate[])).toEqual(expected);
  });
  it('never puts a hidden person’s id in the answer', () => {
    const answer = JSON.stringify(
      discloseMatches([c('secret-1', 'personal_number', 'unknown'), c('secret-2', 'name_birth_date', 'unknown')]),
    );
    expect(answer).not.toContain('secret');
  });
});
