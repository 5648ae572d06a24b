import { date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OpenQuestion, RoleGroup, SurveyAudience } from '../../../common/governance.ts';
import { organisations } from '../tenants/tables.ts';

/**
 * A round of the collaboration barometer: for staff or (separately) for participants, open between two days, with
 * the four open questions and the scale statements rated 1–5.
 */
export const surveys = pgTable(
  'surveys',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    audience: text('audience').$type<SurveyAudience>().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    /** The scale statements, each with a stable key, in the order asked. */
    statements: jsonb('statements').$type<{ key: string; text: string }[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdByUserId: uuid('created_by_user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.id] }), index('surveys_tenant_opens').on(t.tenantId, t.opensOn)],
);

/**
 * One anonymous answer: tagged only with the organisation and the role group, with no user, no time and no link to
 * who answered (survey_submissions says only that someone has, so that nobody answers twice).
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    surveyId: uuid('survey_id').notNull(),
    organisationId: uuid('organisation_id'),
    roleGroup: text('role_group').$type<RoleGroup>().notNull(),
    openAnswers: jsonb('open_answers').$type<Partial<Record<OpenQuestion, string>>>().notNull(),
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.surveyId], foreignColumns: [surveys.tenantId, surveys.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.organisationId], foreignColumns: [organisations.tenantId, organisations.id] }),
    index('survey_responses_survey').on(t.tenantId, t.surveyId, t.organisationId),
  ],
);

/** That a user has answered a round (and nothing of what): one answer each. */
export const surveySubmissions = pgTable(
  'survey_submissions',
  {
    tenantId: uuid('tenant_id').notNull(),
    surveyId: uuid('survey_id').notNull(),
    userId: uuid('user_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.surveyId, t.userId] }),
    foreignKey({ columns: [t.tenantId, t.surveyId], foreignColumns: [surveys.tenantId, surveys.id] }).onDelete('cascade'),
  ],
);
