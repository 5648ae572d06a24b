import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';

const common: Options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false };

function build(coerceTypes: Options['coerceTypes']) {
  const ajv = new Ajv({ ...common, coerceTypes });
  addFormats.default(ajv);
  return ajv;
}

/**
 * Validates requests against the routes' schemas. Query strings and path parameters arrive as text, so their values
 * are coerced to the schema's types; JSON bodies are not: `{"active":"false"}` is an error, not `false`.
 */
export function registerValidation(app: FastifyInstance) {
  const coercing = build('array');
  const strict = build(false);
  app.setValidatorCompiler(({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema));
}
