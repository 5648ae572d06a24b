import type { JsonSchema } from './openapi.ts';

/** Strings an attacker or a careless client sends: SQL, markup, Unicode edge cases and odd shapes. */
export const HOSTILE_STRINGS: readonly string[] = [
  // SQL fragments
  "'; drop table participants; --",
  '1 or 1=1',
  "' or '1'='1",
  "1'; select pg_sleep(5); --",
  "' union select password_hash, null from users --",
  "admin'--",
  '%',
  '_',
  '\\',
  '$$; drop table users; $$',
  // HTML, script and template fragments
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("return process")()}}',
  '${7*7}',
  '</textarea><svg onload=alert(1)>',
  '&lt;&#x3C;&#0;',
  // Unicode edge cases
  '\ud800',
  'a\udfffb',
  '\ud83d',
  'Anna\u202egnilliB',
  'zero\u200bwidth\u200d\ufeff',
  'nul\u0000byte',
  '\u0000',
  '😀👩‍👩‍👧‍👦🇸🇪',
  'e\u0301\u0301\u0301\u0301',
  'Z\u0364\u0354\u0367\u0311\u0313a\u0308\u0356\u032d',
  'ﷺ',
  'İıßǅ',
  '\u00a0\u2007\u202f',
  'line\r\nbreak',
  '\t',
  '\u2028\u2029',
  'A\u030a',
  'עברית العربية',
  '\u001b[31mred',
  // Shapes
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '0',
  '-1',
  'NaN',
  '1e309',
  '-1e309',
  '9'.repeat(40),
  '[]',
  '{}',
  '../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  'a'.repeat(300),
  'x'.repeat(5000),
];

/** JSON values of the wrong type for almost any field. */
export const WRONG_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 2,
  {},
  { $ne: null },
  { $gt: '' },
  [],
  [1, 2],
  ['a', 'b'],
  [null],
  [{}],
  [[]],
];

/** Values near a field's own limits and formats, read from its JSON Schema. */
export function boundaryValues(schema: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const variants: JsonSchema[] = [schema, ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  for (const s of variants) {
    if (typeof s.maxLength === 'number') out.push('x'.repeat(s.maxLength + 1), 'é'.repeat(s.maxLength + 1), 'x'.repeat(s.maxLength));
    if (typeof s.minLength === 'number' && s.minLength > 0) out.push('x'.repeat(s.minLength - 1));
    for (const v of s.enum ?? []) if (typeof v === 'string') out.push(v.toUpperCase(), ` ${v}`, `${v}\u0000`);
    if (s.format === 'uuid')
      out.push(
        'urn:uuid:8a2a7bbc-8f3c-4cc9-9a37-0d7a3c9b1f11',
        '00000000-0000-0000-0000-000000000000',
        'ffffffffffffffffffffffffffffffff',
        '{8a2a7bbc-8f3c-4cc9-9a37-0d7a3c9b1f11}',
        'g0000000-0000-0000-0000-000000000000',
      );
    if (s.format === 'date')
      out.push(
        '2024-02-30',
        '2023-02-29',
        '2024-13-01',
        '0000-01-01',
        '9999-12-31',
        '+012024-01-01',
        '2024-1-1',
        '2024-01-01T00:00:00Z',
        '20240101',
      );
    if (s.format === 'email')
      out.push('a@b', '@example.se', 'a@@example.se', 'a b@example.se', 'ä@example.se', `${'a'.repeat(250)}@example.se`);
    if (s.type === 'array')
      out.push(['participant'], ['administrator', 'administrator'], Array(20).fill('analyst'), [''], ['ADMINISTRATOR']);
    if (s.type === 'integer' || s.type === 'number') out.push(s.minimum - 1, s.maximum + 1, 1.0000001, '12abc');
  }
  return out.filter((v) => v !== undefined && !Number.isNaN(v));
}

/** Object keys no schema names: prototype pollution, internal columns and odd spellings. */
export const EXTRA_KEYS: readonly string[] = [
  'unknown',
  'id',
  'tenantId',
  'tenant_id',
  'createdByOrganisationId',
  'version',
  'passwordHash',
  'isAdmin',
  'constructor',
  'toString',
  '$where',
  '',
  ' ',
  'a.b',
  'ä',
  '\u0000',
];

/** Bodies that are not JSON, or JSON that the parser must refuse (prototype poisoning). */
export const MALFORMED_JSON: readonly string[] = [
  '{',
  '}',
  '{"a":}',
  "{'a':1}",
  '{"a":1,}',
  '[1,]',
  '{"a":1}{"b":2}',
  '{a:1}',
  'nul',
  'tru',
  '{"a":"\\x41"}',
  '{"a":"\u0001"}',
  '{"a":1',
  '"unterminated',
  'NaN',
  '{"a":NaN}',
  '{"a":Infinity}',
  '{"a":01}',
  '{"a":.5}',
  '{"a":+1}',
  '{"a":0x10}',
  '/* comment */ {}',
  '{"a":1} // trailing',
  '\u0000',
  '<?xml version="1.0"?><a/>',
  'a=1&b=2',
  '--boundary\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--boundary--',
  '['.repeat(5000),
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
];

/** Content types Fastify parses as JSON, as text, or refuses with 415. */
export const JSON_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json;',
  'Application/JSON',
  'application/json; charset=utf-16',
];
export const TEXT_TYPES = ['text/plain', 'text/plain; charset=utf-8', 'TEXT/PLAIN'];
export const UNSUPPORTED_TYPES = [
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=boundary',
  'application/xml',
  'text/xml',
  'text/html',
  'application/octet-stream',
  'image/png',
  'application/vnd.api+json',
  'application/json-patch+json',
  'text/json',
  'application/jsonx',
  '*/*',
  ';',
  'application/json, text/plain',
];

/** Querystrings for a route: each hostile value as a known name, an unknown name, a repeated name and an array. */
export function queryAbuse(names: readonly string[]): string[] {
  const out: string[] = [
    'limit=-1',
    'limit=0',
    'limit=99999999999999999999',
    'offset=-5',
    'limit=1.5',
    'limit=1e3',
    'limit=0x10',
    'limit=',
    'limit',
    '&&&',
    '=',
    '?',
    '%zz=1',
    'a=%zz',
    '__proto__[isAdmin]=1',
    'constructor[prototype][isAdmin]=1',
    `x=${'y'.repeat(20_000)}`,
  ];
  for (const value of HOSTILE_STRINGS) {
    const v = encodeBytes(value);
    for (const name of names) out.push(`${name}=${v}`, `${name}=1&${name}=${v}`, `${name}[]=${v}`);
    out.push(`${v}=1`, `unknown=${v}`);
  }
  return out;
}

/** Percent-encodes a string's UTF-8 bytes (a lone surrogate becomes U+FFFD, as on the wire). */
export function encodeBytes(value: string): string {
  return [...Buffer.from(value, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}
