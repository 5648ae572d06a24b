import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { PartyKind, ShareGroup } from '../../../common/governance.ts';
import { initiatives } from '../initiatives/tables.ts';
import { organisations } from '../tenants/tables.ts';

/**
 * A party to the area's samordningsförbund: Försäkringskassan, Arbetsförmedlingen, the region or a municipality,
 * with its weight in its group's split key (e.g. a municipality's population). No personal data.
 */
export const forbundParties = pgTable(
  'forbund_parties',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<PartyKind>().notNull(),
    keyWeight: bigint('key_weight', { mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), check('forbund_parties_weight_positive', sql`${t.keyWeight} > 0`)],
);

/** Which of the area's organisations belong to which party (an organisation to at most one), for figures by party. */
export const forbundPartyOrganisations = pgTable(
  'forbund_party_organisations',
  {
    tenantId: uuid('tenant_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    partyId: uuid('party_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.organisationId] }),
    foreignKey({ columns: [t.tenantId, t.partyId], foreignColumns: [forbundParties.tenantId, forbundParties.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('forbund_party_organisations_party').on(t.tenantId, t.partyId),
  ],
);

/**
 * A budget year: the total the parties contribute and, for the first year Kitt holds, the equity brought in. Later
 * years carry in what the year before carried out (budget-arithmetic.ts).
 */
export const budgetYears = pgTable(
  'budget_years',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: smallint('year').notNull(),
    totalOre: bigint('total_ore', { mode: 'number' }).notNull(),
    openingEquityOre: bigint('opening_equity_ore', { mode: 'number' }),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.year] }),
    check('budget_years_total_not_negative', sql`${t.totalOre} >= 0`),
    check('budget_years_year_range', sql`${t.year} between 2000 and 2099`),
  ],
);

/**
 * Each party's contribution to a budget year, computed by the legal split when the year's total is set and kept, so
 * that a later change of a key does not rewrite a closed year.
 */
export const budgetContributions = pgTable(
  'budget_contributions',
  {
    tenantId: uuid('tenant_id').notNull(),
    year: smallint('year').notNull(),
    partyId: uuid('party_id').notNull(),
    shareGroup: text('share_group').$type<ShareGroup>().notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    sharePpm: integer('share_ppm').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.year, t.partyId] }),
    foreignKey({ columns: [t.tenantId, t.year], foreignColumns: [budgetYears.tenantId, budgetYears.year] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.partyId], foreignColumns: [forbundParties.tenantId, forbundParties.id] }),
  ],
);

/** Money of a budget year set aside for an initiative, or for the förbund's own operation (no initiative). */
export const budgetAllocations = pgTable(
  'budget_allocations',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    year: smallint('year').notNull(),
    initiativeId: uuid('initiative_id'),
    name: text('name').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.year], foreignColumns: [budgetYears.tenantId, budgetYears.year] }),
    foreignKey({ columns: [t.tenantId, t.initiativeId], foreignColumns: [initiatives.tenantId, initiatives.id] }),
    index('budget_allocations_year').on(t.tenantId, t.year),
    index('budget_allocations_initiative').on(t.tenantId, t.initiativeId),
    check('budget_allocations_amount_not_negative', sql`${t.amountOre} >= 0`),
  ],
);

/** Spending recorded against an allocation in one month of its year; a correction may be negative, never zero. */
export const budgetSpending = pgTable(
  'budget_spending',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    allocationId: uuid('allocation_id').notNull(),
    month: smallint('month').notNull(),
    amountOre: bigint('amount_ore', { mode: 'number' }).notNull(),
    note: text('note'),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.allocationId], foreignColumns: [budgetAllocations.tenantId, budgetAllocations.id] }).onDelete(
      'cascade',
    ),
    index('budget_spending_allocation').on(t.tenantId, t.allocationId, t.month),
    check('budget_spending_month', sql`${t.month} between 1 and 12`),
    check('budget_spending_not_zero', sql`${t.amountOre} <> 0`),
  ],
);
