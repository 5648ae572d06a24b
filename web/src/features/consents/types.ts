import type { ConsentMethod, DataCategory } from '../../../../common/roles.ts';

export type ConsentStatus = 'active' | 'withdrawn' | 'expired' | 'future';

export interface Consent {
  id: string;
  organisationId: string;
  organisationName: string;
  category: DataCategory;
  validFrom: string;
  validTo: string | null;
  method: ConsentMethod;
  documentDate: string | null;
  recordedByName: string | null;
  givenAt: string;
  withdrawnAt: string | null;
  status: ConsentStatus;
}

export interface NewConsent {
  organisationId: string;
  category: DataCategory;
  validFrom: string;
  validTo: string | null;
  method: ConsentMethod;
  documentDate: string | null;
}
