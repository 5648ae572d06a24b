import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, buildTenant, buildUser, TEST_PASSWORD } from '../../test/factories.ts';
import { signIn, testApp, type Session, type TestContext } from '../../test/harness.ts';
import { purchases } from './tables.ts';

let ctx: TestContext;
let amf: string;
let soc: string;
let kvarnen: string;
let verkstan: string;
let otherPurchase: string;
let otherEnterprise: string;
let coordinator: Session;
let socManager: Session;
let analyst: Session;
let provider: Session;

const purchase = (extra: object = {}) => ({
  supplierOrganisationId: kvarnen,
  year: 2025,
  kind: 'training_places',
  amountOre: 12_500_050,
  description: 'Träningsplatser i caféet',
  ...extra,
});

beforeAll(async () => {
  ctx = await testApp();
  const db = ctx.database.db;
  const tenantId = await buildTenant(db);
  amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  soc = await buildOrganisation(db, tenantId, 'social_services', 'Socialtjänsten');
  kvarnen = await buildOrganisation(db, tenantId, 'social_enterprise', 'Kvarnen');
  verkstan = await buildOrganisation(db, tenantId, 'social_enterprise', 'Verkstan');
  const as = async (roles: ('coordinator' | 'manager' | 'analyst' | 'provider')[], org: string | null) =>
    signIn(ctx.app, (await buildUser(db, tenantId, { roles, organisationId: org })).email, TEST_PASSWORD);
  coordinator = await as(['coordinator'], amf);
  socManager = await as(['manager'], soc);
  analyst = await as(['analyst'], null);
  provider = await as(['provider'], kvarnen);

  const otherTenant = await buildTenant(db, 'Annat förbund');
  const otherBuyer = await buildOrganisation(db, otherTenant, 'labour_market_unit');
  otherEnterprise = await buildOrganisation(db, otherTenant, 'social_enterprise');
  const [row] = await db
    .insert(purchases)
    .values({
      tenantId: otherTenant,
      buyerOrganisationId: otherBuyer,
      supplierOrganisationId: otherEnterprise,
      year: 2025,
      kind: 'goods',
      amountOre: 100,
      description: 'Annat köp',
    })
    .returning({ id: purchases.id });
  otherPurchase = row!.id;
});

let recorded: { id: string; version: number };

