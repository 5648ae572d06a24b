/**
 * Duplicate detection before a participant is registered: who counts as the same person, and how much a match may
 * tell a searcher who may not see that person.
 */

/** Letters only, lower case, without diacritics, as space-separated words: "Al-Hassan  Müller" → "al hassan muller". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('sv')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

const words = (given: string, family: string) => new Set(normaliseName(`${given} ${family}`).split(' ').filter(Boolean));

/**
 * Two names (with the same birth date) may be the same person when they share two words, or every word of the
 * shorter name: order, case, hyphens, diacritics and extra middle names do not matter, so "Amina Hassan" matches
 * "HASSAN Amina" and "Amina Yusuf Hassan", but not "Amina Ali".
 */
export function namesMatch(a: { givenName: string; familyName: string }, b: { givenName: string; familyName: string }): boolean {
  const left = words(a.givenName, a.familyName);
  const right = words(b.givenName, b.familyName);
  if (left.size === 0 || right.size === 0) return false;
  let shared = 0;
  for (const w of left) if (right.has(w)) shared++;
  return shared >= Math.min(2, left.size, right.size);
}

export type MatchedOn = 'personal_number' | 'name_birth_date';

/** A candidate found by the search, with what the access rules say about the searcher and that person. */
export interface Candidate {
  id: string;
  matchedOn: MatchedOn;
  /** visible: may read the identity; consent_required: knows the person but lacks consent; unknown: may not know. */
  access: 'visible' | 'consent_required' | 'unknown';
}

export interface Disclosure {
  /** Shown with name and number as far as the searcher may see them. */
  visible: { id: string; matchedOn: MatchedOn }[];
  /** Known to the searcher's organisation, without consent to see who: the id only, to open the record. */
  consentRequired: { id: string; matchedOn: MatchedOn }[];
  /**
   * The personal number belongs to someone the searcher may not see. It must be said, as creating would conflict;
   * the searcher's organisation may start its work with that person by the same number.
   */
  registeredInArea: boolean;
  /** Someone the searcher may not see has the same name and birth date: no name, no id, no count. */
  possibleMatchHidden: boolean;
}

/** What the searcher is told about the candidates: all they may see, and of the rest no more than that they exist. */
export function discloseMatches(candidates: readonly Candidate[]): Disclosure {
  const result: Disclosure = { visible: [], consentRequired: [], registeredInArea: false, possibleMatchHidden: false };
  const seen = new Set<string>();
  // A number match outranks a name match for the same person, so it is taken first.
  const ordered = [...candidates].sort((a, b) => (a.matchedOn === b.matchedOn ? 0 : a.matchedOn === 'personal_number' ? -1 : 1));
  for (const c of ordered) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    if (c.access === 'visible') result.visible.push({ id: c.id, matchedOn: c.matchedOn });
    else if (c.access === 'consent_required') result.consentRequired.push({ id: c.id, matchedOn: c.matchedOn });
    else if (c.matchedOn === 'personal_number') result.registeredInArea = true;
    else result.possibleMatchHidden = true;
  }
  return result;
}
