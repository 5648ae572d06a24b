import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCatalogue } from '../../demo/catalogue.ts';
import { DEMO_INTERVENTIONS } from '../../demo/catalogue-data.ts';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD, today } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { derivedId } from './hsds.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(fs.readFileSync(path.join(here, 'hsds-3.0', 'service.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);
const isValid = (record: unknown): boolean => validate(record) as boolean;

let ctx: TestContext;
let analyst: Session;
let records: Record<string, unknown>[];

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  const orgs = new Map<string, string>();
  for (const key of new Set(DEMO_INTERVENTIONS.map((d) => d.org)))
    orgs.set(key, await buildOrganisation(db, tenantId, 'supplier', `Organisation ${key}`));
  await db.transaction((tx) =>
    seedCatalogue({ tx, tenantId, today: today(), org: (key) => orgs.get(key)!, user: () => '', participants: [], random: Math.random }),
  );
  analyst = await signIn(ctx.app, (await buildUser(db, tenantId, { roles: ['analyst'], organisationId: null })).email, TEST_PASSWORD);
  const res = await ctx.app.inject({ method: 'GET', url: '/api/catalogue/hsds', headers: { cookie: analyst.cookie } });
  expect(res.statusCode).toBe(200);
  records = res.json();
});

describe('the HSDS 3.0 export', () => {
  it('holds every intervention of the tenant, whatever its status', () => {
    expect(records).toHaveLength(DEMO_INTERVENTIONS.length);
    expect(new Set(records.map((r) => r.status))).toEqual(new Set(['active', 'inactive', 'temporarily closed']));
  });

  it('validates every record against the official service schema', () => {
    const invalid = records.filter((r) => !isValid(r)).map((r) => ({ name: r.name, errors: (isValid(r), validate.errors) }));
    expect(invalid).toEqual([]);
  });

  it('would fail on a record the schema refuses (the check can fail)', () => {
    const broken = { ...records[0]!, status: 'open', languages: [{ code: 'sv' }] };
    expect(isValid(broken)).toBe(false);
  });

  it('carries eligibility as plain words, age limits and machine-readable rules', () => {
    const cafe = records.find((r) => r.name === 'Träningsplats i Kvarnens café och bageri') as Record<string, any>;
    expect(cafe.eligibility_description).toBe('18–64 år; Inskriven på Arbetsförmedlingen.');
    expect([cafe.minimum_age, cafe.maximum_age]).toEqual([18, 64]);
    const rules = cafe.attributes
      .filter((a: { link_type: string }) => a.link_type === 'eligibility')
      .map((a: { value: string }) => JSON.parse(a.value));
    expect(rules).toEqual([
      { fact: 'age', min: 18, max: 64 },
      { fact: 'registered_at_af', equals: true },
    ]);
    expect(cafe.cost_options[0]).toMatchObject({ currency: 'SEK', amount: 19000 });
    expect(cafe.languages.map((l: { code: string }) => l.code)).toEqual(['sv', 'ar', 'fa']);
    expect(cafe.service_at_locations[0].location.addresses[0]).toMatchObject({ address_1: 'Kvarngatan 7', city: 'Sjöstad', country: 'SE' });
  });

  it('names nested records with stable uuids', () => {
    const id = derivedId('a', 'b');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedId('a', 'b')).toBe(id);
    expect(derivedId('a', 'c')).not.toBe(id);
  });
});
