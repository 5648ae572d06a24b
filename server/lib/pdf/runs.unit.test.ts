import { describe, expect, it } from 'vitest';
import { faceHas, parseUnicodeRange } from './fonts.ts';
import { facesOf, scriptRuns } from './runs.ts';

const runs = (text: string, preferred: string[] = []) => scriptRuns(text, preferred).map((r) => [r.face, text.slice(r.start, r.end)]);

describe('script runs', () => {
  it.each([
    ['plain Swedish', 'Jag vill jobba i Malmö', [['latin', 'Jag vill jobba i Malmö']]],
    [
      'Kurmanji letters outside Latin-1',
      'Ez dixwazim karê bikim ş',
      [
        ['latin', 'Ez dixwazim karê bikim '],
        ['latinExt', 'ş'],
      ],
    ],
    ['Ukrainian', 'Я хочу працювати', [['cyrillic', 'Я хочу працювати']]],
    ['Ukrainian ґ and ї are in the Cyrillic file', 'ґанок їжа', [['cyrillic', 'ґанок їжа']]],
    ['Tigrinya', 'ኣብ ቤት ብልዒ', [['ethiopic', 'ኣብ ቤት ብልዒ']]],
    ['Persian with a joiner: the ZWNJ stays inside the Arabic run', 'می‌خواهم کار', [['arabic', 'می‌خواهم کار']]],
    ['Arabic comma and question mark are Arabic glyphs', 'ماذا، لماذا؟', [['arabic', 'ماذا، لماذا؟']]],
    [
      'digits and colons inside Arabic come from Noto Sans: the Arabic file has none',
      'الساعة 08:30 صباحا',
      [
        ['arabic', 'الساعة '],
        ['latin', '08:30 '],
        ['arabic', 'صباحا'],
      ],
    ],
    [
      'a Latin word inside Persian',
      'کلاس SFI سطح C',
      [
        ['arabic', 'کلاس '],
        ['latin', 'SFI '],
        ['arabic', 'سطح '],
        ['latin', 'C'],
      ],
    ],
    [
      'Tigrinya with a date',
      'ሕዳር 23',
      [
        ['ethiopic', 'ሕዳር '],
        ['latin', '23'],
      ],
    ],
    [
      'a bidi isolate joins the run it sits in',
      'از \u20662026-11-02\u2069',
      [
        ['arabic', 'از \u2066'],
        ['latin', '2026-11-02\u2069'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(runs(text)).toEqual(expected);
  });

  it('takes the preferred face first for characters without context', () => {
    expect(runs('12', ['arabic'])).toEqual([['latin', '12']]);
    expect(runs(' ،', ['arabic'])).toEqual([['arabic', ' ،']]);
    expect(runs(' x', [])).toEqual([['latin', ' x']]);
  });

  it('gives a face to every UTF-16 unit, surrogate pairs included', () => {
    expect(facesOf('a😀b')).toHaveLength('a😀b'.length);
  });

  it.each([
    ['U+0600-06FF', [[0x600, 0x6ff]]],
    [
      'U+0131,U+0152-0153',
      [
        [0x131, 0x131],
        [0x152, 0x153],
      ],
    ],
    ['U+1EE00-1EE03', [[0x1ee00, 0x1ee03]]],
  ])('reads the unicode-range %s', (range, expected) => {
    expect(parseUnicodeRange(range)).toEqual(expected);
  });

  it('knows what each font file holds', () => {
    expect(faceHas('arabic', 'پ'.codePointAt(0)!)).toBe(true);
    expect(faceHas('arabic', '7'.codePointAt(0)!)).toBe(false);
    expect(faceHas('ethiopic', 'ሕ'.codePointAt(0)!)).toBe(true);
    expect(faceHas('latin', 'ş'.codePointAt(0)!)).toBe(false);
    expect(faceHas('latinExt', 'ş'.codePointAt(0)!)).toBe(true);
  });
});
