import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { CONSENT_METHODS, DATA_CATEGORIES, ID_KINDS } from '../../../common/roles.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, QueryInteger, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const IdKind = oneOf(ID_KINDS);
export const Category = oneOf(DATA_CATEGORIES);
export const Grant = oneOf(['self', 'consent', 'own_organisation', 'engagement'] as const);

export const ParticipantSummary = Type.Object({
  id: Type.String(),
  name: Nullable(Type.String()),
  protectedIdentity: Type.Boolean(),
  idKind: Type.String(),
  personalNumber: Nullable(Type.String()),
  birthDate: Nullable(Type.String()),
  preferredLanguage: Nullable(Type.String()),
  grant: Type.String(),
});

/** In the list: whether a consent to the user's own organisation ends within 30 days, so it can be renewed in time. */
export const ParticipantListItem = Type.Intersect([ParticipantSummary, Type.Object({ ownConsentExpiresSoon: Type.Boolean() })]);

export const ParticipantDetail = Type.Intersect([
  ParticipantSummary,
  Type.Object({
    interpreterNeeded: Type.Boolean(),
    phone: Nullable(Type.String()),
    email: Nullable(Type.String()),
    address: Nullable(Type.String()),
    version: Type.Integer(),
  }),
]);

export const ListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: limits.searchMax })),
    /** mine: only the participants whose active engagement names the user as responsible caseworker. */
    scope: Type.Optional(oneOf(['all', 'mine'] as const)),
    limit: Type.Optional(QueryInteger({ minimum: 1, maximum: limits.pageSizeMax })),
    offset: Type.Optional(QueryInteger({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);

const Text = (max: number = limits.nameMax) => Type.String({ maxLength: max });

export const CreateParticipant = Type.Object(
  {
    givenName: Type.String({ minLength: 1, maxLength: limits.nameMax }),
    familyName: Type.String({ minLength: 1, maxLength: limits.nameMax }),
    idKind: IdKind,
    personalNumber: Type.Optional(Type.String({ minLength: 10, maxLength: 13 })),
    birthDate: Type.Optional(DateString()),
    protectedIdentity: Type.Optional(Type.Boolean()),
    preferredLanguage: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', maxLength: 12 })),
    interpreterNeeded: Type.Optional(Type.Boolean()),
    phone: Type.Optional(Type.String({ maxLength: 40, pattern: '^[+0-9 ()-]*$' })),
    email: Type.Optional(Type.Union([Type.String({ format: 'email', maxLength: limits.emailMax }), Type.Literal('')])),
    address: Type.Optional(Text(limits.textMax)),
  },
  { additionalProperties: false },
);

export const Engagement = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  caseworkerName: Nullable(Type.String()),
  caseworkerUserId: Nullable(Type.String()),
  startDate: Type.String(),
  endDate: Nullable(Type.String()),
});

export const Consent = Type.Object({
  id: Type.String(),
  organisationId: Type.String(),
  organisationName: Type.String(),
  category: Type.String(),
  validFrom: Type.String(),
  validTo: Nullable(Type.String()),
  method: Type.String(),
  documentDate: Nullable(Type.String()),
  recordedByName: Nullable(Type.String()),
  givenAt: Type.String(),
  withdrawnAt: Nullable(Type.String()),
  status: oneOf(['active', 'withdrawn', 'expired', 'future'] as const),
  expiresSoon: Type.Boolean(),
});

export const ConsentEvent = Type.Object({
  consentId: Type.String(),
  kind: oneOf(['given', 'recorded_from_paper', 'withdrawn'] as const),
  at: Type.String(),
  byName: Nullable(Type.String()),
});

export const CreateConsent = Type.Object(
  {
    organisationId: Uuid(),
    category: Category,
    validFrom: DateString(),
    validTo: Type.Union([DateString(), Type.Null()]),
    method: oneOf(CONSENT_METHODS),
    documentDate: Type.Union([DateString(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const ConsentParams = Type.Object({ id: Uuid(), consentId: Uuid() }, { additionalProperties: false });

const PersonalNumber = Type.String({ minLength: 10, maxLength: 13 });
const Language = Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z]{2,4})?$', maxLength: 12 });
const Phone = Type.String({ maxLength: 40, pattern: '^[+0-9 ()-]*$' });
const Email = Type.Union([Type.String({ format: 'email', maxLength: limits.emailMax }), Type.Literal('')]);

/** Search before create: by personal number, or by name and birth date; the number travels in the body, never the URL. */
export const SearchParticipants = Type.Object(
  {
    personalNumber: Type.Optional(PersonalNumber),
    givenName: Type.Optional(Type.String({ minLength: 1, maxLength: limits.nameMax })),
    familyName: Type.Optional(Type.String({ minLength: 1, maxLength: limits.nameMax })),
    birthDate: Type.Optional(DateString()),
  },
  { additionalProperties: false },
);

const MatchedOn = oneOf(['personal_number', 'name_birth_date'] as const);

export const SearchResult = Type.Object({
  visible: Type.Array(
    Type.Intersect([ParticipantSummary, Type.Object({ matchedOn: MatchedOn, engagedByOwnOrganisation: Type.Boolean() })]),
  ),
  consentRequired: Type.Array(Type.Object({ id: Type.String(), matchedOn: MatchedOn })),
  registeredInArea: Type.Boolean(),
  possibleMatchHidden: Type.Boolean(),
});

export const UpdateParticipant = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
    protectedIdentity: Type.Optional(Type.Boolean()),
    preferredLanguage: Type.Optional(Type.Union([Language, Type.Null()])),
    interpreterNeeded: Type.Optional(Type.Boolean()),
    phone: Type.Optional(Phone),
    email: Type.Optional(Email),
    address: Type.Optional(Text(limits.textMax)),
  },
  { additionalProperties: false },
);

/** Start the own organisation's engagement: with a person it knows by id, or one registered by another, by number. */
export const StartEngagement = Type.Object(
  {
    participantId: Type.Optional(Uuid()),
    personalNumber: Type.Optional(PersonalNumber),
    caseworkerUserId: Type.Optional(Uuid()),
    startDate: Type.Optional(DateString()),
  },
  { additionalProperties: false },
);

export const EndEngagement = Type.Object({ endDate: DateString() }, { additionalProperties: false });
export const ChangeCaseworker = Type.Object({ caseworkerUserId: Uuid() }, { additionalProperties: false });
export const EngagementParams = Type.Object({ engagementId: Uuid() }, { additionalProperties: false });

export const Caseworker = Type.Object({ id: Type.String(), displayName: Type.String() });
