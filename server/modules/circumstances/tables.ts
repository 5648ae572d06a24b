import { date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CircumstanceKind } from '../../../common/offer.ts';
import { participants } from '../participants/tables.ts';

/**
 * A circumstance an organisation records about a person for a period: registered at Arbetsförmedlingen, in the
 * establishment programme, receiving social assistance, covered by utbildningsplikt, short education. Category
 * `intake`; eligibility rules read them.
 */
export const circumstances = pgTable(
  'circumstances',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<CircumstanceKind>().notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    recordedByOrganisationId: uuid('recorded_by_organisation_id').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    index('circumstances_tenant_participant').on(t.tenantId, t.participantId, t.kind),
    index('circumstances_tenant_kind').on(t.tenantId, t.kind, t.fromDate),
  ],
);
