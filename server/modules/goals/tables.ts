import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { Indicator, TargetDirection } from '../../../common/governance.ts';
import { forbundParties } from '../forbund/tables.ts';

/**
 * A goal: the förbund's joint goal (no party), or one party's own goal, which is linked to the joint goals it serves
 * (the translation of a party's goals into the joint ones).
 */
export const forbundGoals = pgTable(
  'forbund_goals',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    /** Null for a joint goal; the party for a party's own goal. */
    partyId: uuid('party_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.partyId], foreignColumns: [forbundParties.tenantId, forbundParties.id] }),
    index('forbund_goals_party').on(t.tenantId, t.partyId),
  ],
);

/** A party's goal serves a joint goal. */
export const goalLinks = pgTable(
  'goal_links',
  {
    tenantId: uuid('tenant_id').notNull(),
    partyGoalId: uuid('party_goal_id').notNull(),
    jointGoalId: uuid('joint_goal_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.partyGoalId, t.jointGoalId] }),
    foreignKey({ columns: [t.tenantId, t.partyGoalId], foreignColumns: [forbundGoals.tenantId, forbundGoals.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.tenantId, t.jointGoalId], foreignColumns: [forbundGoals.tenantId, forbundGoals.id] }).onDelete('cascade'),
    index('goal_links_joint').on(t.tenantId, t.jointGoalId),
  ],
);

/** An indicator that makes a joint goal operational: computed live, with a target (a share in percent, days or people). */
export const goalIndicators = pgTable(
  'goal_indicators',
  {
    tenantId: uuid('tenant_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    goalId: uuid('goal_id').notNull(),
    indicator: text('indicator').$type<Indicator>().notNull(),
    target: numeric('target', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    direction: text('direction').$type<TargetDirection>().notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.goalId], foreignColumns: [forbundGoals.tenantId, forbundGoals.id] }).onDelete('cascade'),
    index('goal_indicators_goal').on(t.tenantId, t.goalId),
    check('goal_indicators_target', sql`${t.target} >= 0`),
  ],
);
