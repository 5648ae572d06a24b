import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../common/errors.ts';
import { DATA_CATEGORIES, ORGANISATION_KINDS, ROLES } from '../../../common/roles.ts';
import sv from './sv.json';
import en from './en.json';
import ar from './ar.json';

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
