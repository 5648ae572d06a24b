import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import { PURCHASE_KINDS, type PurchaseKind } from '../../../common/offer.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { mayChangeAs, mayProcure } from './policy.ts';
import type { CreatePurchase, Purchase, PurchaseList, PurchaseQuery, UpdatePurchase } from './schema.ts';
import { purchases } from './tables.ts';

/** At most this many purchases are listed; the totals always cover every purchase the filters select. */
const LIST_LIMIT = 1000;

const buyer = alias(organisations, 'buyer');
const supplier = alias(organisations, 'supplier');

const filtersOf = (tenantId: string, query: Static<typeof PurchaseQuery>): SQL =>
  and(
    eq(purchases.tenantId, tenantId),
    query.year === undefined ? undefined : eq(purchases.year, query.year),
    query.supplierOrganisationId === undefined ? undefined : eq(purchases.supplierOrganisationId, query.supplierOrganisationId),
  )!;

function loadPurchases(ex: Executor, actor: Actor, where: SQL) {
  return ex
    .select({ purchase: purchases, buyerOrganisationName: buyer.name, supplierOrganisationName: supplier.name })
    .from(purchases)
    .innerJoin(buyer, and(eq(buyer.tenantId, purchases.tenantId), eq(buyer.id, purchases.buyerOrganisationId)))
    .innerJoin(supplier, and(eq(supplier.tenantId, purchases.tenantId), eq(supplier.id, purchases.supplierOrganisationId)))
    .where(where)
    .orderBy(desc(purchases.year), asc(supplier.name), desc(purchases.createdAt), asc(purchases.id))
    .limit(LIST_LIMIT);
}

type Loaded = Awaited<ReturnType<typeof loadPurchases>>[number];

const present = (actor: Actor, { purchase: p, buyerOrganisationName, supplierOrganisationName }: Loaded): Static<typeof Purchase> => ({
  id: p.id,
  buyerOrganisationId: p.buyerOrganisationId,
  buyerOrganisationName,
  supplierOrganisationId: p.supplierOrganisationId,
  supplierOrganisationName,
  year: p.year,
  kind: p.kind,
  amountOre: p.amountOre,
  description: p.description,
  version: p.version,
  createdAt: new Date(p.createdAt).toISOString(),
  mayChange: mayChangeAs(actor, p.buyerOrganisationId),
});

/**
 * Sums per year, social enterprise and kind, added up in SQL as whole öre (`bigint`, returned as text and read
 * exactly: a year's purchases stay far below 2^53 öre).
 */
async function totals(ex: Executor, where: SQL): Promise<Static<typeof PurchaseList>['totals']> {
  const sums = await ex
    .select({
      year: purchases.year,
      supplierOrganisationId: purchases.supplierOrganisationId,
      supplierOrganisationName: supplier.name,
      kind: purchases.kind,
      amountOre: sql<string>`sum(${purchases.amountOre})::bigint::text`,
    })
    .from(purchases)
    .innerJoin(supplier, and(eq(supplier.tenantId, purchases.tenantId), eq(supplier.id, purchases.supplierOrganisationId)))
    .where(where)
    .groupBy(purchases.year, purchases.supplierOrganisationId, supplier.name, purchases.kind)
    .orderBy(desc(purchases.year), asc(supplier.name), asc(purchases.supplierOrganisationId));
  const years: Static<typeof PurchaseList>['totals'] = [];
  for (const s of sums) {
    const amountOre = Number(s.amountOre);
    let year = years.find((y) => y.year === s.year);
    if (!year) years.push((year = { year: s.year, amountOre: 0, suppliers: [] }));
    let enterprise = year.suppliers.find((e) => e.supplierOrganisationId === s.supplierOrganisationId);
    if (!enterprise)
      year.suppliers.push(
        (enterprise = {
          supplierOrganisationId: s.supplierOrganisationId,
          supplierOrganisationName: s.supplierOrganisationName,
          amountOre: 0,
          byKind: [],
        }),
      );
    year.amountOre += amountOre;
    enterprise.amountOre += amountOre;
    enterprise.byKind.push({ kind: s.kind, amountOre });
  }
  const order = (k: PurchaseKind) => PURCHASE_KINDS.indexOf(k);
  for (const y of years) for (const e of y.suppliers) e.byKind.sort((a, b) => order(a.kind) - order(b.kind));
  return years;
}

