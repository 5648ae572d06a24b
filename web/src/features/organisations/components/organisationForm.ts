import type { OrganisationKind } from '../../../../../common/roles.ts';
import type { ClientProblem } from '../../../lib/useFieldMessage.ts';
import type { NewOrganisation } from '../types.ts';

export interface OrganisationFormValues {
  name: string;
  kind: OrganisationKind | '';
  orgNumber: string;
}

export type OrganisationFormErrors = Partial<Record<keyof OrganisationFormValues, Extract<ClientProblem, 'required' | 'orgNumberFormat'>>>;

export const emptyOrganisationForm: OrganisationFormValues = { name: '', kind: '', orgNumber: '' };

// NNNNNN-NNNN, dash optional; the server checks the check digit.
const ORG_NUMBER = /^\d{6}-?\d{4}$/;

export function validateOrganisationForm(values: OrganisationFormValues): OrganisationFormErrors {
  const errors: OrganisationFormErrors = {};
  if (!values.name.trim()) errors.name = 'required';
  if (!values.kind) errors.kind = 'required';
  if (values.orgNumber.trim() && !ORG_NUMBER.test(values.orgNumber.trim())) errors.orgNumber = 'orgNumberFormat';
  return errors;
}

export function toNewOrganisation(values: OrganisationFormValues): NewOrganisation {
  const orgNumber = values.orgNumber.trim();
  return { name: values.name.trim(), kind: values.kind as OrganisationKind, ...(orgNumber ? { orgNumber } : {}) };
}
