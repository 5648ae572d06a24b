import { describe, expect, it } from 'vitest';
import { filtered, readAddress, writeAddress } from './address.ts';

describe('the register’s address', () => {
  it.each([
    ['nothing', '', { filters: {}, view: 'list', year: null }],
    [
      'every filter',
      'q=jobb+spår&municipality=Sjöstad&role=employer&state=running',
      { filters: { q: 'jobb spår', municipality: 'Sjöstad', role: 'employer', state: 'running' }, view: 'list', year: null },
    ],
    ['words trimmed', 'q=%20%20jobb%20', { filters: { q: 'jobb' }, view: 'list', year: null }],
    ['an unknown role and state left out', 'role=owner&state=paused', { filters: {}, view: 'list', year: null }],
    ['words too long left out', `q=${'x'.repeat(101)}`, { filters: {}, view: 'list', year: null }],
    ['the network in a year', 'view=network&year=2025', { filters: {}, view: 'network', year: 2025 }],
    ['an unknown view is the list', 'view=map', { filters: {}, view: 'list', year: null }],
    ['a year that is no year', 'view=network&year=20x5', { filters: {}, view: 'network', year: null }],
    ['a year out of range', 'year=1999', { filters: {}, view: 'list', year: null }],
    ['half a year', 'year=2025.5', { filters: {}, view: 'list', year: null }],
  ] as const)('reads %s', (_label, search, expected) => {
    expect(readAddress(new URLSearchParams(search))).toEqual({
      ...expected,
      filters: { q: undefined, municipality: undefined, role: undefined, state: undefined, ...expected.filters },
    });
  });

  it.each([
    ['sets a filter', 'q=a', { state: 'running' }, 'q=a&state=running'],
    ['replaces one', 'q=a&state=running', { state: 'ended' }, 'q=a&state=ended'],
    ['takes an emptied one away', 'q=a&state=running', { q: '  ', state: null }, ''],
    ['trims words', '', { q: ' jobb ' }, 'q=jobb'],
    ['opens the network', 'q=a', { view: 'network' }, 'q=a&view=network'],
    ['the list needs no view', 'view=network&year=2024', { view: 'list', year: null }, ''],
  ] as const)('%s', (_label, search, change, expected) => {
    expect(writeAddress(new URLSearchParams(search), change).toString()).toBe(new URLSearchParams(expected).toString());
  });

  it.each([
    [{}, false],
    [{ q: undefined, state: undefined }, false],
    [{ role: 'procurer' as const }, true],
  ])('knows whether %o filters', (filters, expected) => {
    expect(filtered(filters)).toBe(expected);
  });
});
