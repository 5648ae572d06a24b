import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testPersonalNumber, fictionalOrgNumber } from '../demo/numbers.ts';
import { birthDateOf, maskPersonalNumber, parseOrgNumber, parsePersonalNumber } from './identifiers.ts';

interface Vector {
  long_format: string;
  short_format: string;
  separated_format: string;
  separated_long: string;
  valid: boolean;
  type: 'ssn' | 'con';
}

const vectorsPath = path.resolve(import.meta.dirname, '../../../shared/standards/personnummer/list.json');
const localCopy = path.resolve(import.meta.dirname, '../test/personnummer-vectors.json');
const vectors: Vector[] = JSON.parse(fs.readFileSync(fs.existsSync(vectorsPath) ? vectorsPath : localCopy, 'utf8'));

describe('personnummer and samordningsnummer', () => {
  it('has the shared test vectors', () => expect(vectors.length).toBeGreaterThan(10));

  it.each(vectors.map((v) => [v.separated_long, v]))('%s in every format', (_n, v) => {
    for (const format of [v.long_format, v.separated_long, v.separated_format]) {
      const parsed = parsePersonalNumber(format);
      if (!v.valid) {
        expect(parsed, format).toBeNull();
        continue;
      }
      expect(parsed, format).toEqual({ number: v.long_format, kind: v.type === 'con' ? 'samordningsnummer' : 'personnummer' });
    }
  });

  it('masks all but the birth date and derives the birth date of a samordningsnummer', () => {
    expect(maskPersonalNumber('198211059954')).toBe('19821105-****');
    expect(birthDateOf('195705749959')).toBe('1957-05-14');
  });

  it('rejects garbage without throwing', () => {
    for (const s of ['', 'abc', '19821105-99545', '1'.repeat(100), "'; drop table x; --"]) expect(parsePersonalNumber(s)).toBeNull();
  });

  it('generates demo numbers from the test series that validate', () => {
    for (let i = 0; i < 40; i++) {
      const n = testPersonalNumber(`19${60 + i}-0${1 + (i % 9)}-1${i % 9}`, i, i % 3 === 0);
      expect(parsePersonalNumber(n)?.number).toBe(n);
      expect(Number(n.slice(8, 11))).toBeGreaterThanOrEqual(980);
    }
  });
});

describe('organisationsnummer', () => {
  it('normalises valid numbers and rejects invalid ones', () => {
    expect(parseOrgNumber('2021002114')).toBe('202100-2114');
    expect(parseOrgNumber('202100-2114')).toBe('202100-2114');
    expect(parseOrgNumber('202100-2115')).toBeNull();
    expect(parseOrgNumber('x')).toBeNull();
    expect(parseOrgNumber(fictionalOrgNumber('556600997'))).toBe(fictionalOrgNumber('556600997'));
  });
});
