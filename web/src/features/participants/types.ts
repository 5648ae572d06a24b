import type { IdKind } from '../../../../common/roles.ts';

/** Why the current user may see this person: their consent, the user's own organisation's record, an engagement, or themself. */
export type Grant = 'consent' | 'own_organisation' | 'engagement' | 'self';

export interface ParticipantSummary {
  id: string;
  name: string | null;
  protectedIdentity: boolean;
  idKind: IdKind;
  /** Masked ("19850101-****") unless the user may see the whole number. */
  personalNumber: string | null;
  birthDate: string | null;
  preferredLanguage: string | null;
  grant: Grant;
}

export interface ParticipantDetail extends ParticipantSummary {
  interpreterNeeded: boolean;
  phone: string | null;
  email: string | null;
  address: string | null;
  version: number;
}

export interface ParticipantPage {
  items: ParticipantSummary[];
  total: number;
}

export interface NewParticipant {
  givenName: string;
  familyName: string;
  idKind: IdKind;
  personalNumber?: string;
  birthDate?: string;
  protectedIdentity?: boolean;
  preferredLanguage?: string;
  interpreterNeeded?: boolean;
  phone?: string;
  email?: string;
  address?: string;
}

export interface Engagement {
  id: string;
  organisationId: string;
  organisationName: string;
  caseworkerName: string | null;
  startDate: string;
  endDate: string | null;
}
