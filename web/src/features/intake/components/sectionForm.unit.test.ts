import { describe, expect, it } from 'vitest';
import { emptyContent, isEmptySection, parseYear } from './sectionForm.ts';

describe('parseYear', () => {
  it.each([
    ['2012', 2012],
    [' 1999 ', 1999],
    ['', null],
    ['12', null],
    ['2012.5', null],
    ['abcd', null],
    ['2101', null],
  ])('%j → %j', (text, year) => expect(parseYear(text)).toBe(year));
});

describe('isEmptySection', () => {
  it.each([
    ['education', emptyContent('education'), true],
    ['goals', { text: '  ' }, true],
    ['goals', { text: 'Bli elektriker' }, false],
    ['driving_licence', emptyContent('driving_licence'), false],
    ['languages', { entries: [{ language: 'ar', level: 'native' }] }, false],
  ] as const)('%s %j → %s', (kind, content, empty) => expect(isEmptySection(kind, content as Record<string, unknown>)).toBe(empty));
});
