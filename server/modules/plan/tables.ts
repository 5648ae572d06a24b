import { boolean, date, foreignKey, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ActivityKind, ActivityStatus, GoalStatus, Prerequisites, Schedule } from '../../../common/plan.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';

/** The one plan of a participant: what belongs to the whole plan, not to one activity. */
export const plans = pgTable(
  'plans',
  {
    tenantId: uuid('tenant_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    /** Full time for this person, e.g. lower for parental part-time. */
    fullTimeHours: numeric('full_time_hours', { mode: 'number' }).notNull().default(40),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.participantId] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
  ],
);

/** A goal in the person's own words; the person may write and edit it from their own view. */
export const goals = pgTable(
  'goals',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    text: text('text').notNull(),
    /** The language the text is written in (BCP 47), shown as written. */
    language: text('language'),
    status: text('status').$type<GoalStatus>().notNull().default('active'),
    /** Written by the person themself, or by staff on their behalf. */
    writtenByParticipant: boolean('written_by_participant').notNull(),
    writtenByUserId: uuid('written_by_user_id').notNull(),
    writtenByOrganisationId: uuid('written_by_organisation_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    index('goals_tenant_participant').on(t.tenantId, t.participantId),
  ],
);

/** Every version of a goal: who changed it, when, and the words, language and state it had after the change. */
export const goalVersions = pgTable(
  'goal_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    version: integer('version').notNull(),
    participantId: uuid('participant_id').notNull(),
    changedByUserId: uuid('changed_by_user_id').notNull(),
    changedByOrganisationId: uuid('changed_by_organisation_id'),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    text: text('text').notNull(),
    language: text('language'),
    status: text('status').$type<GoalStatus>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.goalId, t.version] }),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goals.tenantId, goals.id] }),
  ],
);

/** An activity in the one plan, owned by one organisation (or the person's own, without an owner). */
export const activities = pgTable(
  'activities',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<ActivityKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    ownerOrganisationId: uuid('owner_organisation_id'),
    status: text('status').$type<ActivityStatus>().notNull(),
    cancelReason: text('cancel_reason'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    schedule: jsonb('schedule').$type<Schedule>().notNull(),
    place: text('place'),
    goalId: uuid('goal_id'),
    agreed: boolean('agreed').notNull().default(false),
    /** Null: the kind's defaults apply (common/plan.ts). */
    prerequisites: jsonb('prerequisites').$type<Prerequisites>(),
    createdByUserId: uuid('created_by_user_id').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    foreignKey({ columns: [t.tenantId, t.ownerOrganisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [goals.tenantId, goals.id] }),
    index('activities_tenant_participant').on(t.tenantId, t.participantId, t.startDate),
    index('activities_tenant_owner').on(t.tenantId, t.ownerOrganisationId, t.endDate),
  ],
);

/** Every version of an activity: who changed it, when, and the whole record after the change. */
export const activityVersions = pgTable(
  'activity_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    activityId: uuid('activity_id').notNull(),
    version: integer('version').notNull(),
    participantId: uuid('participant_id').notNull(),
    changedByUserId: uuid('changed_by_user_id').notNull(),
    changedByOrganisationId: uuid('changed_by_organisation_id'),
    changedAt: timestamp('changed_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** The names of the fields this version changed. */
    changedFields: jsonb('changed_fields').$type<string[]>().notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.version] }),
    foreignKey({ columns: [t.tenantId, t.activityId], foreignColumns: [activities.tenantId, activities.id] }),
  ],
);
