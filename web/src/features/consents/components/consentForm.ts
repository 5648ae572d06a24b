import type { ConsentMethod, DataCategory } from '../../../../../common/roles.ts';
import type { ClientProblem } from '../../../lib/useFieldMessage.ts';
import type { NewConsent } from '../types.ts';

export interface ConsentFormValues {
  organisationId: string;
  category: DataCategory | '';
  validFrom: string;
  validTo: string;
  documentDate: string;
}

export type ConsentFormErrors = Partial<
  Record<keyof ConsentFormValues, Extract<ClientProblem, 'required' | 'endBeforeStart' | 'documentInFuture'>>
>;

/** Checks what the form can know without the server; the server checks the rest. */
export function validateConsentForm(values: ConsentFormValues, method: ConsentMethod, today: string): ConsentFormErrors {
  const errors: ConsentFormErrors = {};
  if (!values.organisationId) errors.organisationId = 'required';
  if (!values.category) errors.category = 'required';
  if (!values.validFrom) errors.validFrom = 'required';
  if (values.validTo && values.validFrom && values.validTo < values.validFrom) errors.validTo = 'endBeforeStart';
  if (method === 'paper') {
    if (!values.documentDate) errors.documentDate = 'required';
    else if (values.documentDate > today) errors.documentDate = 'documentInFuture';
  }
  return errors;
}

export function toNewConsent(values: ConsentFormValues, method: ConsentMethod): NewConsent {
  return {
    organisationId: values.organisationId,
    category: values.category as DataCategory,
    validFrom: values.validFrom,
    validTo: values.validTo || null,
    method,
    documentDate: method === 'paper' ? values.documentDate : null,
  };
}
