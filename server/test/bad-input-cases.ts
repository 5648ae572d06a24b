import type { Parts, Quiet } from './bad-input-routes.ts';
import {
  boundaryValues,
  encodeBytes,
  EXTRA_KEYS,
  HOSTILE_STRINGS,
  JSON_TYPES,
  MALFORMED_JSON,
  queryAbuse,
  TEXT_TYPES,
  UNSUPPORTED_TYPES,
  WRONG_TYPES,
} from './hostile-values.ts';
import type { JsonSchema, RequestSchemas } from './openapi.ts';

/** One generated request and what it must produce: refused (4xx), or anything below 500. */
export interface HostileCase {
  kind: 'field' | 'missing' | 'extra' | 'whole' | 'raw' | 'media' | 'size' | 'param' | 'query' | 'header';
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
  expect: 'reject' | 'tolerate';
}

export interface RouteUnderTest {
  method: string;
  url: string;
  schemas: RequestSchemas;
  /** A well-formed request the sender may make (it may write). */
  valid: Parts;
  quiet: Quiet | null;
  /** The server's own body validator (after coercion); null when the route takes no body. */
  bodyIsValid: ((body: unknown) => boolean) | null;
  /** Path values that name nothing the sender may touch. */
  ids: string[];
  /** Whether the route needs a session: then bad cookies and CSRF tokens are refused. */
  signedIn: boolean;
  session: { cookie: string; csrfToken: string } | null;
}

// Fastify's default. Longer values, and percent signs that do not decode, are the known framework-error case that
// bad-input.test.ts tests apart.
const MAX_PARAM_LENGTH = 100;

const merged = (schema: JsonSchema): JsonSchema => Object.assign({}, ...(schema.allOf ?? []), schema);

/**
 * Whether a querystring must be refused, judged independently of the validator: an unknown or repeated name, a
 * number that is not a whole number within range, or a string over its maximum length.
 */
export function queryRefused(schema: JsonSchema, query: string): boolean {
  const seen = new Set<string>();
  for (const [name, value] of new URLSearchParams(query)) {
    const field = schema.properties?.[name] && merged(schema.properties[name]);
    if (!field || seen.has(name)) return true;
    seen.add(name);
    const n = Number(value);
    if (field.type === 'integer' && (!Number.isInteger(n) || n < (field.minimum ?? -Infinity) || n > (field.maximum ?? Infinity)))
      return true;
    if (field.type === 'string' && [...value].length > (field.maxLength ?? Infinity)) return true;
  }
  return false;
}

function urlOf(pattern: string, parts: Parts): string {
  const path = pattern.replace(/:(\w+)|\*$/g, (_, name: string | undefined) => {
    const value = parts.params?.[name ?? '*'];
    if (value === undefined) throw new Error(`no value for ${name ?? '*'} in ${pattern}`);
    return name ? encodeBytes(value) : value.split('/').map(encodeBytes).join('/');
  });
  return parts.query ? `${path}?${parts.query}` : path;
}

