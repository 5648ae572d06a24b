import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { activities, activityVersions, goals } from './tables.ts';

/** Plan records the authorisation matrix and the bad-input test change: one of each per role, so no role's change
 * makes another role's version stale. Test data only. */
export interface PlanScenarioRecords {
  goals: Record<Role, string>;
  /** An activity per role to edit: the person's own for `participant`, organisation A's for staff. */
  activities: Record<Role, string>;
  /** An activity per role to move along its life cycle. */
  movable: Record<Role, string>;
  /** Path values naming P2's records, for the rule that a person's account sees no other person. */
  ofP2: { goalId: string; activityId: string };
  /** Path values naming tenant 2's records. */
  ofOther: { goalId: string; activityId: string };
}

interface Who {
  tenantId: string;
  participantId: string;
  userId: string;
  organisationId: string | null;
}

export async function buildGoal(db: Db, who: Who, byParticipant = false) {
  const [g] = await db
    .insert(goals)
    .values({
      tenantId: who.tenantId,
      participantId: who.participantId,
      text: 'Jobba som undersköterska',
      language: 'sv',
      writtenByParticipant: byParticipant,
      writtenByUserId: who.userId,
      writtenByOrganisationId: byParticipant ? null : who.organisationId,
    })
    .returning({ id: goals.id });
  return g!.id;
}

/** A proposed activity at version 1, with its first version kept, owned by `organisationId` or the person's own. */
export async function buildActivity(db: Db, who: Who) {
  const own = who.organisationId === null;
  const [a] = await db
    .insert(activities)
    .values({
      tenantId: who.tenantId,
      participantId: who.participantId,
      kind: own ? 'own_activity' : 'job_search',
      title: own ? 'Träning' : 'Jobbsök',
      ownerOrganisationId: who.organisationId,
      status: 'proposed',
      startDate: '2024-03-04',
      schedule: { kind: 'weekly_hours', hours: 4 },
      createdByUserId: who.userId,
    })
    .returning();
  await db.insert(activityVersions).values({
    tenantId: who.tenantId,
    activityId: a!.id,
    version: 1,
    participantId: who.participantId,
    changedByUserId: who.userId,
    changedByOrganisationId: who.organisationId,
    changedFields: ['kind', 'title', 'status'],
    snapshot: { kind: a!.kind, title: a!.title, status: a!.status },
  });
  return a!.id;
}

export async function buildPlanScenarioRecords(
  db: Db,
  t: {
    tenantId: string;
    p: string;
    p2: string;
    orgA: string;
    users: Record<Role, { id: string }>;
    other: { tenantId: string; participant: string; org: string; userId: string };
  },
): Promise<PlanScenarioRecords> {
  const roles = Object.keys(t.users) as Role[];
  const records = { goals: {}, activities: {}, movable: {} } as Pick<PlanScenarioRecords, 'goals' | 'activities' | 'movable'>;
  for (const role of roles) {
    const self = role === 'participant';
    const who = { tenantId: t.tenantId, participantId: t.p, userId: t.users[role].id, organisationId: self ? null : t.orgA };
    records.goals[role] = await buildGoal(db, { ...who, userId: self ? who.userId : t.users.caseworker.id, organisationId: t.orgA }, self);
    records.activities[role] = await buildActivity(db, who);
    records.movable[role] = await buildActivity(db, who);
  }
  const p2 = { tenantId: t.tenantId, participantId: t.p2, userId: t.users.caseworker.id, organisationId: t.orgA };
  const other = { tenantId: t.other.tenantId, participantId: t.other.participant, userId: t.other.userId, organisationId: t.other.org };
  return {
    ...records,
    ofP2: { goalId: await buildGoal(db, p2), activityId: await buildActivity(db, p2) },
    ofOther: { goalId: await buildGoal(db, other), activityId: await buildActivity(db, other) },
  };
}
