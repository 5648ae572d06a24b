import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Gender } from '../../../common/offer.ts';
import { interventions } from '../catalogue/tables.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';

/**
 * One person's participation in one intervention, with the situation at start and at end in the national follow-up's
 * categories (codes from common/finsam-categories.json). Gender and age at start are derived once, at start, so
 * reports never read identity. Category `progression`.
 */
export const participations = pgTable(
  'participations',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    interventionId: uuid('intervention_id').notNull(),
    /** The provider: the intervention's organisation when the participation started. */
    organisationId: uuid('organisation_id').notNull(),
    /** The referral it started from, when there was one. */
    referralId: uuid('referral_id'),
    /** The activity in the person's plan the start created; it is marked done when the participation ends. */
    activityId: uuid('activity_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    gender: text('gender').$type<Gender>().notNull(),
    ageAtStart: smallint('age_at_start'),
    timeInSupport: text('time_in_support').notNull(),
    educationLevel: text('education_level').notNull(),
    startOccupation: text('start_occupation').notNull(),
    startIncomeSources: jsonb('start_income_sources').$type<string[]>().notNull(),
    startExtentPercent: smallint('start_extent_percent'),
    endReason: text('end_reason'),
    endOccupation: text('end_occupation'),
    endIncomeSources: jsonb('end_income_sources').$type<string[]>(),
    endExtentPercent: smallint('end_extent_percent'),
    startedByUserId: uuid('started_by_user_id'),
    endedByUserId: uuid('ended_by_user_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.interventionId], foreignColumns: [interventions.tenantId, interventions.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('participations_tenant_participant').on(t.tenantId, t.participantId),
    index('participations_tenant_intervention').on(t.tenantId, t.interventionId, t.startDate),
    index('participations_tenant_organisation').on(t.tenantId, t.organisationId, t.startDate),
    index('participations_tenant_referral').on(t.tenantId, t.referralId),
    // The places taken now per intervention (the catalogue's capacity), without reading ended participations.
    index('participations_tenant_intervention_running')
      .on(t.tenantId, t.interventionId)
      .where(sql`end_date is null`),
    // One running participation per person and intervention.
    uniqueIndex('participations_tenant_running')
      .on(t.tenantId, t.participantId, t.interventionId)
      .where(sql`end_date is null`),
  ],
);

/**
 * A follow-up of a participation some days after its end (tenants.follow_up_days when it ended): the situation then,
 * or that the person could not be reached. Recorded once, by the provider. Category `progression`.
 */
export const followUps = pgTable(
  'follow_ups',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participationId: uuid('participation_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    /** The provider organisation, which records it. */
    organisationId: uuid('organisation_id').notNull(),
    daysAfterEnd: integer('days_after_end').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'string' }),
    recordedByUserId: uuid('recorded_by_user_id'),
    notReachable: boolean('not_reachable').notNull().default(false),
    occupation: text('occupation'),
    incomeSources: jsonb('income_sources').$type<string[]>(),
    extentPercent: smallint('extent_percent'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participationId], foreignColumns: [participations.tenantId, participations.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    uniqueIndex('follow_ups_tenant_participation_days').on(t.tenantId, t.participationId, t.daysAfterEnd),
    index('follow_ups_tenant_organisation_due').on(t.tenantId, t.organisationId, t.dueDate),
    index('follow_ups_tenant_participant').on(t.tenantId, t.participantId),
  ],
);
