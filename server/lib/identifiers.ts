import Organisationsnummer from 'organisationsnummer';
import Personnummer from 'personnummer';

export type PersonalNumberKind = 'personnummer' | 'samordningsnummer';

/**
 * Parses a personnummer or samordningsnummer in any common format and returns it normalised to twelve digits
 * (YYYYMMDDNNNN), with its kind; null when it is not valid. Interim numbers are not accepted.
 */
export function parsePersonalNumber(input: string): { number: string; kind: PersonalNumberKind } | null {
  if (input.length > 20) return null;
  try {
    const pnr = Personnummer.parse(input, { allowCoordinationNumber: true, allowInterimNumber: false });
    return { number: pnr.format(true), kind: pnr.isCoordinationNumber() ? 'samordningsnummer' : 'personnummer' };
  } catch {
    return null;
  }
}

/** Birth date of a normalised number as YYYY-MM-DD (a samordningsnummer's day is the birth day + 60). */
export function birthDateOf(number: string): string {
  const day = Number(number.slice(6, 8));
  return `${number.slice(0, 4)}-${number.slice(4, 6)}-${String(day > 60 ? day - 60 : day).padStart(2, '0')}`;
}

/** YYYYMMDD-NNNN for those who may see the whole number. */
export const formatPersonalNumber = (number: string) => `${number.slice(0, 8)}-${number.slice(8)}`;

/** YYYYMMDD-**** for everyone else. */
export const maskPersonalNumber = (number: string) => `${number.slice(0, 8)}-****`;

/** Normalises an organisationsnummer to NNNNNN-NNNN, or null when it is not valid. */
export function parseOrgNumber(input: string): string | null {
  if (input.length > 20) return null;
  try {
    return Organisationsnummer.parse(input).format(true);
  } catch {
    return null;
  }
}
