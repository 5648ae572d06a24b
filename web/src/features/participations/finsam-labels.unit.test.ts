import { describe, expect, it } from 'vitest';
import finsamData from '../../../../common/finsam-categories.json';
import { FINSAM, type FinsamList } from '../../../../common/offer.ts';
import sv from '../../i18n/sv.json';
import en from '../../i18n/en.json';
import ar from '../../i18n/ar.json';

type Labels = Record<string, Record<string, string | Record<string, string>>>;

// The category lists are data that may be corrected; every code and every group must keep a label in each language.
describe('labels for the national follow-up categories', () => {
  const lists = Object.keys(finsamData.lists) as FinsamList[];
  it.each([
    ['sv', sv.finsam as unknown as Labels],
    ['en', en.finsam as unknown as Labels],
    ['ar', ar.finsam as unknown as Labels],
  ])('%s labels every list, code and group', (_lang, labels) => {
    const missing: string[] = [];
    for (const list of lists) {
      if (typeof labels.lists?.[list] !== 'string') missing.push(`lists.${list}`);
      for (const option of FINSAM[list]) {
        if (!(labels[list]?.[option.code] as string | undefined)?.trim()) missing.push(`${list}.${option.code}`);
        const groups = labels.groups?.[list] as Record<string, string> | undefined;
        if (option.group && !groups?.[option.group]?.trim()) missing.push(`groups.${list}.${option.group}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no label for a code the data does not have', () => {
    for (const list of lists) {
      const codes = new Set(FINSAM[list].map((o) => o.code));
      const labelled = Object.keys((sv.finsam as unknown as Labels)[list] ?? {});
      expect(
        labelled.filter((c) => !codes.has(c)),
        list,
      ).toEqual([]);
    }
  });
});
