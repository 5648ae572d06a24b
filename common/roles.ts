/** Roles a user can hold. A user may hold several; a participant account holds only `participant`. */
export const ROLES = [
  'caseworker',
  'coordinator',
  'manager',
  'provider',
  'board_member',
  'analyst',
  'administrator',
  'participant',
] as const;
export type Role = (typeof ROLES)[number];

/** Staff roles whose work is with one person and who may, with engagement and consent, see personal data. */
export const PERSONAL_DATA_ROLES: readonly Role[] = ['caseworker', 'coordinator', 'manager', 'provider'];

/** Kinds of organisation in a collaboration area. */
export const ORGANISATION_KINDS = [
  'arbetsformedlingen',
  'labour_market_unit',
  'adult_education',
  'social_services',
  'forsakringskassan',
  'region',
  'social_enterprise',
  'supplier',
  'samordningsforbund',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Categories of a participant's data; consent is given per organisation and category. */
export const DATA_CATEGORIES = ['identity', 'intake', 'plan', 'progression', 'health', 'messages'] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const ID_KINDS = ['personnummer', 'samordningsnummer', 'reserve'] as const;
export type IdKind = (typeof ID_KINDS)[number];

export const CONSENT_METHODS = ['digital', 'paper'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
