import { sql } from 'drizzle-orm';
import { boolean, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, tenants } from '../tenants/tables.ts';

export const users = pgTable(
  'users',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: uuid('id').notNull().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    organisationId: uuid('organisation_id'),
    /** Set for participant accounts: the participant record this account belongs to. */
    participantId: uuid('participant_id'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
  ],
);

/**
 * Login names across all tenants. Login starts from an e-mail address alone, so this is the one table not keyed
 * by tenant first: a small lookup table that maps an address to its tenant and user (a reference table on Citus).
 */
export const loginEmails = pgTable('login_emails', {
  email: text('email').primaryKey(),
  tenantId: uuid('tenant_id').notNull(),
  userId: uuid('user_id').notNull(),
});
