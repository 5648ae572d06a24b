import { describe, expect, it } from 'vitest';
import { formatKronor, kronorText, parseKronor, parseSignedKronor } from './money.ts';

describe('parseKronor', () => {
  it.each([
    ['1250', 125000],
    ['1 250', 125000],
    ['1250,5', 125050],
    ['1250.50', 125050],
    ['0,01', 1],
    ['19 000 kr', 1900000],
    ['0.1', 10],
    ['', null],
    ['12,345', null],
    ['-5', null],
    ['1e3', null],
  ])('%j → %j', (text, ore) => expect(parseKronor(text)).toBe(ore));
});

describe('formatKronor', () => {
  it('shows kronor with Latin digits in every language', () => {
    expect(formatKronor(1900000, 'sv').replace(/\s/g, ' ')).toBe('19 000 kr');
    expect(formatKronor(1750050, 'sv').replace(/\s/g, ' ')).toBe('17 500,50 kr');
    expect(formatKronor(1900000, 'ar')).toMatch(/19[,.]?000/);
  });
});

describe('parseSignedKronor', () => {
  it.each([
    ['1 250', 125000],
    ['-1 250,50', -125050],
    ['\u22120,01', -1],
    ['- 5', -500],
    ['0', 0],
    ['--5', null],
    ['5-', null],
    ['', null],
  ])('%j → %j', (text, ore) => expect(parseSignedKronor(text)).toBe(ore));
});

describe('kronorText', () => {
  it('writes öre back as kronor the forms read again exactly', () => {
    expect([kronorText(1_250_050), kronorText(1_250_000), kronorText(1), kronorText(99), kronorText(-150)]).toEqual([
      '12500,50',
      '12500',
      '0,01',
      '0,99',
      '-1,50',
    ]);
    for (const ore of [0, 7, -7, 123_456_789, -100]) expect(parseSignedKronor(kronorText(ore))).toBe(ore);
  });
});
