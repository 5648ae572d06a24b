import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { DeclineReason, ReferralState } from '../../../common/offer.ts';
import type { DataCategory } from '../../../common/roles.ts';
import { interventions } from '../catalogue/tables.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';

/**
 * A closed-loop referral (remiss/anvisning) of a participant to another organisation's intervention. It carries only
 * the categories chosen when sending, each consented to for the provider. Category `plan`.
 */
export const referrals = pgTable(
  'referrals',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    interventionId: uuid('intervention_id').notNull(),
    fromOrganisationId: uuid('from_organisation_id').notNull(),
    /** The provider: the intervention's organisation when the referral was made. */
    toOrganisationId: uuid('to_organisation_id').notNull(),
    state: text('state').$type<ReferralState>().notNull().default('draft'),
    /** The categories of the person's data the provider may see through this referral. */
    sharedCategories: jsonb('shared_categories').$type<DataCategory[]>().notNull().default([]),
    /** The sender's note to the provider: why this intervention. */
    note: text('note'),
    /** Warnings shown when sending (eligibility, status), kept as the sender confirmed them. */
    sendWarnings: jsonb('send_warnings').$type<{ code: string; detail?: string }[]>().notNull().default([]),
    declineReason: text('decline_reason').$type<DeclineReason>(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }),
    /** The last day to answer, in working days; a sent referral expires the day after. */
    answerBy: date('answer_by', { mode: 'string' }),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
    createdByUserId: uuid('created_by_user_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.interventionId], foreignColumns: [interventions.tenantId, interventions.id] }),
    foreignKey({ columns: [t.tenantId, t.fromOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.toOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('referrals_tenant_participant').on(t.tenantId, t.participantId),
    index('referrals_tenant_to').on(t.tenantId, t.toOrganisationId, t.state),
    index('referrals_tenant_from').on(t.tenantId, t.fromOrganisationId, t.state),
    index('referrals_tenant_answer_by').on(t.tenantId, t.state, t.answerBy),
  ],
);

/** Every transition of a referral: from which state to which, when, by whom (null: Kitt), and why. */
export const referralEvents = pgTable(
  'referral_events',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    referralId: uuid('referral_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    fromState: text('from_state').$type<ReferralState>(),
    toState: text('to_state').$type<ReferralState>().notNull(),
    byUserId: uuid('by_user_id'),
    byOrganisationId: uuid('by_organisation_id'),
    reason: text('reason'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.referralId], foreignColumns: [referrals.tenantId, referrals.id] }),
    index('referral_events_tenant_referral').on(t.tenantId, t.referralId, t.at),
  ],
);
