import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { participants } from '../participants/tables.ts';

/** A calendar warning someone has seen and accepted, with why; the warning itself is computed, never stored. */
export const warningAcknowledgements = pgTable(
  'warning_acknowledgements',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    /** The warning's stable key (common/plan.ts `PlanWarning.key`). */
    warningKey: text('warning_key').notNull(),
    reason: text('reason').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    byOrganisationId: uuid('by_organisation_id'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    index('warning_acknowledgements_tenant_participant').on(t.tenantId, t.participantId, t.warningKey),
  ],
);
