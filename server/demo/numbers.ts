/** Luhn check digit over the digits given (Swedish personnummer and organisationsnummer use it on ten digits). */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A personnummer from Skatteverket's test series: birth numbers 980–999 are never given to real people. A
 * samordningsnummer adds 60 to the day.
 */
export function testPersonalNumber(birthDate: string, index: number, coordination = false): string {
  const [y, m, d] = birthDate.split('-');
  const day = String(Number(d) + (coordination ? 60 : 0)).padStart(2, '0');
  const serial = String(980 + (index % 20));
  const ten = `${y!.slice(2)}${m}${day}${serial}`;
  return `${y}${m}${day}${serial}${luhnDigit(ten)}`;
}

/** A fictional organisationsnummer with a valid check digit, formatted NNNNNN-NNNN. */
export function fictionalOrgNumber(nine: string): string {
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnDigit(nine)}`;
}

/** A small deterministic random generator, so the demo data is the same on every machine. */
export function seededRandom(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
