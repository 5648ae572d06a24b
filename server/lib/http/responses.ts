import { Type, type TSchema } from 'typebox';
import { ERROR_CODES } from '../../../common/errors.ts';
import { oneOf } from './enum.ts';

export const ErrorSchema = Type.Object(
  {
    error: Type.Object({
      code: oneOf(ERROR_CODES),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'Error' },
);

const ERROR_STATUSES = [400, 401, 403, 404, 409, 413, 415, 429, 500, 503] as const;

/** A route's responses: the given success schemas plus the one error shape for every error status. */
export function responses<R extends Record<number, TSchema>>(success: R) {
  const errors = Object.fromEntries(ERROR_STATUSES.map((s) => [s, ErrorSchema])) as Record<
    (typeof ERROR_STATUSES)[number],
    typeof ErrorSchema
  >;
  return { ...errors, ...success };
}

/** An empty 204 response. */
export const NoContent = Type.Null();

/** A uuid in its plain 8-4-4-4-12 form: ajv's `uuid` format also passes `urn:uuid:…`, which PostgreSQL refuses. */
export const Uuid = () =>
  Type.String({ format: 'uuid', pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' });

export const IdParams = Type.Object({ id: Uuid() }, { additionalProperties: false });

/**
 * A whole number in a querystring. ajv coerces "1e309" to Infinity and then skips its range checks, so the range is
 * checked again by a second schema that sees the coerced number (a negative Infinity would otherwise drop the LIMIT).
 */
export const QueryInteger = (range: { minimum: number; maximum: number }) => Type.Intersect([Type.Integer(), Type.Integer(range)]);

/** YYYY-MM-DD. */
export const DateString = (options: { description?: string } = {}) => Type.String({ format: 'date', ...options });
