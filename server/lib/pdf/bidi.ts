import bidiFactory from 'bidi-js';
import type { Face } from './fonts.ts';
import { isInvisible } from './runs.ts';

const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';
export type Levels = ReturnType<typeof bidi.getEmbeddingLevels>;

/** The bidi embedding levels of a paragraph (Unicode bidi algorithm, rules up to I2), `auto` from its first strong character. */
export function embeddingLevels(text: string, direction: Direction | 'auto'): Levels {
  return bidi.getEmbeddingLevels(text, direction === 'auto' ? undefined : direction);
}

/** The direction of a paragraph: its first strong character's, or `fallback` when it has none. */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  if (!/[\p{L}]/u.test(text)) return fallback;
  const level = embeddingLevels(text, 'auto').paragraphs[0]?.level ?? 0;
  return level % 2 === 1 ? 'rtl' : 'ltr';
}

/** A piece of one line, in visual order from left to right: one face, one level, and the text to hand to the font. */
export interface Piece {
  face: Face;
  level: number;
  /** Logical range in the paragraph: start inclusive, end exclusive. */
  start: number;
  end: number;
  /**
   * What the font lays out. Left-to-right pieces and right-to-left Arabic pieces keep logical order: the font
   * shapes Arabic (joining forms, ligatures) in logical order and then turns the run around itself. Other
   * right-to-left pieces (neutrals such as ": " or "(" between Arabic words) are reversed here, with mirrored
   * brackets, because the font would lay them out left to right.
   */
  text: string;
  /** The piece's characters in logical order, without the invisible bidi controls. */
  logical: string;
}

const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * The pieces of the line `[start, end)` of a paragraph in visual order (rules L1–L4): characters are reordered with
 * the paragraph's levels, then grouped while face and level stay the same and the logical index moves on by one.
 */
export function visualPieces(text: string, levels: Levels, faces: readonly Face[], start: number, end: number): Piece[] {
  if (end <= start) return [];
  // bidi-js answers with every index of the paragraph, reordered only inside the line: the line's part is its slice.
  const order = bidi
    .getReorderedIndices(text, levels, start, end - 1)
    .slice(start, end)
    .filter((i) => !isInvisible(text[i]!));
  const pieces: { face: Face; level: number; indices: number[] }[] = [];
  for (const i of order) {
    const level = levels.levels[i]!;
    const last = pieces.at(-1);
    const step = level % 2 === 1 ? -1 : 1;
    if (last && last.face === faces[i] && last.level === level && last.indices.at(-1)! + step === i) last.indices.push(i);
    else pieces.push({ face: faces[i]!, level, indices: [i] });
  }
  return pieces.map(({ face, level, indices }) => {
    const from = Math.min(...indices);
    const to = Math.max(...indices) + 1;
    const logical = [...text.slice(from, to)].filter((ch) => !isInvisible(ch)).join('');
    const rtl = level % 2 === 1;
    const drawn =
      !rtl || RTL_SCRIPT.test(logical)
        ? logical
        : [...logical]
            .reverse()
            .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
            .join('');
    return { face, level, start: from, end: to, text: drawn, logical };
  });
}

/** The line as a reader sees it, left to right (for tests and for checking a layout by eye). */
export function visualString(text: string, direction: Direction | 'auto', faces: readonly Face[]): string {
  const levels = embeddingLevels(text, direction);
  return visualPieces(text, levels, faces, 0, text.length)
    .map((p) => (p.level % 2 === 1 && RTL_SCRIPT.test(p.text) ? [...p.text].reverse().join('') : p.text))
    .join('');
}
