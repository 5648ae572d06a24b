import { FACE_NAMES, FALLBACK_FACE, faceHas, type Face } from './fonts.ts';

/** A stretch of text, in logical order, drawn with one face: `start` inclusive, `end` exclusive (UTF-16 indices). */
export interface Run {
  start: number;
  end: number;
  face: Face;
}

/** Directional marks and isolates: they steer the bidi algorithm but have no glyph, so they are never drawn. */
const INVISIBLE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
export const isInvisible = (ch: string) => INVISIBLE.test(ch);

/**
 * The face of every UTF-16 unit of `text`: the previous character's face when it has the glyph (so spaces, marks,
 * joiners and punctuation stay inside the word's run and Arabic is shaped across them), otherwise the first face
 * that has it. `preferred` comes first for text with no context yet, e.g. the document's language's script.
 */
export function facesOf(text: string, preferred: readonly Face[] = []): Face[] {
  const order = [...preferred, ...FACE_NAMES.filter((f) => !preferred.includes(f))];
  const result: Face[] = [];
  let previous: Face | null = null;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let face: Face;
    if (isInvisible(ch)) face = previous ?? order[0] ?? FALLBACK_FACE;
    else if (previous !== null && faceHas(previous, cp)) face = previous;
    else face = order.find((f) => faceHas(f, cp)) ?? FALLBACK_FACE;
    for (let i = 0; i < ch.length; i++) result.push(face);
    if (!isInvisible(ch)) previous = face;
  }
  return result;
}

/** Splits `text` into runs of one face each (see facesOf). */
export function scriptRuns(text: string, preferred: readonly Face[] = []): Run[] {
  const faces = facesOf(text, preferred);
  const runs: Run[] = [];
  for (let i = 0; i < faces.length; i++) {
    const last = runs.at(-1);
    if (last && last.face === faces[i]) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, face: faces[i]! });
  }
  return runs;
}
