import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { oneOf } from '../../lib/http/enum.ts';
import { DateString, QueryInteger, Uuid } from '../../lib/http/responses.ts';
import { ACCESS_KINDS, CURSOR_PATTERN, LOG_CATEGORIES } from './policy.ts';

/** The filters and the page of the access log; `before` is the cursor of the last row of the previous page. */
export const AccessLogQuery = Type.Object(
  {
    organisationId: Type.Optional(Uuid()),
    category: Type.Optional(oneOf(LOG_CATEGORIES)),
    kind: Type.Optional(oneOf(ACCESS_KINDS)),
    from: Type.Optional(DateString({ description: 'First day (Swedish time), inclusive' })),
    to: Type.Optional(DateString({ description: 'Last day (Swedish time), inclusive' })),
    /** The person's own looks at their data are left out unless asked for. */
    includeOwn: Type.Optional(Type.Boolean()),
    limit: Type.Optional(QueryInteger({ minimum: 1, maximum: limits.pageSizeMax })),
    before: Type.Optional(Type.String({ pattern: CURSOR_PATTERN, maxLength: 40, description: 'The nextCursor of the previous page' })),
  },
  { additionalProperties: false },
);

/** One look at or change of the person's data. Never the user who did it: organisation and role only. */
export const AccessLogEntry = Type.Object({
  /** The row's place in the person's audit chain: unique per person (a key for lists). */
  seq: Type.Integer(),
  at: Type.String(),
  organisationId: Type.Union([Type.String(), Type.Null()]),
  organisationName: Type.Union([Type.String(), Type.Null()]),
  role: Type.Union([Type.String(), Type.Null()]),
  category: Type.String(),
  kind: oneOf(ACCESS_KINDS),
  action: Type.String(),
  grant: Type.String(),
  resourceType: Type.String(),
  /** Done by the person themself. */
  own: Type.Boolean(),
});

export const AccessLogPage = Type.Object({
  items: Type.Array(AccessLogEntry),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
  /** Every organisation that appears in the person's log, for the filter. */
  organisations: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
});
