import type { App } from '../lib/http/app-type.ts';
import { openApiPath } from './route-requests.ts';

/** The parts of an OpenAPI 3.1 document the route tests read. */
export type JsonSchema = Record<string, any>;

export interface Operation {
  'x-kitt-policy'?: string;
  parameters?: { in: 'path' | 'query' | 'header' | 'cookie'; name: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema: JsonSchema }> }>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export async function fetchOpenApi(app: App): Promise<OpenApiDocument> {
  const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
  if (res.statusCode !== 200) throw new Error(`GET /api/openapi.json answered ${res.statusCode}`);
  return res.json() as OpenApiDocument;
}

export const operationOf = (doc: OpenApiDocument, method: string, url: string): Operation | undefined =>
  doc.paths[openApiPath(url)]?.[method.toLowerCase()];

/** Replaces `$ref`s to the document's components by the schemas they name. */
export function resolveRefs(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema)) return schema.map((s) => resolveRefs(doc, s));
  if (schema === null || typeof schema !== 'object') return schema;
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${schema.$ref}`);
    return resolveRefs(doc, target);
  }
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, resolveRefs(doc, v)]));
}

/** A route's request schemas, as plain JSON Schema rebuilt from its OpenAPI operation. */
export interface RequestSchemas {
  params?: JsonSchema;
  query?: JsonSchema;
  body?: JsonSchema;
}

function objectOf(params: NonNullable<Operation['parameters']>): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
    required: params.filter((p) => p.required).map((p) => p.name),
  };
}

export function requestSchemas(doc: OpenApiDocument, method: string, url: string): RequestSchemas {
  const op = operationOf(doc, method, url);
  if (!op) return {};
  const params = (op.parameters ?? []).filter((p) => p.in === 'path');
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  const body = op.requestBody?.content['application/json']?.schema;
  return {
    ...(params.length ? { params: objectOf(params) } : {}),
    ...(query.length ? { query: objectOf(query) } : {}),
    ...(body ? { body: resolveRefs(doc, body) } : {}),
  };
}
