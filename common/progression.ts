import type { SfiLevel } from './plan.ts';

/** The progression timeline's kinds of entry; every consenting organisation and the person see them. */
export const PROGRESSION_KINDS = [
  'sfi_course',
  'civic_orientation',
  'validation',
  'work_placement_done',
  'work_training_done',
  'employment_started',
  'studies_started',
  'other',
] as const;
export type ProgressionKind = (typeof PROGRESSION_KINDS)[number];

/** For SFI and civic orientation: started, passed (a level reached, the course done), interrupted. */
export const PROGRESSION_RESULTS = ['started', 'passed', 'interrupted'] as const;
export type ProgressionResult = (typeof PROGRESSION_RESULTS)[number];

/**
 * The results each kind can have. A placement or work training is recorded when it is over (completed or broken
 * off); an employment or studies entry marks a start and has no result.
 */
export const RESULTS_BY_KIND: Record<ProgressionKind, readonly ProgressionResult[]> = {
  sfi_course: ['started', 'passed', 'interrupted'],
  civic_orientation: ['started', 'passed', 'interrupted'],
  validation: ['started', 'passed', 'interrupted'],
  work_placement_done: ['passed', 'interrupted'],
  work_training_done: ['passed', 'interrupted'],
  employment_started: [],
  studies_started: [],
  other: ['started', 'passed', 'interrupted'],
};

/** Kinds whose entry says nothing without a result (a course, the civic orientation, a validation). */
export const RESULT_REQUIRED: readonly ProgressionKind[] = ['sfi_course', 'civic_orientation', 'validation'];

/** Kinds whose entry needs a few words: which education was validated, where the placement was, which job. */
export const TITLE_REQUIRED: readonly ProgressionKind[] = [
  'validation',
  'work_placement_done',
  'work_training_done',
  'employment_started',
  'studies_started',
  'other',
];

/** Kinds recorded once they are over, so they have an end date. */
const ENDED_KINDS: readonly ProgressionKind[] = ['work_placement_done', 'work_training_done'];

/**
 * The lowest SFI course of each study path (Skolverket): path 1 runs A–D for those with little schooling, path 2
 * B–D, path 3 C–D for those used to studying.
 */
export const FIRST_SFI_LEVEL_OF_PATH: Record<1 | 2 | 3, SfiLevel> = { 1: 'A', 2: 'B', 3: 'C' };

/** The fields of an entry the rules look at. */
export interface ProgressionEntryFields {
  kind: ProgressionKind;
  sfiLevel: SfiLevel | null;
  studyPath: number | null;
  result: ProgressionResult | null;
  title: string | null;
  startDate: string;
  endDate: string | null;
}

/**
 * What is wrong with one field. `period_reversed` is the word the web app already has a sentence for; the others are
 * named after the rule.
 */
export type ProgressionProblem =
  'required' | 'only_for_sfi' | 'level_not_on_path' | 'result_not_for_kind' | 'period_reversed' | 'end_in_future';

export type ProgressionProblems = Partial<Record<'sfiLevel' | 'studyPath' | 'result' | 'title' | 'endDate', ProgressionProblem>>;

const finished = (result: ProgressionResult | null) => result === 'passed' || result === 'interrupted';

/**
 * Checks one entry against the rules of its kind: an SFI course needs its level (and a study path only there, one
 * that has that level), each kind allows only its own results, some kinds need a title, a finished course or a
 * placement needs an end date that is not before the start nor after today. Empty when the entry is fine.
 */
export function progressionEntryProblems(entry: ProgressionEntryFields, today: string): ProgressionProblems {
  const problems: ProgressionProblems = {};
  const sfi = entry.kind === 'sfi_course';
  if (sfi && entry.sfiLevel === null) problems.sfiLevel = 'required';
  if (!sfi && entry.sfiLevel !== null) problems.sfiLevel = 'only_for_sfi';
  if (!sfi && entry.studyPath !== null) problems.studyPath = 'only_for_sfi';
  if (sfi && entry.studyPath !== null && entry.sfiLevel !== null) {
    const first = FIRST_SFI_LEVEL_OF_PATH[entry.studyPath as 1 | 2 | 3];
    if (first === undefined || entry.sfiLevel < first) problems.studyPath = 'level_not_on_path';
  }
  if (entry.result === null && RESULT_REQUIRED.includes(entry.kind)) problems.result = 'required';
  if (entry.result !== null && !RESULTS_BY_KIND[entry.kind].includes(entry.result)) problems.result = 'result_not_for_kind';
  if (TITLE_REQUIRED.includes(entry.kind) && (entry.title ?? '').trim() === '') problems.title = 'required';
  const endNeeded = ENDED_KINDS.includes(entry.kind) || (finished(entry.result) && problems.result === undefined);
  if (entry.endDate === null) {
    if (endNeeded) problems.endDate = 'required';
  } else if (entry.endDate < entry.startDate) problems.endDate = 'period_reversed';
  else if (endNeeded && entry.endDate > today) problems.endDate = 'end_in_future';
  return problems;
}

/**
 * The day an entry tells of: the end of a finished course or placement (the day it was passed or broken off), else
 * its start. The timeline is ordered by it, newest first.
 */
export function progressionEventDate(entry: Pick<ProgressionEntryFields, 'kind' | 'result' | 'startDate' | 'endDate'>): string {
  const over = finished(entry.result) || ENDED_KINDS.includes(entry.kind);
  return over && entry.endDate !== null ? entry.endDate : entry.startDate;
}

/** Newest first by the day each entry tells of; entries of the same day by when they were recorded, newest first. */
export function byEventDateNewestFirst<T extends Parameters<typeof progressionEventDate>[0] & { recordedAt: string }>(a: T, b: T): number {
  const day = progressionEventDate(b).localeCompare(progressionEventDate(a));
  return day !== 0 ? day : b.recordedAt.localeCompare(a.recordedAt);
}
