import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { ORGANISATION_KINDS } from '../../../common/roles.ts';
import { oneOf } from '../../lib/http/enum.ts';

export const OrganisationKind = oneOf(ORGANISATION_KINDS);

export const Organisation = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  orgNumber: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  /** Working days the organisation has to answer a question in a message thread. */
  replyWorkingDays: Type.Integer(),
});

const Name = Type.String({ minLength: 1, maxLength: limits.nameMax });
const OrgNumber = Type.Union([Type.String({ maxLength: 20 }), Type.Null()]);
const ReplyWorkingDays = Type.Integer({ minimum: 1, maximum: 30 });

export const CreateOrganisation = Type.Object(
  { name: Name, kind: OrganisationKind, orgNumber: Type.Optional(OrgNumber), replyWorkingDays: Type.Optional(ReplyWorkingDays) },
  { additionalProperties: false },
);

export const UpdateOrganisation = Type.Object(
  {
    name: Type.Optional(Name),
    kind: Type.Optional(OrganisationKind),
    orgNumber: Type.Optional(OrgNumber),
    active: Type.Optional(Type.Boolean()),
    replyWorkingDays: Type.Optional(ReplyWorkingDays),
  },
  { additionalProperties: false, minProperties: 1 },
);
