import { bigint, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { EligibilityRule, FundingSource, InterventionKind, InterventionStatus, TargetGroup } from '../../../common/offer.ts';
import { organisations } from '../tenants/tables.ts';
import { contracts } from '../procurement/tables.ts';

/**
 * An intervention (insats) an organisation offers, shaped after HSDS 3.0's service with its location, schedule and
 * languages, plus capacity, cost, funding and machine-readable eligibility. No personal data.
 */
export const interventions = pgTable(
  'interventions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** The provider: the organisation that runs it and answers referrals. */
    organisationId: uuid('organisation_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    kind: text('kind').$type<InterventionKind>().notNull(),
    status: text('status').$type<InterventionStatus>().notNull().default('active'),
    /** Where it happens (HSDS location): a place name, street address, postal code and city. */
    locationName: text('location_name'),
    address: text('address'),
    postalCode: text('postal_code'),
    city: text('city'),
    /** The workplace, for the municipality's own placements and jobs (its role as employer). */
    workplace: text('workplace'),
    /** HSDS schedule: a plain description ("Mon–Thu 8–12") and the period it runs. */
    scheduleDescription: text('schedule_description'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    /** Language codes (ISO 639) the intervention is given in. */
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    /** Places in all; free places are counted from the participations running now. */
    places: integer('places').notNull(),
    costPerPlaceOre: bigint('cost_per_place_ore', { mode: 'number' }),
    funding: text('funding').$type<FundingSource>().notNull(),
    contractId: uuid('contract_id'),
    targetGroups: jsonb('target_groups').$type<TargetGroup[]>().notNull().default([]),
    eligibility: jsonb('eligibility').$type<EligibilityRule[]>().notNull().default([]),
    applicationProcess: text('application_process'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    url: text('url'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.contractId], foreignColumns: [contracts.tenantId, contracts.id] }),
    index('interventions_tenant_organisation').on(t.tenantId, t.organisationId),
    index('interventions_tenant_contract').on(t.tenantId, t.contractId),
  ],
);
