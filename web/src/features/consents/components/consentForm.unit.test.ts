import { describe, expect, it } from 'vitest';
import { toNewConsent, validateConsentForm, type ConsentFormValues } from './consentForm.ts';

const filled: ConsentFormValues = {
  organisationId: 'org-1',
  category: 'plan',
  validFrom: '2025-01-01',
  validTo: '',
  documentDate: '2024-12-20',
};

describe('validateConsentForm', () => {
  it('accepts a complete paper consent', () => {
    expect(validateConsentForm(filled, 'paper', '2025-01-10')).toEqual({});
  });
  it('asks for the document date only on paper', () => {
    const values = { ...filled, documentDate: '' };
    expect(validateConsentForm(values, 'paper', '2025-01-10')).toEqual({ documentDate: 'required' });
    expect(validateConsentForm(values, 'digital', '2025-01-10')).toEqual({});
  });
  it('refuses an end before the start and a document from the future', () => {
    const values = { ...filled, validTo: '2024-06-01', documentDate: '2025-02-01' };
    expect(validateConsentForm(values, 'paper', '2025-01-10')).toEqual({
      validTo: 'endBeforeStart',
      documentDate: 'documentInFuture',
    });
  });
  it('names every missing required field', () => {
    const empty = { organisationId: '', category: '', validFrom: '', validTo: '', documentDate: '' } as const;
    expect(Object.keys(validateConsentForm(empty, 'digital', '2025-01-10')).sort()).toEqual(['category', 'organisationId', 'validFrom']);
  });
});

describe('toNewConsent', () => {
  it('sends null for an open end and for the document date of a digital consent', () => {
    expect(toNewConsent(filled, 'digital')).toEqual({
      organisationId: 'org-1',
      category: 'plan',
      validFrom: '2025-01-01',
      validTo: null,
      method: 'digital',
      documentDate: null,
    });
  });
});
