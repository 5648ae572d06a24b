import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../common/errors.ts';
import { DATA_CATEGORIES, ORGANISATION_KINDS, ROLES } from '../../../common/roles.ts';
import sv from './sv.json';
import en from './en.json';
import ar from './ar.json';
import svLattlast from './sv-lattlast.json';
import fa from './fa.json';
import ti from './ti.json';
import so from './so.json';
import uk from './uk.json';
import kmr from './kmr.json';
import ps from './ps.json';
import { PARTICIPANT_NAMESPACES } from './languages.ts';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

function lookup(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

describe('translation catalogues', () => {
  const reference = keys(sv).sort();

  it.each([
    ['en', en],
    ['ar', ar],
  ] as const)('%s has exactly the Swedish keys, with the same placeholders', (_name, catalogue) => {
    expect(keys(catalogue).sort()).toEqual(reference);
    for (const key of reference) {
      expect(placeholders(lookup(catalogue, key) ?? ''), key).toEqual(placeholders(lookup(sv, key) ?? ''));
    }
  });

  const participantFacing = reference.filter((key) => (PARTICIPANT_NAMESPACES as readonly string[]).includes(key.split('.')[0] ?? ''));

  it.each([
    ['sv-lattlast', svLattlast],
    ['fa', fa],
    ['ti', ti],
    ['so', so],
    ['uk', uk],
    ['kmr', kmr],
    ['ps', ps],
  ] as const)('%s has every participant-facing Swedish key, with the same placeholders, and no others', (_name, catalogue) => {
    const own = keys(catalogue as Tree);
    expect(
      participantFacing.filter((key) => !own.includes(key)),
      'missing',
    ).toEqual([]);
    expect(
      own.filter((key) => !participantFacing.includes(key)),
      'not participant-facing or not in Swedish',
    ).toEqual([]);
    for (const key of participantFacing) {
      expect(placeholders(lookup(catalogue as Tree, key) ?? ''), key).toEqual(placeholders(lookup(sv, key) ?? ''));
      expect(lookup(catalogue as Tree, key)?.trim(), key).not.toBe('');
    }
  });

  it('translates every error code, role, organisation kind and data category', () => {
    const wanted = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...ROLES.flatMap((r) => [`roles.${r}`, `start.roleIntro.${r}`]),
      ...ORGANISATION_KINDS.map((k) => `organisationKinds.${k}`),
      ...DATA_CATEGORIES.map((c) => `categories.${c}`),
    ];
    expect(wanted.filter((key) => !reference.includes(key))).toEqual([]);
  });
});
