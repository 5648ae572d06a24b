import { describe, expect, it } from 'vitest';
import sv from './sv.json';
import svLattlast from './sv-lattlast.json';
import { PARTICIPANT_NAMESPACES } from './languages.ts';
import { addCounts, lix, lixCounts, lixOfCounts, ordinaryText, stripPlaceholders, type LixCounts } from './lix.ts';

// The participant reads these catalogues in their own view: plain Swedish (LIX ≤ 40, "ordinary text") and
// easy-to-read Swedish (LIX ≤ 30). No namespace may stray more than 10 above its language's limit.
const LIMITS = { sv: 40, 'sv-lattlast': 30 } as const;
const NAMESPACE_SLACK = 10;
// Names, not prose: what organisations, roles and data categories are called. The person must recognise them as the
// agencies write them ("Kommunens arbetsmarknadsenhet"), so they are kept out of the measure.
const NAME_NAMESPACES: ReadonlySet<string> = new Set(['meta', 'language', 'roles', 'organisationKinds', 'categories', 'idKinds']);

type Tree = { [key: string]: string | Tree };

describe('lix', () => {
  // Hand-counted: words, words longer than six letters, sentences, and LIX = words/sentences + 100 × long/words.
  it.each([
    ['Jag har en katt.', { words: 4, longWords: 0, sentences: 1 }, 4],
    ['Arbetsförmedlingen ringer dig. Du svarar.', { words: 5, longWords: 1, sentences: 2 }, 2.5 + 20],
    ['Samtycke behövs', { words: 2, longWords: 1, sentences: 1 }, 2 + 50],
    ['Ta med t.ex. pass och kom kl. 9 i dag.', { words: 10, longWords: 0, sentences: 1 }, 10],
    ['Skäl: inget svar.', { words: 3, longWords: 0, sentences: 2 }, 1.5],
    ['Din SFI-nivå och din e-post!', { words: 5, longWords: 1, sentences: 1 }, 5 + 20],
    ['Vem ser mina uppgifter? Organisationer med samtycke.', { words: 7, longWords: 3, sentences: 2 }, 3.5 + (100 * 3) / 7],
    ['Laddar …', { words: 1, longWords: 0, sentences: 1 }, 1],
    ['', { words: 0, longWords: 0, sentences: 0 }, 0],
  ] as const)('%j', (text, counts, expected) => {
    expect(lixCounts(text)).toEqual(counts);
    expect(lix(text)).toBeCloseTo(expected, 6);
  });

  it('adds texts up before dividing, so long texts weigh more than short ones', () => {
    const both = addCounts([lixCounts('Jag har en katt.'), lixCounts('Arbetsförmedlingen ringer dig. Du svarar.')]);
    expect(both).toEqual({ words: 9, longWords: 1, sentences: 3 });
    expect(lixOfCounts(both)).toBeCloseTo(3 + 100 / 9, 6);
  });

  it('leaves placeholders out', () => {
    expect(stripPlaceholders('Välkommen, {{name}}. Du har {{count}} nya.')).toBe('Välkommen, . Du har nya.');
    expect(lixCounts(stripPlaceholders('Välkommen, {{name}}. Du har {{count}} nya.'))).toEqual({ words: 4, longWords: 1, sentences: 2 });
  });

  it('counts as ordinary text only strings of five words or more', () => {
    const tree = { a: 'Spara', b: { c: 'Du kan ändra det här när du vill.', d: '{{a}} {{b}} {{c}} {{d}} {{e}} ord' } };
    expect(ordinaryText(tree)).toEqual([['b.c', 'Du kan ändra det här när du vill.']]);
  });
});

function measure(catalogue: Tree): { total: LixCounts; namespaces: Array<{ namespace: string; strings: number; counts: LixCounts }> } {
  const namespaces = PARTICIPANT_NAMESPACES.flatMap((namespace) => {
    if (NAME_NAMESPACES.has(namespace)) return [];
    const subtree = catalogue[namespace];
    if (typeof subtree !== 'object') return [];
    const texts = ordinaryText(subtree);
    if (texts.length === 0) return [];
    return [{ namespace, strings: texts.length, counts: addCounts(texts.map(([, text]) => lixCounts(text))) }];
  });
  return { total: addCounts(namespaces.map((n) => n.counts)), namespaces };
}

const round = (value: number) => Math.round(value * 10) / 10;

describe.each([
  ['sv', sv as Tree],
  ['sv-lattlast', svLattlast as Tree],
] as const)('readability of the participant-facing %s', (language, catalogue) => {
  const limit = LIMITS[language];
  const { total, namespaces } = measure(catalogue);

  it(`has LIX ≤ ${limit} over all ordinary text`, () => {
    const perNamespace = namespaces.map((n) => `${n.namespace} ${round(lixOfCounts(n.counts))} (${n.strings})`).join(', ');
    console.log(
      `LIX ${language}: ${round(lixOfCounts(total))} over ${total.words} words in ${total.sentences} sentences; per namespace (strings): ${perNamespace}`,
    );
    expect(total.words).toBeGreaterThan(500);
    expect(lixOfCounts(total)).toBeLessThanOrEqual(limit);
  });

  it(`has no namespace above LIX ${limit + NAMESPACE_SLACK}`, () => {
    const tooHard = namespaces
      .filter((n) => lixOfCounts(n.counts) > limit + NAMESPACE_SLACK)
      .map((n) => `${n.namespace}: ${round(lixOfCounts(n.counts))}`);
    expect(tooHard).toEqual([]);
  });
});
