/**
 * LIX (läsbarhetsindex, Björnsson 1968): words per sentence + 100 × share of words longer than six letters.
 * Used by readability.unit.test.ts to keep the Swedish a participant reads plain. Around 30 is easy text,
 * around 40 is newspaper text, 50 and above is official prose.
 */

/** Counts of one text (or of many texts added together). */
export interface LixCounts {
  words: number;
  longWords: number;
  sentences: number;
}

// Abbreviations whose full stops do not end a sentence ("t.ex. B, C", "kl. 9").
const ABBREVIATIONS = /(?<![\p{L}\p{N}])(?:t\.\s?ex|bl\.\s?a|t\.\s?o\.\s?m|o\.\s?s\.\s?v|m\.\s?m|kl|tim|ca|nr|s\.\s?k)\./giu;

/** Words: runs of letters and digits, joined by hyphens or apostrophes ("e-postadress" is one word). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** A sentence ends at . ! ? or : followed by a space or the end of the text (colons count, as in Björnsson's LIX). */
const SENTENCE_END = /[.!?:…]+(?=\s|$)/gu;

/** Removes {{placeholders}}, which are filled in at run time and are not words the writer chose. */
export function stripPlaceholders(text: string): string {
  return text
    .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Letters in a word, not counting hyphens or apostrophes ("SFI-nivå" has 7). */
function letterCount(word: string): number {
  return (word.match(/[\p{L}\p{N}]/gu) ?? []).length;
}

export function lixCounts(text: string): LixCounts {
  // "t.ex." is one word and ends no sentence: drop the full stops of known abbreviations first.
  const withoutAbbreviations = text.replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/[.\s]/g, ''));
  const found = words(withoutAbbreviations);
  if (found.length === 0) return { words: 0, longWords: 0, sentences: 0 };
  const ends = (withoutAbbreviations.match(SENTENCE_END) ?? []).length;
  // A text that does not end with a full stop (a heading, a label) still is one sentence at its end.
  const openEnd = /[.!?:…]\s*$/u.test(withoutAbbreviations) ? 0 : 1;
  return {
    words: found.length,
    longWords: found.filter((word) => letterCount(word) > 6).length,
    sentences: ends + openEnd,
  };
}

export function addCounts(counts: readonly LixCounts[]): LixCounts {
  return counts.reduce(
    (sum, c) => ({ words: sum.words + c.words, longWords: sum.longWords + c.longWords, sentences: sum.sentences + c.sentences }),
    { words: 0, longWords: 0, sentences: 0 },
  );
}

export function lixOfCounts(counts: LixCounts): number {
  if (counts.words === 0 || counts.sentences === 0) return 0;
  return counts.words / counts.sentences + (100 * counts.longWords) / counts.words;
}

export function lix(text: string): number {
  return lixOfCounts(lixCounts(text));
}

/** The fewest words for a string to count as ordinary text rather than a label, a button or a table heading. */
export const ORDINARY_MIN_WORDS = 5;

type Tree = { [key: string]: string | Tree };

/** Every string of a catalogue subtree, placeholders removed, with its key. */
export function strings(tree: Tree, prefix = ''): Array<[key: string, text: string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, stripPlaceholders(value)]] : strings(value, `${prefix}${key}.`),
  );
}

/** The ordinary text of a catalogue subtree: strings of at least ORDINARY_MIN_WORDS words once placeholders are gone. */
export function ordinaryText(tree: Tree): Array<[key: string, text: string]> {
  return strings(tree).filter(([, text]) => words(text).length >= ORDINARY_MIN_WORDS);
}
