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

/** A row of the list: also whether a consent to the user's own organisation ends within 30 days. */
export interface ParticipantListItem extends ParticipantSummary {
  ownConsentExpiresSoon: boolean;
}

export interface ParticipantPage {
  items: ParticipantListItem[];
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
  caseworkerUserId: string | null;
  caseworkerName: string | null;
  startDate: string;
  endDate: string | null;
}

/** What search before create may tell: see server/modules/participants/matching.ts. */
export type MatchedOn = 'personal_number' | 'name_birth_date';

export interface ParticipantSearch {
  personalNumber?: string;
  givenName?: string;
  familyName?: string;
  birthDate?: string;
}

export interface SearchResult {
  visible: (ParticipantSummary & { matchedOn: MatchedOn; engagedByOwnOrganisation: boolean })[];
  consentRequired: { id: string; matchedOn: MatchedOn }[];
  /** The number belongs to someone the user may not see; their organisation may start its work with them. */
  registeredInArea: boolean;
  /** Someone the user may not see has this name and birth date. */
  possibleMatchHidden: boolean;
}

export interface ParticipantChange {
  version: number;
  protectedIdentity?: boolean;
  preferredLanguage?: string | null;
  interpreterNeeded?: boolean;
  phone?: string;
  email?: string;
  address?: string;
}

export interface Caseworker {
  id: string;
  displayName: string;
}

export type EngagementStart = ({ participantId: string } | { personalNumber: string }) & { caseworkerUserId?: string };
