import { SFI_LEVELS, type SfiLevel } from '../../../common/plan.ts';
import type { ProgressionKind, ProgressionResult } from '../../../common/progression.ts';

/** The fields of a progression entry that the person's facts are drawn from. */
export interface ProgressionFactEntry {
  kind: ProgressionKind;
  sfiLevel: SfiLevel | null;
  result: ProgressionResult | null;
  startDate: string;
}

/** What the calendar's prerequisites ask about the person. */
export interface PersonFacts {
  /** The SFI level the person is at (see `currentSfiLevel`); null when no SFI course is recorded. */
  sfiLevel: SfiLevel | null;
  civicOrientationDone: boolean;
}

const rank = (level: SfiLevel) => SFI_LEVELS.indexOf(level);

const counts = (entry: ProgressionFactEntry, asOf: string | undefined) => asOf === undefined || entry.startDate <= asOf;

/** The highest SFI level passed, or null. */
export function highestPassedSfiLevel(entries: readonly ProgressionFactEntry[], asOf?: string): SfiLevel | null {
  return highest(entries.filter((e) => e.kind === 'sfi_course' && e.result === 'passed' && counts(e, asOf)));
}

/**
 * The SFI level the person is at: the highest level of a course passed or being studied (result `started`). A
 * person studying course A is at level A; one who passed B and has not started C is at level B. An interrupted
 * course does not count. Entries starting after `asOf` do not count yet.
 */
export function currentSfiLevel(entries: readonly ProgressionFactEntry[], asOf?: string): SfiLevel | null {
  return highest(entries.filter((e) => e.kind === 'sfi_course' && (e.result === 'passed' || e.result === 'started') && counts(e, asOf)));
}

function highest(entries: readonly ProgressionFactEntry[]): SfiLevel | null {
  let best: SfiLevel | null = null;
  for (const e of entries) if (e.sfiLevel && (best === null || rank(e.sfiLevel) > rank(best))) best = e.sfiLevel;
  return best;
}

/** Civic orientation is done when an entry of that kind has the result `passed`. */
export function civicOrientationDone(entries: readonly ProgressionFactEntry[], asOf?: string): boolean {
  return entries.some((e) => e.kind === 'civic_orientation' && e.result === 'passed' && counts(e, asOf));
}

/** True when `actual` is at least `required`; no level at all is below every level. */
export function sfiLevelAtLeast(actual: SfiLevel | null, required: SfiLevel): boolean {
  return actual !== null && rank(actual) >= rank(required);
}

export function personFacts(entries: readonly ProgressionFactEntry[], asOf?: string): PersonFacts {
  return { sfiLevel: currentSfiLevel(entries, asOf), civicOrientationDone: civicOrientationDone(entries, asOf) };
}
