import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ContractRequirementKind, PurchaseKind } from '../../../common/offer.ts';
import { organisations } from '../tenants/tables.ts';

export interface ContractRequirement {
  kind: ContractRequirementKind;
  /** How many per contract year, e.g. 6 placements or 2 jobs for people far from the labour market. */
  perYear: number;
}

/**
 * A procurement contract (the municipality as procurer) with employment requirements; fulfilment is computed from
 * the participations in the interventions linked to it.
 */
export const contracts = pgTable(
  'contracts',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    procuringOrganisationId: uuid('procuring_organisation_id').notNull(),
    supplierOrganisationId: uuid('supplier_organisation_id').notNull(),
    name: text('name').notNull(),
    reference: text('reference'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }).notNull(),
    requirements: jsonb('requirements').$type<ContractRequirement[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.procuringOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.supplierOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('contracts_tenant_supplier').on(t.tenantId, t.supplierOrganisationId),
  ],
);

/**
 * What an organisation of the municipality buys from a social enterprise (the municipality as entrepreneur's
 * customer): goods, services or training places, recorded per year. The amount is whole öre, never a fraction; the
 * supplier must be an organisation of kind `social_enterprise` (checked by the service). No personal data.
 */
export const purchases = pgTable(
  'purchases',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    buyerOrganisationId: uuid('buyer_organisation_id').notNull(),
    supplierOrganisationId: uuid('supplier_organisation_id').notNull(),
    year: smallint('year').notNull(),
    kind: text('kind').$type<PurchaseKind>().notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    description: text('description').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.buyerOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.supplierOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('purchases_tenant_year_supplier').on(t.tenantId, t.year, t.supplierOrganisationId),
    check('purchases_amount_positive', sql`${t.amountOre} > 0`),
    check('purchases_year_range', sql`${t.year} between 2000 and 2099`),
  ],
);
