import type { SfiLevel } from '../../../../../common/plan.ts';
import {
  progressionEntryProblems,
  RESULTS_BY_KIND,
  type ProgressionKind,
  type ProgressionProblem,
  type ProgressionResult,
} from '../../../../../common/progression.ts';
import type { ProgressionEntry, ProgressionEntryInput } from '../types.ts';

/** The form's fields as the inputs hold them: text, '' for empty. */
export interface ProgressionFormValues {
  kind: ProgressionKind | '';
  sfiLevel: SfiLevel | '';
  studyPath: '' | '1' | '2' | '3';
  result: ProgressionResult | '';
  title: string;
  note: string;
  startDate: string;
  endDate: string;
}

export type ProgressionFormErrors = Partial<Record<keyof ProgressionFormValues, ProgressionProblem>>;

export const emptyProgressionForm = (today: string): ProgressionFormValues => ({
  kind: '',
  sfiLevel: '',
  studyPath: '',
  result: '',
  title: '',
  note: '',
  startDate: today,
  endDate: '',
});

export function progressionFormOf(entry: ProgressionEntry): ProgressionFormValues {
  return {
    kind: entry.kind,
    sfiLevel: entry.sfiLevel ?? '',
    studyPath: entry.studyPath === null ? '' : (String(entry.studyPath) as ProgressionFormValues['studyPath']),
    result: entry.result ?? '',
    title: entry.title ?? '',
    note: entry.note ?? '',
    startDate: entry.startDate,
    endDate: entry.endDate ?? '',
  };
}

/**
 * A change of kind drops what the new kind cannot have (an SFI level on a job, a result a placement does not know),
 * so a hidden field never makes the form refuse.
 */
export function withKind(values: ProgressionFormValues, kind: ProgressionKind | ''): ProgressionFormValues {
  const sfi = kind === 'sfi_course';
  const resultFits = kind !== '' && values.result !== '' && RESULTS_BY_KIND[kind].includes(values.result);
  return {
    ...values,
    kind,
    sfiLevel: sfi ? values.sfiLevel : '',
    studyPath: sfi ? values.studyPath : '',
    result: resultFits ? values.result : '',
  };
}

export function toProgressionInput(values: ProgressionFormValues): ProgressionEntryInput {
  return {
    kind: values.kind as ProgressionKind,
    sfiLevel: values.sfiLevel || null,
    studyPath: values.studyPath ? Number(values.studyPath) : null,
    result: values.result || null,
    title: values.title.trim() || null,
    note: values.note.trim() || null,
    startDate: values.startDate,
    endDate: values.endDate || null,
  };
}

/** The same rules the server keeps (common/progression.ts), checked before sending. */
export function validateProgressionForm(values: ProgressionFormValues, today: string): ProgressionFormErrors {
  const errors: ProgressionFormErrors = {};
  if (!values.kind) errors.kind = 'required';
  if (!values.startDate) errors.startDate = 'required';
  if (!values.kind || !values.startDate) return errors;
  return { ...errors, ...progressionEntryProblems(toProgressionInput(values), today) };
}
