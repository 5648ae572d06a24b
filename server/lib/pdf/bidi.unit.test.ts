import { describe, expect, it } from 'vitest';
import { embeddingLevels, paragraphDirection, visualPieces, visualString, type Direction } from './bidi.ts';
import { facesOf } from './runs.ts';

/** The line as a reader sees it from left to right, Arabic letters written here in their logical order reversed. */
const visual = (text: string, direction: Direction | 'auto') => visualString(text, direction, facesOf(text));

describe('bidi line handling', () => {
  it.each([
    ['Swedish stays as it is', 'Tider: måndag 08:30–12:00', 'ltr', 'Tider: måndag 08:30–12:00'],
    // Right to left: the first logical word is on the right, and numbers and Latin words keep their own order.
    ['Persian words run right to left', 'کار در مالمو', 'rtl', 'وملام رد راک'],
    ['a number inside Persian keeps its digits in order', 'سال 2027 کار', 'rtl', 'راک 2027 لاس'],
    ['a Latin word inside Persian keeps its letters in order', 'کلاس SFI سطح', 'rtl', 'حطس SFI سالک'],
    ['two Latin words inside Arabic stay in their order', 'في SFI Sjöstad اليوم', 'rtl', 'مويلا SFI Sjöstad يف'],
    ['a colon after an Arabic label ends up on its left', 'المكان: Malmö', 'rtl', 'Malmö :ناكملا'],
    ['an isolated time is not turned around', 'الساعة \u206608:30–12:00\u2069', 'rtl', '08:30–12:00 ةعاسلا'],
    ['without the isolate the bidi algorithm turns the times around', 'الساعة 08:30–12:00', 'rtl', '12:00–08:30 ةعاسلا'],
    ['an isolated ISO date keeps its order', 'من \u20662026-11-02\u2069', 'rtl', '2026-11-02 نم'],
    ['brackets are mirrored in right-to-left text', 'اجتماع (مهم)', 'rtl', '(مهم) عامتجا'],
    ['a Persian goal in a Swedish document, direction from its own first letter', 'می‌خواهم 3 روز', 'auto', 'زور 3 مهاوخ‌یم'],
    ['a Swedish title in an Arabic document', 'Möte om praktik', 'auto', 'Möte om praktik'],
  ])('%s', (_name, text, direction, expected) => {
    expect(visual(text, direction as Direction | 'auto')).toBe(expected);
  });

  it('takes the paragraph direction from the first strong letter, the fallback when there is none', () => {
    expect(paragraphDirection('Jag vill', 'rtl')).toBe('ltr');
    expect(paragraphDirection('2027 می‌خواهم', 'ltr')).toBe('rtl');
    expect(paragraphDirection('08:30', 'rtl')).toBe('rtl');
  });

  it('orders the pieces of one line only, and hands Arabic to the font in logical order for shaping', () => {
    const text = 'کلاس SFI سطح C در مالمو';
    const faces = facesOf(text);
    const levels = embeddingLevels(text, 'rtl');
    // The first line is "کلاس SFI سطح" (up to the space before C).
    const pieces = visualPieces(text, levels, faces, 0, 12);
    // Spaces between the words are pieces of their own where the level changes; they only move the pen.
    expect(pieces.filter((p) => p.text.trim() !== '').map((p) => [p.face, p.text.trim()])).toEqual([
      ['arabic', 'سطح'],
      ['latin', 'SFI'],
      ['arabic', 'کلاس'],
    ]);
    expect(pieces.every((p) => p.start >= 0 && p.end <= 12)).toBe(true);
  });

  it('draws nothing for the invisible bidi controls', () => {
    const text = 'از \u20662026\u2069';
    const pieces = visualPieces(text, embeddingLevels(text, 'rtl'), facesOf(text), 0, text.length);
    expect(pieces.map((p) => p.text).join('')).not.toMatch(/[\u2066-\u2069]/);
  });
});
