import { boolean, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, tenants } from '../tenants/tables.ts';

/** The person in the centre. Identity and contact data are the category `identity`. */
export const participants = pgTable(
  'participants',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: uuid('id').notNull().defaultRandom(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    idKind: text('id_kind').notNull(),
    /** Twelve digits, no separator; null for a reserve id. */
    personalNumber: text('personal_number'),
    birthDate: date('birth_date', { mode: 'string' }),
    protectedIdentity: boolean('protected_identity').notNull().default(false),
    preferredLanguage: text('preferred_language'),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** The organisation that wrote the record; it may read what it wrote without consent. */
    createdByOrganisationId: uuid('created_by_organisation_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('participants_tenant_personal_number').on(t.tenantId, t.personalNumber),
    index('participants_tenant_family_name').on(t.tenantId, t.familyName),
    // Search before create looks up everyone born on a day, then compares names in code (matching.ts).
    index('participants_tenant_birth_date').on(t.tenantId, t.birthDate),
    foreignKey({ columns: [t.tenantId, t.createdByOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
  ],
);

/** An organisation's work with a participant, from start to end, with the responsible caseworker. */
export const engagements = pgTable(
  'engagements',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    caseworkerUserId: uuid('caseworker_user_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('engagements_tenant_participant').on(t.tenantId, t.participantId),
    index('engagements_tenant_organisation').on(t.tenantId, t.organisationId, t.participantId),
    // "My participants": the engagements naming a caseworker.
    index('engagements_tenant_caseworker').on(t.tenantId, t.caseworkerUserId),
  ],
);

/** Consent: organisation × category × period, given digitally or recorded from paper; withdrawable. */
export const consents = pgTable(
  'consents',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    category: text('category').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    method: text('method').notNull(),
    documentDate: date('document_date', { mode: 'string' }),
    recordedByUserId: uuid('recorded_by_user_id'),
    recordedByOrganisationId: uuid('recorded_by_organisation_id'),
    givenAt: timestamp('given_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'string' }),
    withdrawnByUserId: uuid('withdrawn_by_user_id'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('consents_tenant_participant').on(t.tenantId, t.participantId),
    index('consents_tenant_organisation').on(t.tenantId, t.organisationId, t.category, t.participantId),
  ],
);
