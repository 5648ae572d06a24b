import { bigint, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * One row per look at or change of personal data. Rows form hash chains: one chain per participant (and one per
 * tenant for events about no participant), so concurrent reads of different people do not wait on each other.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    chainKey: uuid('chain_key').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorOrganisationId: uuid('actor_organisation_id'),
    actorRole: text('actor_role'),
    participantId: uuid('participant_id'),
    category: text('category').notNull(),
    action: text('action').notNull(),
    grant: text('grant').notNull(),
    requestId: text('request_id'),
    resourceType: text('resource_type').notNull(),
    resourceId: text('resource_id'),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.chainKey, t.seq] }),
    index('audit_events_tenant_participant_at').on(t.tenantId, t.participantId, t.at),
  ],
);

/** The newest link of each chain: deleting rows at a chain's end is detected against it. */
export const auditHeads = pgTable(
  'audit_heads',
  {
    tenantId: uuid('tenant_id').notNull(),
    chainKey: uuid('chain_key').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.chainKey] })],
);