/** Generates the route's hostile requests from its schemas, classifying each by the server's own validator. */
export function hostileCases(r: RouteUnderTest): HostileCase[] {
  const cases: HostileCase[] = [];
  const hasBodyMethod = r.method !== 'GET';
  const auth: Record<string, string> = r.session ? { cookie: r.session.cookie, 'x-csrf-token': r.session.csrfToken } : {};
  const add = (
    kind: HostileCase['kind'],
    label: string,
    parts: Parts,
    expect: HostileCase['expect'],
    extra: { headers?: Record<string, string>; payload?: string } = {},
  ) => {
    const payload = extra.payload ?? (parts.body === undefined ? undefined : JSON.stringify(parts.body));
    const headers = {
      ...auth,
      ...(payload !== undefined && !extra.headers?.['content-type'] ? { 'content-type': 'application/json' } : {}),
      ...extra.headers,
    };
    cases.push({ kind, label, method: r.method, url: urlOf(r.url, parts), headers, ...(payload === undefined ? {} : { payload }), expect });
  };
  const quiet = r.quiet;

  /** A body the validator refuses goes on the valid request; one it accepts goes on the quiet request, if any. */
  const tryBody = (kind: HostileCase['kind'], label: string, field: string | null, change: (body: Record<string, unknown>) => unknown) => {
    const candidate = change({ ...(r.valid.body as Record<string, unknown>) });
    if (!r.bodyIsValid!(structuredClone(candidate))) return add(kind, label, { ...r.valid, body: candidate }, 'reject');
    if (!quiet || quiet.parts.body === undefined || (field !== null && quiet.carriers?.includes(field))) return;
    add(
      kind,
      `${label} (on the quiet request)`,
      { ...quiet.parts, body: change({ ...(quiet.parts.body as Record<string, unknown>) }) },
      quiet.outcome,
    );
  };

  // Body: every field gets wrong types, hostile strings and values at its limits; required fields go missing.
  const body = r.schemas.body;
  if (body && r.bodyIsValid) {
    const properties: Record<string, any> = body.properties ?? {};
    for (const [field, schema] of Object.entries(properties)) {
      const values = [...WRONG_TYPES, ...HOSTILE_STRINGS, ...boundaryValues(schema)];
      values.forEach((value, i) =>
        tryBody('field', `${field} #${i} ${JSON.stringify(value)?.slice(0, 40)}`, field, (b) => ({ ...b, [field]: value })),
      );
    }
    for (const field of body.required ?? []) {
      tryBody('missing', `without ${field}`, field, (b) => {
        delete b[field];
        return b;
      });
    }
    for (const key of EXTRA_KEYS)
      for (const value of [1, 'x', null, { nested: true }])
        tryBody('extra', `extra ${JSON.stringify(key)}=${JSON.stringify(value)}`, null, (b) => ({ ...b, [key]: value }));
    for (const whole of [
      null,
      true,
      0,
      'text',
      [],
      [r.valid.body],
      {},
      [{}],
      { [Object.keys(properties)[0] ?? 'a']: { deep: { deeper: [1, 2, 3] } } },
    ]) {
      tryBody('whole', `body ${JSON.stringify(whole)?.slice(0, 40)}`, null, () => whole);
    }
    const first = Object.keys(properties)[0] ?? 'a';
    tryBody('size', 'a 900 kB field', first, (b) => ({ ...b, [first]: 'x'.repeat(900_000) }));
  }

  if (hasBodyMethod) {
    // Malformed JSON and refused content types: the parser refuses them, whatever the route.
    for (const [i, text] of MALFORMED_JSON.entries()) {
      for (const type of i < 5 ? JSON_TYPES : JSON_TYPES.slice(0, 1))
        add('raw', `malformed #${i} as ${type}`, r.valid, 'reject', { headers: { 'content-type': type }, payload: text });
    }
    const texts = [JSON.stringify(r.valid.body ?? {}), 'a=1&b=2', '<a/>', HOSTILE_STRINGS[0]!, '\u202e\u0000'];
    for (const type of UNSUPPORTED_TYPES)
      for (const text of texts)
        add('media', `${type} ${text.slice(0, 20)}`, r.valid, 'reject', { headers: { 'content-type': type }, payload: text });
    add('media', 'a body without a content type', r.valid, 'reject', {
      headers: { 'content-type': '' },
      payload: JSON.stringify(r.valid.body ?? {}),
    });
    // text/plain is parsed to a string: refused by a body schema, ignored by a route without one.
    for (const type of TEXT_TYPES) {
      for (const text of texts) {
        if (r.bodyIsValid)
          add('media', `${type} ${text.slice(0, 20)}`, r.valid, 'reject', { headers: { 'content-type': type }, payload: text });
        else if (quiet)
          add('media', `${type} ${text.slice(0, 20)} (on the quiet request)`, quiet.parts, quiet.outcome, {
            headers: { 'content-type': type },
            payload: text,
          });
      }
    }
    const huge = JSON.stringify({ [Object.keys(r.schemas.body?.properties ?? { a: 1 })[0]!]: 'x'.repeat(2_000_000) });
    for (const type of ['application/json', 'text/plain', 'application/xml'])
      add('size', `2 MB as ${type}`, r.valid, 'reject', { headers: { 'content-type': type }, payload: huge });
    if (!r.bodyIsValid && quiet)
      for (const value of [{}, [], null, { a: HOSTILE_STRINGS[0] }])
        add('whole', `JSON body ${JSON.stringify(value)} on a route without one`, { ...quiet.parts, body: value }, quiet.outcome);
  } else if (quiet) {
    // GET ignores a body: it must neither break nor matter.
    for (const text of ['{"a":1}', MALFORMED_JSON[0]!, 'x'.repeat(100_000)]) {
      for (const type of ['application/json', 'text/plain', 'application/xml'])
        add('raw', `GET with a ${type} body`, quiet.parts, quiet.outcome, { headers: { 'content-type': type }, payload: text });
    }
  }

  // Path parameters: each replaced by values that name nothing the sender may touch, or are not ids at all.
  const wildcard = r.url.endsWith('*');
  for (const name of Object.keys(r.valid.params ?? {})) {
    const values = wildcard
      ? [...r.ids, ...HOSTILE_STRINGS, '../../package.json', '.env', '../../../etc/passwd', 'a/../../../server/app.ts']
      : [...r.ids, ...HOSTILE_STRINGS];
    for (const value of values) {
      if (encodeBytes(value).length > MAX_PARAM_LENGTH) continue;
      const params = { ...r.valid.params, [name]: value };
      add('param', `${name}=${JSON.stringify(value).slice(0, 40)}`, { ...r.valid, params }, wildcard ? 'tolerate' : 'reject');
    }
  }

  // Querystrings: judged by the route's query schema on the quiet request; a route without a query schema ignores
  // them, so a state-changing one gets them with a body its parser refuses.
  const names = Object.keys(r.schemas.query?.properties ?? { q: 1 });
  for (const query of queryAbuse(names)) {
    const label = `?${query.slice(0, 40)}`;
    if (r.schemas.query && quiet)
      add('query', label, { ...quiet.parts, query }, queryRefused(r.schemas.query, query) ? 'reject' : quiet.outcome);
    else if (hasBodyMethod) add('query', `${label} with malformed JSON`, { ...r.valid, query }, 'reject', { payload: '{' });
    else if (quiet) add('query', label, { ...quiet.parts, query }, quiet.outcome);
  }

  // Sessions: a forged or broken cookie, a missing or wrong CSRF token.
  if (r.signedIn && r.session) {
    const tenant = r.session.cookie.slice('kitt_session='.length).split('.')[0]!;
    const cookies = [
      'kitt_session=',
      'kitt_session=garbage',
      `kitt_session=${tenant}.`,
      `kitt_session=${tenant}.${'A'.repeat(43)}`,
      `kitt_session=00000000-0000-0000-0000-000000000000.${'A'.repeat(43)}`,
      `kitt_session=${'x'.repeat(4000)}`,
      'other=1',
    ];
    for (const cookie of cookies) add('header', `cookie ${cookie.slice(0, 40)}`, r.valid, 'reject', { headers: { cookie } });
    if (hasBodyMethod) {
      for (const token of [
        '',
        'x',
        r.session.csrfToken.toUpperCase() === r.session.csrfToken ? 'y' : r.session.csrfToken.toUpperCase(),
        `${r.session.csrfToken} `,
        'x'.repeat(r.session.csrfToken.length),
      ]) {
        add('header', `CSRF token ${JSON.stringify(token).slice(0, 20)}`, r.valid, 'reject', { headers: { 'x-csrf-token': token } });
      }
    }
  }
  return cases;
}
