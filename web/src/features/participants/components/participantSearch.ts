import type { ClientProblem } from '../../../lib/useFieldMessage.ts';
import type { ParticipantSearch, SearchResult } from '../types.ts';
import { emptyParticipantForm, type ParticipantFormValues } from './participantForm.ts';

export interface SearchValues {
  by: 'number' | 'name';
  personalNumber: string;
  givenName: string;
  familyName: string;
  birthDate: string;
}

export type SearchErrors = Partial<Record<keyof SearchValues, Extract<ClientProblem, 'required' | 'personalNumberFormat'>>>;

export const emptySearch: SearchValues = { by: 'number', personalNumber: '', givenName: '', familyName: '', birthDate: '' };

// YYYYMMDD-NNNN or YYMMDD-NNNN, with or without the dash; the server checks date and check digit.
const PERSONAL_NUMBER = /^(\d{2})?\d{6}[-+]?\d{4}$/;

/** The request body for the chosen way of searching, or the fields to correct first. */
export function validateSearch(values: SearchValues): { errors: SearchErrors; input: ParticipantSearch | null } {
  const errors: SearchErrors = {};
  if (values.by === 'number') {
    const number = values.personalNumber.trim();
    if (!number) errors.personalNumber = 'required';
    else if (!PERSONAL_NUMBER.test(number)) errors.personalNumber = 'personalNumberFormat';
    return { errors, input: Object.keys(errors).length ? null : { personalNumber: number } };
  }
  if (!values.givenName.trim()) errors.givenName = 'required';
  if (!values.familyName.trim()) errors.familyName = 'required';
  if (!values.birthDate) errors.birthDate = 'required';
  if (Object.keys(errors).length) return { errors, input: null };
  return { errors, input: { givenName: values.givenName.trim(), familyName: values.familyName.trim(), birthDate: values.birthDate } };
}

/** Creating would conflict when the number is already registered, whether the user may see the person or not. */
export function mayRegister(result: SearchResult): boolean {
  return !result.registeredInArea && !result.visible.some((p) => p.matchedOn === 'personal_number');
}

/** The registration form starts from what was searched for, so nothing is typed twice. */
export function formFromSearch(values: SearchValues): ParticipantFormValues {
  if (values.by === 'number') return { ...emptyParticipantForm, personalNumber: values.personalNumber.trim() };
  return {
    ...emptyParticipantForm,
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    idKind: 'reserve',
    birthDate: values.birthDate,
  };
}
