import { date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * How long a tenant keeps one category of participant data: `months` after the participant's last engagement ended.
 * A tenant without a row for a category uses the default of gdpr/retention-rules.ts; the job writes the defaults
 * down before it first removes anything, so every removal names a stored rule.
 */
export const retentionRules = pgTable(
  'retention_rules',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    category: text('category').notNull(),
    months: integer('months').notNull(),
    updatedByUserId: uuid('updated_by_user_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), uniqueIndex('retention_rules_tenant_category').on(t.tenantId, t.category)],
);

/**
 * One removal by the retention job: which category, table and how many rows, when, and under which rule. Never the
 * removed content or the person's name; the participant is named by id only.
 */
export const retentionLog = pgTable(
  'retention_log',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    participantId: uuid('participant_id').notNull(),
    category: text('category').notNull(),
    tableName: text('table_name').notNull(),
    /** `deleted` rows, or `anonymised` rows kept because other rows refer to them. */
    action: text('action').$type<'deleted' | 'anonymised'>().notNull(),
    rowCount: integer('row_count').notNull(),
    ruleId: uuid('rule_id').notNull(),
    ruleMonths: integer('rule_months').notNull(),
    /** The day the participant's last engagement ended, from which the period was counted. */
    lastEngagementEnd: date('last_engagement_end', { mode: 'string' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('retention_log_tenant_at').on(t.tenantId, t.at),
    index('retention_log_tenant_participant').on(t.tenantId, t.participantId),
  ],
);
