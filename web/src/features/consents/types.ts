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
  /** Active, and its last day falls within CONSENT_EXPIRING_SOON_DAYS. */
  expiresSoon: boolean;
}

export type ConsentEventKind = 'given' | 'recorded_from_paper' | 'withdrawn';

/** One change to a consent: given digitally, recorded from paper, or withdrawn; who and when. */
export interface ConsentEvent {
  consentId: string;
  kind: ConsentEventKind;
  at: string;
  byName: string | null;
}

export interface ConsentOverview {
  items: Consent[];
  history: ConsentEvent[];
}

/** Mirrors the server's CONSENT_EXPIRING_SOON_DAYS (server/modules/participants/policy.ts), for the headings. */
export const CONSENT_EXPIRING_SOON_DAYS = 30;

export interface NewConsent {
  organisationId: string;
  category: DataCategory;
  validFrom: string;
  validTo: string | null;
  method: ConsentMethod;
  documentDate: string | null;
}
