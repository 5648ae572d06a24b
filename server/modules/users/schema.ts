import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { ROLES } from '../../../common/roles.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { Uuid } from '../../lib/http/responses.ts';

export const RoleSchema = oneOf(ROLES);
const Roles = Type.Array(RoleSchema, { minItems: 1, maxItems: ROLES.length, uniqueItems: true });

export const User = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  roles: Type.Array(Type.String()),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  participantId: Type.Union([Type.String(), Type.Null()]),
});

export const CreateUser = Type.Object(
  {
    email: Type.String({ format: 'email', maxLength: limits.emailMax }),
    displayName: Type.String({ minLength: 1, maxLength: limits.nameMax }),
    password: Type.String({ minLength: limits.passwordMin, maxLength: limits.passwordMax }),
    roles: Roles,
    organisationId: Type.Union([Uuid(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const UpdateUser = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: limits.nameMax })),
    roles: Type.Optional(Roles),
    organisationId: Type.Optional(Type.Union([Uuid(), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
