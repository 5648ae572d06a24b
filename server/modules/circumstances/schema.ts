import { Type } from 'typebox';
import { CIRCUMSTANCE_KINDS } from '../../../common/offer.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, Uuid } from '../../lib/http/responses.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const CircumstanceKind = oneOf(CIRCUMSTANCE_KINDS);

export const Circumstance = Type.Object({
  id: Type.String(),
  kind: CircumstanceKind,
  fromDate: Type.String(),
  toDate: Nullable(Type.String()),
  active: Type.Boolean(),
  recordedByOrganisationName: Type.String(),
  recordedAt: Type.String(),
});

export const CircumstanceList = Type.Object({
  items: Type.Array(Circumstance),
  /** Whether the signed-in user may record circumstances (their organisation records them). */
  mayRecord: Type.Boolean(),
});

export const RecordCircumstance = Type.Object(
  { kind: CircumstanceKind, fromDate: DateString(), toDate: Type.Optional(Nullable(DateString())) },
  { additionalProperties: false },
);

export const EndCircumstance = Type.Object({ toDate: DateString() }, { additionalProperties: false });

export const CircumstanceParams = Type.Object({ id: Uuid(), circumstanceId: Uuid() }, { additionalProperties: false });