describe('purchases from social enterprises', () => {
  it('records a purchase in whole öre with the own organisation as buyer', async () => {
    const res = await coordinator.send('POST', '/api/procurement/purchases', purchase());
    expect(res.status).toBe(201);
    recorded = res.body;
    expect(res.body).toMatchObject({
      buyerOrganisationId: amf,
      buyerOrganisationName: 'Arbetsmarknadsenheten',
      supplierOrganisationName: 'Kvarnen',
      year: 2025,
      kind: 'training_places',
      amountOre: 12_500_050,
      version: 1,
      mayChange: true,
    });
  });

  it('lists per year and enterprise with totals per kind, filtered by year and by enterprise', async () => {
    await coordinator.send('POST', '/api/procurement/purchases', purchase({ kind: 'goods', amountOre: 99, description: 'Bröd' }));
    await coordinator.send('POST', '/api/procurement/purchases', purchase({ year: 2024, amountOre: 5_000_000 }));
    await socManager.send(
      'POST',
      '/api/procurement/purchases',
      purchase({ supplierOrganisationId: verkstan, kind: 'services', amountOre: 1 }),
    );
    const all = await analyst.get('/api/procurement/purchases');
    expect(all.status).toBe(200);
    expect(all.body.years).toEqual([2025, 2024]);
    expect(all.body.socialEnterprises.map((e: { name: string }) => e.name)).toEqual(['Kvarnen', 'Verkstan']);
    expect(all.body.mayCreate).toBe(false);
    expect(all.body.totals).toEqual([
      {
        year: 2025,
        amountOre: 12_500_150,
        suppliers: [
          {
            supplierOrganisationId: kvarnen,
            supplierOrganisationName: 'Kvarnen',
            amountOre: 12_500_149,
            byKind: [
              { kind: 'goods', amountOre: 99 },
              { kind: 'training_places', amountOre: 12_500_050 },
            ],
          },
          {
            supplierOrganisationId: verkstan,
            supplierOrganisationName: 'Verkstan',
            amountOre: 1,
            byKind: [{ kind: 'services', amountOre: 1 }],
          },
        ],
      },
      {
        year: 2024,
        amountOre: 5_000_000,
        suppliers: [
          {
            supplierOrganisationId: kvarnen,
            supplierOrganisationName: 'Kvarnen',
            amountOre: 5_000_000,
            byKind: [{ kind: 'training_places', amountOre: 5_000_000 }],
          },
        ],
      },
    ]);
    expect(all.body.items).toHaveLength(4);
    const ofYear = await analyst.get('/api/procurement/purchases?year=2024');
    expect(ofYear.body.items.map((p: { amountOre: number }) => p.amountOre)).toEqual([5_000_000]);
    expect(ofYear.body.years).toEqual([2025, 2024]);
    const ofEnterprise = await coordinator.get(`/api/procurement/purchases?supplierOrganisationId=${verkstan}`);
    expect(
      ofEnterprise.body.items.map((p: { buyerOrganisationName: string; mayChange: boolean }) => [p.buyerOrganisationName, p.mayChange]),
    ).toEqual([['Socialtjänsten', false]]);
    expect(ofEnterprise.body.totals.map((t: { amountOre: number }) => t.amountOre)).toEqual([1]);
  });

  it('corrects a purchase at the version read, and refuses a stale one with 409', async () => {
    const res = await coordinator.send('PUT', `/api/procurement/purchases/${recorded.id}`, purchase({ amountOre: 12_000_000, version: 1 }));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ amountOre: 12_000_000, version: 2 });
    const stale = await coordinator.send('PUT', `/api/procurement/purchases/${recorded.id}`, purchase({ version: 1 }));
    expect([stale.status, stale.body.error.code]).toEqual([409, 'conflict']);
  });

  it.each([
    ['a negative amount', { amountOre: -100 }, 'minimum'],
    ['no amount', { amountOre: 0 }, 'minimum'],
    ['a fraction of an öre', { amountOre: 10.5 }, 'type'],
    ['a year before 2000', { year: 1999 }, 'minimum'],
    ['a year after 2099', { year: 2100 }, 'maximum'],
    ['an unknown kind', { kind: 'consulting' }, 'enum'],
  ])('refuses %s with 400 validation_failed', async (_label, change, keyword) => {
    const res = await coordinator.send('POST', '/api/procurement/purchases', purchase(change));
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_failed']);
    expect(JSON.stringify(res.body.error.details)).toContain(keyword);
  });

  it('refuses a supplier that is no social enterprise of the area, with a keyword saying which', async () => {
    const notEnterprise = await coordinator.send('POST', '/api/procurement/purchases', purchase({ supplierOrganisationId: soc }));
    expect([notEnterprise.status, notEnterprise.body.error.code]).toEqual([400, 'validation_failed']);
    expect(notEnterprise.body.error.details).toEqual([
      { path: '/supplierOrganisationId', keyword: 'supplier_not_social_enterprise', message: 'supplier_not_social_enterprise' },
    ]);
    const elsewhere = await coordinator.send('POST', '/api/procurement/purchases', purchase({ supplierOrganisationId: otherEnterprise }));
    expect(elsewhere.body.error.details[0].keyword).toBe('unknown_organisation');
    const onChange = await coordinator.send(
      'PUT',
      `/api/procurement/purchases/${recorded.id}`,
      purchase({ supplierOrganisationId: soc, version: 2 }),
    );
    expect(onChange.body.error.details[0].keyword).toBe('supplier_not_social_enterprise');
  });

  it('refuses other roles with 403, another buyer’s purchase with 403, and other tenants’ purchases with 404', async () => {
    expect((await provider.get('/api/procurement/purchases')).status).toBe(403);
    expect((await analyst.send('POST', '/api/procurement/purchases', purchase())).status).toBe(403);
    const foreign = await socManager.send('PUT', `/api/procurement/purchases/${recorded.id}`, purchase({ version: 2 }));
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'forbidden']);
    const other = await coordinator.send('PUT', `/api/procurement/purchases/${otherPurchase}`, purchase({ version: 1 }));
    expect([other.status, other.body.error.code]).toEqual([404, 'not_found']);
    const list = await analyst.get('/api/procurement/purchases');
    expect(list.body.items.map((p: { id: string }) => p.id)).not.toContain(otherPurchase);
  });
});
