import { boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant is one collaboration area, e.g. one samordningsförbund's area. Every other row belongs to one. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /** Days after a participation's end at which its follow-ups fall due (1–4 points, strictly increasing). */
  followUpDays: jsonb('follow_up_days').$type<number[]>().notNull().default([90, 180]),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    /** Normalised NNNNNN-NNNN, validated with the organisationsnummer package. */
    orgNumber: text('org_number'),
    active: boolean('active').notNull().default(true),
    /** Working days the organisation has to answer a question in a message thread (1–30). */
    replyWorkingDays: integer('reply_working_days').notNull().default(3),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('organisations_tenant_name').on(t.tenantId, t.name)],
);
