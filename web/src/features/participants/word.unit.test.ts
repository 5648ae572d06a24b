import { describe, expect, it } from 'vitest';
import { ORGANISATION_KINDS } from '../../../../common/roles.ts';
import sv from '../../i18n/sv.json';
import { participantWord, participantWordKey } from './word.ts';

describe('participantWord: each organisation sees the person under its own word', () => {
  it.each([
    ['arbetsformedlingen', 'kund'],
    ['labour_market_unit', 'sokande'],
    ['adult_education', 'elev'],
    ['social_services', 'deltagare'],
    ['region', 'deltagare'],
    ['social_enterprise', 'deltagare'],
    [null, 'deltagare'],
  ] as const)('%s → %s', (kind, word) => {
    expect(participantWord(kind)).toBe(word);
  });
  it('has a Swedish text for every kind, singular and plural', () => {
    const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], sv);
    for (const kind of [...ORGANISATION_KINDS, null])
      for (const form of ['one', 'many'] as const) expect(typeof lookup(participantWordKey(kind, form))).toBe('string');
    expect(lookup(participantWordKey('labour_market_unit', 'many'))).toBe('Sökande');
  });
});