/**
 * What the area's organisations bought from social enterprises: the purchases the filters select (a year, one
 * enterprise), their totals per year and enterprise, the years there are, and the enterprises to choose from.
 */
export async function listPurchases(db: Db, actor: Actor, query: Static<typeof PurchaseQuery>): Promise<Static<typeof PurchaseList>> {
  const where = filtersOf(actor.tenantId, query);
  const [rows, sums, years, socialEnterprises] = await Promise.all([
    loadPurchases(db, actor, where),
    totals(db, where),
    db.selectDistinct({ year: purchases.year }).from(purchases).where(eq(purchases.tenantId, actor.tenantId)).orderBy(desc(purchases.year)),
    db
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.kind, 'social_enterprise'), eq(organisations.active, true)))
      .orderBy(asc(organisations.name)),
  ]);
  return {
    items: rows.map((r) => present(actor, r)),
    totals: sums,
    years: years.map((y) => y.year),
    socialEnterprises,
    mayCreate: mayProcure(actor),
  };
}

async function getPurchase(ex: Executor, actor: Actor, id: string) {
  const [row] = await loadPurchases(ex, actor, and(eq(purchases.tenantId, actor.tenantId), eq(purchases.id, id))!);
  if (!row) throw notFound();
  return present(actor, row);
}

/** The supplier must be a social enterprise of the area: 400 `unknown_organisation` or `supplier_not_social_enterprise`. */
async function checkSupplier(tx: Executor, tenantId: string, supplierOrganisationId: string) {
  const [found] = await tx
    .select({ kind: organisations.kind })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), eq(organisations.id, supplierOrganisationId)));
  const keyword = !found ? 'unknown_organisation' : found.kind !== 'social_enterprise' ? 'supplier_not_social_enterprise' : null;
  if (keyword) throw invalid([{ path: '/supplierOrganisationId', keyword, message: keyword }]);
}

const auditPurchase = (tx: Executor, actor: Actor, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [
    { participantId: null, category: 'procurement', action, grant: 'own_organisation', resourceType: 'purchase', resourceId: id },
  ]);

/** Records a purchase with the actor's organisation as the buyer. */
export async function createPurchase(db: Db, actor: Actor, input: Static<typeof CreatePurchase>) {
  if (!mayProcure(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    await checkSupplier(tx, actor.tenantId, input.supplierOrganisationId);
    const [row] = await tx
      .insert(purchases)
      .values({ ...input, tenantId: actor.tenantId, buyerOrganisationId: actor.organisationId! })
      .returning({ id: purchases.id });
    await auditPurchase(tx, actor, row!.id, 'create');
    return getPurchase(tx, actor, row!.id);
  });
}

/** Corrects a purchase of the actor's own organisation (403 for another's), at the version read (409 when stale). */
export async function updatePurchase(db: Db, actor: Actor, id: string, input: Static<typeof UpdatePurchase>) {
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ buyer: purchases.buyerOrganisationId, version: purchases.version })
      .from(purchases)
      .where(and(eq(purchases.tenantId, actor.tenantId), eq(purchases.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (!mayChangeAs(actor, current.buyer)) throw forbidden();
    if (current.version !== version) throw conflict();
    await checkSupplier(tx, actor.tenantId, fields.supplierOrganisationId);
    await tx
      .update(purchases)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(purchases.tenantId, actor.tenantId), eq(purchases.id, id)));
    await auditPurchase(tx, actor, id, 'update');
    return getPurchase(tx, actor, id);
  });
}
