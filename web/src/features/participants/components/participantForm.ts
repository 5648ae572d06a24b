import type { IdKind } from '../../../../../common/roles.ts';
import type { ClientProblem } from '../../../lib/useFieldMessage.ts';
import type { NewParticipant } from '../types.ts';

export interface ParticipantFormValues {
  givenName: string;
  familyName: string;
  idKind: IdKind;
  personalNumber: string;
  birthDate: string;
  protectedIdentity: boolean;
  preferredLanguage: string;
  interpreterNeeded: boolean;
  phone: string;
  email: string;
  address: string;
}

export type ParticipantFormErrors = Partial<
  Record<keyof ParticipantFormValues, Extract<ClientProblem, 'required' | 'personalNumberFormat' | 'email'>>
>;

export const emptyParticipantForm: ParticipantFormValues = {
  givenName: '',
  familyName: '',
  idKind: 'personnummer',
  personalNumber: '',
  birthDate: '',
  protectedIdentity: false,
  preferredLanguage: '',
  interpreterNeeded: false,
  phone: '',
  email: '',
  address: '',
};

// YYYYMMDD-NNNN or YYMMDD-NNNN, with or without the dash; the server checks date and check digit.
const PERSONAL_NUMBER = /^(\d{2})?\d{6}[-+]?\d{4}$/;

export function validateParticipantForm(values: ParticipantFormValues): ParticipantFormErrors {
  const errors: ParticipantFormErrors = {};
  if (!values.givenName.trim()) errors.givenName = 'required';
  if (!values.familyName.trim()) errors.familyName = 'required';
  if (values.idKind === 'reserve') {
    if (!values.birthDate) errors.birthDate = 'required';
  } else if (!values.personalNumber.trim()) {
    errors.personalNumber = 'required';
  } else if (!PERSONAL_NUMBER.test(values.personalNumber.trim())) {
    errors.personalNumber = 'personalNumberFormat';
  }
  if (values.email.trim() && !/^[^\s@]+@[^\s@]+$/.test(values.email.trim())) errors.email = 'email';
  return errors;
}

/** The request body: empty optional fields are left out; the number only for real identity numbers. */
export function toNewParticipant(values: ParticipantFormValues): NewParticipant {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    idKind: values.idKind,
    personalNumber: values.idKind === 'reserve' ? undefined : values.personalNumber.trim(),
    birthDate: values.idKind === 'reserve' ? values.birthDate : undefined,
    protectedIdentity: values.protectedIdentity,
    preferredLanguage: optional(values.preferredLanguage),
    interpreterNeeded: values.interpreterNeeded,
    phone: optional(values.phone),
    email: optional(values.email),
    address: optional(values.address),
  };
}
