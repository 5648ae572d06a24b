import { sql } from 'drizzle-orm';
import {
  check,
  customType,
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
import type { AgendaItemKind, DecisionOutcome, InitiativeState, MeetingBody } from '../../../common/governance.ts';
import { budgetAllocations } from '../forbund/tables.ts';
import { initiatives } from '../initiatives/tables.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => Buffer.from(value),
});

/** A meeting of the board (styrelse) or of the preparation group (beredningsgrupp), with its deadline for material. */
export const meetings = pgTable(
  'meetings',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    body: text('body').$type<MeetingBody>().notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true, mode: 'string' }).notNull(),
    place: text('place').notNull().default(''),
    /** Days before the meeting the material must be sent (the deadline day counts as on time). */
    materialDaysBefore: smallint('material_days_before').notNull().default(7),
    /** Who was there, in the minutes: names and roles, no personal data beyond that. */
    attendees: jsonb('attendees').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('meetings_tenant_starts').on(t.tenantId, t.startsAt),
    check('meetings_material_days', sql`${t.materialDaysBefore} between 0 and 60`),
  ],
);

/**
 * One item on a meeting's agenda: what it asks (a decision, information, a discussion), the proposal (förslag till
 * beslut) and what it concerns — an initiative, a budget year — and, for a board item, the preparation group's item
 * that prepared it.
 */
export const agendaItems = pgTable(
  'agenda_items',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    meetingId: uuid('meeting_id').notNull(),
    position: smallint('position').notNull(),
    kind: text('kind').$type<AgendaItemKind>().notNull(),
    title: text('title').notNull(),
    proposal: text('proposal').notNull().default(''),
    initiativeId: uuid('initiative_id'),
    preparedByItemId: uuid('prepared_by_item_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.meetingId], foreignColumns: [meetings.tenantId, meetings.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.initiativeId], foreignColumns: [initiatives.tenantId, initiatives.id] }),
    index('agenda_items_meeting').on(t.tenantId, t.meetingId, t.position),
    index('agenda_items_initiative').on(t.tenantId, t.initiativeId),
  ],
);

/** A document sent out with an agenda item; when it was sent decides whether the material was late. */
export const agendaDocuments = pgTable(
  'agenda_documents',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    sentByUserId: uuid('sent_by_user_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [agendaItems.tenantId, agendaItems.id] }).onDelete('cascade'),
    index('agenda_documents_item').on(t.tenantId, t.itemId, t.sentAt),
  ],
);

/**
 * The decision on an agenda item, in its wording, with the votes and reservations where there were any, and what it
 * changed: the initiative it moved (to which state) and the budget allocation it made — the decision log.
 */
export const decisions = pgTable(
  'decisions',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    outcome: text('outcome').$type<DecisionOutcome>().notNull(),
    wording: text('wording').notNull(),
    votesFor: smallint('votes_for'),
    votesAgainst: smallint('votes_against'),
    abstentions: smallint('abstentions'),
    /** Members who entered a reservation against the decision (reservation), with their reason. */
    reservations: jsonb('reservations').$type<{ member: string; reason: string }[]>().notNull().default([]),
    initiativeId: uuid('initiative_id'),
    initiativeState: text('initiative_state').$type<InitiativeState>(),
    allocationId: uuid('allocation_id'),
    decidedByUserId: uuid('decided_by_user_id').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('decisions_item').on(t.tenantId, t.itemId),
    foreignKey({ columns: [t.tenantId, t.itemId], foreignColumns: [agendaItems.tenantId, agendaItems.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.initiativeId], foreignColumns: [initiatives.tenantId, initiatives.id] }),
    foreignKey({ columns: [t.tenantId, t.allocationId], foreignColumns: [budgetAllocations.tenantId, budgetAllocations.id] }),
    index('decisions_initiative').on(t.tenantId, t.initiativeId),
  ],
);
