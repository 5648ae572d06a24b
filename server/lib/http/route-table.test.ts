import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../common/errors.ts';
import { COVERED_VERBS, ROUTE_SPECS, routeKey } from '../../test/authorisation-expectations.ts';
import { testApp } from '../../test/harness.ts';
import { fetchOpenApi, resolveRefs, type JsonSchema } from '../../test/openapi.ts';
import { openApiPath } from '../../test/route-requests.ts';
import { VERBS } from '../access/verbs.ts';

const ctx = await testApp();
const routes = ctx.app.kittRoutes;
const doc = await fetchOpenApi(ctx.app);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
);

// Which errors every operation must document, decided here rather than read from the responses() helper.
const ALWAYS = ['400', '404', '429', '500', '503'];
const SIGNED_IN = ['401', '403'];
const WITH_BODY = ['413', '415'];

describe('route table', () => {
  it('lists the API routes', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.every((r) => r.url.startsWith('/api/'))).toBe(true);
  });

  it('has a policy verb on every /api route', () => {
    expect(routes.filter((r) => r.policy === undefined).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('uses only verbs that server/lib/access/verbs.ts defines', () => {
    expect(routes.filter((r) => !Object.hasOwn(VERBS, String(r.policy))).map((r) => `${r.method} ${r.url}: ${r.policy}`)).toEqual([]);
  });

  it('uses only verbs that the authorisation matrix covers', () => {
    expect(routes.filter((r) => !COVERED_VERBS.includes(String(r.policy))).map((r) => `${r.method} ${r.url}: ${r.policy}`)).toEqual([]);
  });

  it('has a matrix decision for every verb in VERBS, and none for a verb that no longer exists', () => {
    expect(Object.keys(VERBS).filter((v) => !COVERED_VERBS.includes(v))).toEqual([]);
    expect(COVERED_VERBS.filter((v) => !Object.hasOwn(VERBS, v))).toEqual([]);
  });

  it('has an entry in the matrix’s route specs for every route, and none for a route that no longer exists', () => {
    const keys = routes.map((r) => routeKey(r.method, r.url));
    expect(keys.filter((k) => !ROUTE_SPECS[k])).toEqual([]);
    expect(Object.keys(ROUTE_SPECS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('declares each method and url once', () => {
    const keys = routes.map((r) => routeKey(r.method, r.url));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('OpenAPI document', () => {
  const routeOf = (method: string, path: string) => routes.find((r) => r.method === method && openApiPath(r.url) === path);

  it('is OpenAPI 3.1 and lists operations', () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(operations.length).toBeGreaterThan(5);
  });

  it('documents every route that is not public, and only routes that exist', () => {
    const documented = new Set(operations.map((o) => `${o.method} ${o.path}`));
    const hidden = routes.filter((r) => !documented.has(`${r.method} ${openApiPath(r.url)}`));
    expect(hidden.filter((r) => r.policy !== 'public').map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(operations.filter((o) => !routeOf(o.method, o.path)).map((o) => `${o.method} ${o.path}`)).toEqual([]);
  });

  it('names the route’s policy verb in x-kitt-policy on every operation', () => {
    const wrong = operations
      .map((o) => ({ at: `${o.method} ${o.path}`, documented: o.op['x-kitt-policy'], declared: routeOf(o.method, o.path)?.policy }))
      .filter((o) => o.documented === undefined || o.documented !== o.declared);
    expect(wrong).toEqual([]);
  });

  it('declares the success status and the error statuses of every operation', () => {
    const missing: string[] = [];
    for (const { path, method, op } of operations) {
      const route = routeOf(method, path)!;
      const success = String(ROUTE_SPECS[routeKey(method, route.url)]?.success);
      const needed = [success, ...ALWAYS, ...(route.policy === 'public' ? [] : SIGNED_IN), ...(op.requestBody ? WITH_BODY : [])];
      for (const status of needed) if (!op.responses?.[status]) missing.push(`${method} ${path} ${status}`);
    }
    expect(missing).toEqual([]);
  });

  it('describes every error response with the one error shape and the codes of common/errors.ts', () => {
    const wrong: string[] = [];
    for (const { path, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (Number(status) < 400) continue;
        const schema: JsonSchema | undefined = response.content?.['application/json']?.schema;
        const error = schema && resolveRefs(doc, schema).properties?.error;
        const ok =
          error?.required?.includes('code') &&
          error.required.includes('message') &&
          [...(error.properties?.code?.enum ?? [])].sort().join() === [...ERROR_CODES].sort().join();
        if (!ok) wrong.push(`${method} ${path} ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  it('gives every success response with content a JSON schema, and a 204 none', () => {
    for (const { path, method, op } of operations) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        if (!status.startsWith('2')) continue;
        if (status === '204') expect(response.content, `${method} ${path}`).toBeUndefined();
        // A file is described by its own media type: a PDF, a workbook or a document as it was sent as a binary string,
        // CSV as text; everything else is JSON.
        else if (response.content?.['application/pdf'] ?? response.content?.[XLSX] ?? response.content?.['application/octet-stream'])
          expect(
            (response.content['application/pdf'] ?? response.content[XLSX] ?? response.content['application/octet-stream'])!.schema,
            `${method} ${path} ${status}`,
          ).toMatchObject({
            type: 'string',
            format: 'binary',
          });
        else if (response.content?.['text/csv'])
          expect(response.content['text/csv'].schema, `${method} ${path} ${status}`).toMatchObject({ type: 'string' });
        else expect(response.content?.['application/json']?.schema, `${method} ${path} ${status}`).toBeDefined();
      }
    }
  });
});
