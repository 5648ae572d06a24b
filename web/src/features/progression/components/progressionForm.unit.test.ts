import { describe, expect, it } from 'vitest';
import {
  emptyProgressionForm,
  toProgressionInput,
  validateProgressionForm,
  withKind,
  type ProgressionFormErrors,
  type ProgressionFormValues,
} from './progressionForm.ts';

const TODAY = '2026-06-15';
const form = (v: Partial<ProgressionFormValues>): ProgressionFormValues => ({ ...emptyProgressionForm(TODAY), ...v });

describe('the progression form', () => {
  const cases: [string, Partial<ProgressionFormValues>, ProgressionFormErrors][] = [
    ['nothing chosen', { startDate: '' }, { kind: 'required', startDate: 'required' }],
    [
      'SFI B passed on path 2',
      { kind: 'sfi_course', sfiLevel: 'B', studyPath: '2', result: 'passed', startDate: '2026-01-12', endDate: TODAY },
      {},
    ],
    ['SFI without level or result', { kind: 'sfi_course' }, { sfiLevel: 'required', result: 'required' }],
    ['SFI A on path 3', { kind: 'sfi_course', sfiLevel: 'A', studyPath: '3', result: 'started' }, { studyPath: 'level_not_on_path' }],
    ['a job without saying which', { kind: 'employment_started', title: '   ' }, { title: 'required' }],
    [
      'a placement ending before it began',
      { kind: 'work_placement_done', title: 'Lager', endDate: '2026-06-01' },
      { endDate: 'period_reversed' },
    ],
  ];
  it.each(cases)('%s', (_name, values, expected) => {
    expect(validateProgressionForm(form(values), TODAY)).toEqual(expected);
  });

  it('sends null for what is left empty and the study path as a number', () => {
    expect(toProgressionInput(form({ kind: 'sfi_course', sfiLevel: 'C', studyPath: '3', result: 'started', note: ' ' }))).toEqual({
      kind: 'sfi_course',
      sfiLevel: 'C',
      studyPath: 3,
      result: 'started',
      title: null,
      note: null,
      startDate: TODAY,
      endDate: null,
    });
  });

  it('drops what a new kind cannot have when the kind changes', () => {
    const sfi = form({ kind: 'sfi_course', sfiLevel: 'B', studyPath: '2', result: 'started' });
    expect(withKind(sfi, 'work_placement_done')).toMatchObject({ sfiLevel: '', studyPath: '', result: '' });
    expect(withKind(sfi, 'civic_orientation')).toMatchObject({ sfiLevel: '', studyPath: '', result: 'started' });
    expect(withKind(form({ kind: 'civic_orientation', result: 'passed' }), 'sfi_course')).toMatchObject({ result: 'passed' });
  });
});
