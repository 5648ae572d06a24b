import { describe, expect, it } from 'vitest';
import { formatKronor, parseKronor } from './money.ts';

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
