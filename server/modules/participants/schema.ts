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
