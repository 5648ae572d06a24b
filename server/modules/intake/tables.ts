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
  text,
  time,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { InvitationAnswer, MeetingStatus, SectionKind } from '../../../common/intake.ts';
import { participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';

/** A participant's joint intake: counted from the day they got housing in the municipality. */
export const jointIntakes = pgTable(
  'joint_intakes',
  {
    tenantId: uuid('tenant_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    housingDate: date('housing_date', { mode: 'string' }).notNull(),
    updatedByUserId: uuid('updated_by_user_id'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.participantId] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
  ],
);

/** The three-party meeting; times are Swedish local time. At most one meeting per participant is booked at once. */
export const intakeMeetings = pgTable(
  'intake_meetings',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    participantId: uuid('participant_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    place: text('place').notNull(),
    /** The language to interpret to (BCP 47), null when no interpreter is needed. */
    interpreterLanguage: text('interpreter_language'),
    interpreterBooked: boolean('interpreter_booked').notNull().default(false),
    status: text('status').$type<MeetingStatus>().notNull().default('booked'),
    cancelReason: text('cancel_reason'),
    bookedByUserId: uuid('booked_by_user_id').notNull(),
    bookedByOrganisationId: uuid('booked_by_organisation_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
    index('intake_meetings_tenant_participant').on(t.tenantId, t.participantId),
    index('intake_meetings_tenant_date').on(t.tenantId, t.date),
    uniqueIndex('intake_meetings_one_booked')
      .on(t.tenantId, t.participantId)
      .where(sql`status = 'booked'`),
  ],
);

/** A meeting's invitation to one organisation, answered by that organisation's staff. */
export const intakeInvitations = pgTable(
  'intake_invitations',
  {
    tenantId: uuid('tenant_id').notNull(),
    meetingId: uuid('meeting_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    answer: text('answer').$type<InvitationAnswer>().notNull().default('pending'),
    answeredByUserId: uuid('answered_by_user_id'),
    answeredAt: timestamp('answered_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.meetingId, t.organisationId] }),
    foreignKey({ columns: [t.tenantId, t.meetingId], foreignColumns: [intakeMeetings.tenantId, intakeMeetings.id] }),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('intake_invitations_tenant_organisation').on(t.tenantId, t.organisationId, t.answer),
  ],
);

/** One section of the shared intake record, written by the person or by staff of an organisation. */
export const intakeSections = pgTable(
  'intake_sections',
  {
    tenantId: uuid('tenant_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<SectionKind>().notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    writtenByParticipant: boolean('written_by_participant').notNull(),
    writtenByUserId: uuid('written_by_user_id').notNull(),
    writtenByOrganisationId: uuid('written_by_organisation_id'),
    writtenAt: timestamp('written_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.participantId, t.kind] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
  ],
);

/**
 * Who wrote each version of an intake section, and when: the section shows its history. Only the author and the time
 * are kept, not the earlier content, so a history reveals nothing the current section does not.
 */
export const intakeSectionVersions = pgTable(
  'intake_section_versions',
  {
    tenantId: uuid('tenant_id').notNull(),
    participantId: uuid('participant_id').notNull(),
    kind: text('kind').$type<SectionKind>().notNull(),
    version: integer('version').notNull(),
    writtenByParticipant: boolean('written_by_participant').notNull(),
    writtenByUserId: uuid('written_by_user_id').notNull(),
    writtenByOrganisationId: uuid('written_by_organisation_id'),
    writtenAt: timestamp('written_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.participantId, t.kind, t.version] }),
    foreignKey({ columns: [t.tenantId, t.participantId], foreignColumns: [participants.tenantId, participants.id] }),
  ],
);
