import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, boolean } from 'drizzle-orm/pg-core';
import type { FundingSource, InitiativeKind, InitiativeState, MunicipalityRole } from '../../../common/governance.ts';
import { interventions } from '../catalogue/tables.ts';
import { forbundParties } from '../forbund/tables.ts';

/**
 * An initiative the förbund or its parties run for labour-market integration: a project, a structural effort or a
 * form of basic collaboration, from idea to implemented in regular operations (or ended). No personal data: its
 * participants and outcomes come from the participations of its linked interventions.
 */
export const initiatives = pgTable(
  'initiatives',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<InitiativeKind>().notNull(),
    state: text('state').$type<InitiativeState>().notNull().default('idea'),
    description: text('description').notNull().default(''),
    targetGroup: text('target_group').notNull().default(''),
    /** Who started it, in words (e.g. "the labour-market unit's job coaches after the Trelleborg workshop"). */
    origin: text('origin').notNull().default(''),
    /** Another initiative it borrowed from (in this area, or a public one in the register). */
    inspiredById: uuid('inspired_by_id'),
    ownerPartyId: uuid('owner_party_id'),
    fundingSources: jsonb('funding_sources').$type<FundingSource[]>().notNull().default([]),
    /** The municipality it works in and the municipality's roles in it, for the register across municipalities. */
    municipality: text('municipality').notNull().default(''),
    municipalityRoles: jsonb('municipality_roles').$type<MunicipalityRole[]>().notNull().default([]),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    evaluation: text('evaluation'),
    implementedByPartyId: uuid('implemented_by_party_id'),
    implementedFrom: date('implemented_from', { mode: 'string' }),
    implementationFunding: text('implementation_funding'),
    endedReason: text('ended_reason'),
    /** Shown in the public register (no personal data is ever in an initiative). */
    public: boolean('public').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerPartyId], foreignColumns: [forbundParties.tenantId, forbundParties.id] }),
    foreignKey({ columns: [t.tenantId, t.implementedByPartyId], foreignColumns: [forbundParties.tenantId, forbundParties.id] }),
    index('initiatives_tenant_state').on(t.tenantId, t.state),
    index('initiatives_public').on(t.public),
  ],
);

/** The catalogue's interventions an initiative runs through: their participations are its participants. */
export const initiativeInterventions = pgTable(
  'initiative_interventions',
  {
    tenantId: uuid('tenant_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    interventionId: uuid('intervention_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.initiativeId, t.interventionId] }),
    foreignKey({ columns: [t.tenantId, t.initiativeId], foreignColumns: [initiatives.tenantId, initiatives.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.interventionId], foreignColumns: [interventions.tenantId, interventions.id] }),
    index('initiative_interventions_intervention').on(t.tenantId, t.interventionId),
  ],
);

/** Every move of an initiative between states: when, by whom, with the reason or decision it rests on. */
export const initiativeEvents = pgTable(
  'initiative_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    initiativeId: uuid('initiative_id').notNull(),
    fromState: text('from_state').$type<InitiativeState>(),
    toState: text('to_state').$type<InitiativeState>().notNull(),
    byUserId: uuid('by_user_id'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.initiativeId], foreignColumns: [initiatives.tenantId, initiatives.id] }).onDelete('cascade'),
    index('initiative_events_initiative').on(t.tenantId, t.initiativeId, t.at),
  ],
);
