import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The faces Kitt's PDFs draw with: Noto Sans in the @fontsource subsets (Latin, Latin extended for Kurmanji and
 * Somali, Cyrillic for Ukrainian), Noto Sans Arabic (Arabic, Persian, Pashto) and Noto Sans Ethiopic (Tigrinya).
 * Each subset is its own font file, so the face is chosen per character from the ranges @fontsource publishes
 * for each file (its unicode.json, the same ranges the web app's CSS uses).
 */
export type Weight = 400 | 700;

interface FaceFile {
  face: string;
  pkg: string;
  /** The subset's name in the package's unicode.json and file names. */
  subset: string;
}

/** In order of preference: a character takes the first face whose file covers it. */
const FACES: readonly FaceFile[] = [
  { face: 'latin', pkg: 'noto-sans', subset: 'latin' },
  { face: 'latinExt', pkg: 'noto-sans', subset: 'latin-ext' },
  { face: 'cyrillic', pkg: 'noto-sans', subset: 'cyrillic' },
  { face: 'cyrillicExt', pkg: 'noto-sans', subset: 'cyrillic-ext' },
  { face: 'arabic', pkg: 'noto-sans-arabic', subset: 'arabic' },
  { face: 'ethiopic', pkg: 'noto-sans-ethiopic', subset: 'ethiopic' },
];

export type Face = (typeof FACES)[number]['face'];
export const FACE_NAMES: readonly Face[] = FACES.map((f) => f.face);
/** The face for characters no file covers: it draws the "missing glyph" box rather than dropping the character. */
export const FALLBACK_FACE: Face = 'latin';

export const faceName = (face: Face, weight: Weight) => `${face}-${weight}`;

const require = createRequire(import.meta.url);
const packageDir = (pkg: string) => dirname(require.resolve(`@fontsource/${pkg}/package.json`));

/** "U+0600-06FF,U+200C" → [[0x600, 0x6ff], [0x200c, 0x200c]]. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from!, 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

let coverage: Map<Face, [number, number][]> | null = null;

function ranges(): Map<Face, [number, number][]> {
  if (!coverage) {
    coverage = new Map();
    for (const f of FACES) {
      const table = JSON.parse(readFileSync(join(packageDir(f.pkg), 'unicode.json'), 'utf8')) as Record<string, string>;
      coverage.set(f.face, parseUnicodeRange(table[f.subset]!));
    }
  }
  return coverage;
}

/** Whether the file of `face` has a glyph for `codePoint`. Spaces are in every file, though not in every range. */
export function faceHas(face: Face, codePoint: number): boolean {
  if (codePoint === 0x20 || codePoint === 0xa0) return true;
  return ranges()
    .get(face)!
    .some(([from, to]) => codePoint >= from && codePoint <= to);
}

const files = new Map<string, Buffer>();

/** The font file of a face and weight, read once per process. */
export function fontFile(face: Face, weight: Weight): Buffer {
  const name = faceName(face, weight);
  let data = files.get(name);
  if (!data) {
    const f = FACES.find((x) => x.face === face)!;
    data = readFileSync(join(packageDir(f.pkg), 'files', `${f.pkg}-${f.subset}-${weight}-normal.woff`));
    files.set(name, data);
  }
  return data;
}
