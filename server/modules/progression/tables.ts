import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { SfiLevel } from '../../../common/plan.ts';
import type { ProgressionKind, ProgressionResult } from '../../../common/progression.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';

/** One step on the person's progression timeline, recorded by its source organisation. */
export const progressionEntries = pgTable(
  'progression_entries',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<ProgressionKind>().notNull(),
    /** For SFI: the course level and study path (1–3). */
    sfiLevel: text('sfi_level').$type<SfiLevel>(),
    studyPath: integer('study_path'),
    result: text('result').$type<ProgressionResult>(),
    title: text('title'),
    note: text('note'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    sourceOrganisationId: uuid('source_organisation_id').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').notNull(),
    version: integer('version').notNull().default(1),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.sourceOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('progression_entries_tenant_participant').on(t.tenantId, t.participantId, t.startDate),
  ],
);
