import { randomUUID } from 'node:crypto';
import { DATA_CATEGORIES, type OrganisationKind, type Role } from '../../common/roles.ts';
import type { Db } from '../db/client.ts';
import { buildOfferScenarioRecords, type OfferScenarioRecords } from './offer-scenario.ts';
import { buildForbundRecords, type ForbundScenarioRecords } from '../modules/forbund/scenario-records.ts';
import { buildInitiativeRecords, type InitiativeScenarioRecords } from '../modules/initiatives/scenario-records.ts';
import { buildMeetingRecords, type MeetingScenarioRecords } from '../modules/meetings/scenario-records.ts';
import { buildGoalRecords, type GoalScenarioRecords } from '../modules/goals/scenario-records.ts';
import { buildBarometerRecords, type BarometerScenarioRecords } from '../modules/barometer/scenario-records.ts';
import { progressionEntries } from '../modules/progression/tables.ts';
import { buildPlanScenarioRecords, type PlanScenarioRecords } from '../modules/plan/scenario-records.ts';
import { activities } from '../modules/plan/tables.ts';
import { buildIntakeFixtures, type IntakeFixtures } from '../modules/intake/matrix-fixtures.ts';
import { buildMessageScenarioRecords, type MessageScenarioRecords } from '../modules/messages/scenario-records.ts';
import { testPersonalNumber } from '../demo/numbers.ts';
import { engagements } from '../modules/participants/tables.ts';
import { organisations } from '../modules/tenants/tables.ts';
import { buildConsent, buildEngagement, buildParticipant, buildTenant, buildUser } from './factories.ts';

/** The demo roles the authorisation matrix signs in as, written out so that a new role fails the matrix test. */
export const DEMO_ROLES = [
  'caseworker',
  'coordinator',
  'manager',
  'provider',
  'board_member',
  'analyst',
  'administrator',
  'participant',
] as const;

/** Who sends a request in the matrix: one of the demo roles, or a client without a session. */
export type MatrixActor = Role | 'anonymous';
export const MATRIX_ACTORS: readonly MatrixActor[] = ['anonymous', ...DEMO_ROLES];

export interface Account {
  id: string;
  email: string;
}

/**
 * Two tenants. In tenant 1, organisation A works with participant P (engagement, named caseworker, active consent
 * for every category); organisation B has an engagement with P but no consent; P2 is another person A works with
 * whom P's own account must not see; PP has a protected identity. Tenant 2 holds data nobody in tenant 1 may see.
 */
export interface Scenario {
  tenantId: string;
  orgA: string;
  orgB: string;
  /** An organisation of tenant 1 that the matrix and bad-input tests may rename. */
  orgSpare: string;
  p: string;
  p2: string;
  pProtected: string;
  /** One demo account per role: staff in organisation A, the participant account linked to P. */
  users: Record<Role, Account>;
  staffB: { caseworker: Account; manager: Account };
  /** A tenant-1 account the administrator may change. */
  userSpare: Account;
  /** A consent of P per role, for that role's withdrawal in the matrix, so no withdrawal affects another. */
  withdrawable: Record<Role, string>;
  consentP2: string;
  /** A progression entry of P per role, recorded by organisation A, for that role's change in the matrix. */
  progressionEntries: Record<Role, string>;
  /** Goals and activities per role, and records of P2 and of tenant 2 (server/modules/plan/scenario-records.ts). */
  plan: PlanScenarioRecords;
  /** A calendar warning of P that applies: a work placement booked while P is below SFI level C. */
  calendarWarningKey: string;
  /** Joint intakes and meetings of organisation A for the intake routes (server/modules/intake/matrix-fixtures.ts). */
  intake: IntakeFixtures;
  /** Message threads of P between organisations A and B (server/modules/messages/scenario-records.ts). */
  messages: MessageScenarioRecords;
  other: {
    tenantId: string;
    org: string;
    participant: string;
    consent: string;
    user: Account;
    progressionEntry: string;
    /** Tenant 2's engagement, for the engagement routes. */
    engagement: string;
  };
  /** Organisation A's engagement with P, whose responsible caseworker the matrix sets. */
  engagementPA: string;
  /** Per role, a person registered by organisation C with a personal number, whom organisation A may start working with. */
  startable: Record<Role, { id: string; personalNumber: string }>;
  /** Per role, a running engagement of organisation A with a person of its own, for that role to end. */
  endable: Record<Role, string>;
  /** Per role, a person organisation A registered and works with, at version 1, for that role to edit. */
  editable: Record<Role, string>;
  offer: OfferScenarioRecords;
  /** The governance level's records (forbund/scenario-records.ts). */
  governance: {
    forbund: ForbundScenarioRecords;
    initiatives: InitiativeScenarioRecords;
    meetings: MeetingScenarioRecords;
    goals: GoalScenarioRecords;
    barometer: BarometerScenarioRecords;
  };
}

/** Inserts an engagement and returns its id (the factory does not). */
async function engagementId(db: Db, tenantId: string, participantId: string, organisationId: string, caseworkerUserId: string | null) {
  const [e] = await db
    .insert(engagements)
    .values({ tenantId, participantId, organisationId, caseworkerUserId, startDate: '2020-01-01' })
    .returning({ id: engagements.id });
  return e!.id;
}

/** An organisation with a name of its own (the factory names it after its kind). */
async function buildOrganisation(db: Db, tenantId: string, kind: OrganisationKind, name: string) {
  const [o] = await db.insert(organisations).values({ tenantId, name, kind }).returning();
  return o!.id;
}

/** An SFI course passed, recorded by `organisationId`. */
async function buildProgressionEntry(db: Db, tenantId: string, participantId: string, organisationId: string, userId: string) {
  const [e] = await db
    .insert(progressionEntries)
    .values({
      tenantId,
      participantId,
      kind: 'sfi_course',
      sfiLevel: 'B',
      studyPath: 2,
      result: 'passed',
      startDate: '2024-01-08',
      endDate: '2024-06-14',
      sourceOrganisationId: organisationId,
      recordedByUserId: userId,
    })
    .returning();
  return e!.id;
}

const STAFF_WITHOUT_ORGANISATION: readonly Role[] = ['board_member', 'analyst', 'administrator'];

export async function buildScenario(db: Db): Promise<Scenario> {
  const tenantId = await buildTenant(db, 'Matrisförbundet');
  const orgA = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Organisation A');
  const orgB = await buildOrganisation(db, tenantId, 'social_services', 'Organisation B');
  const orgSpare = await buildOrganisation(db, tenantId, 'region', 'Organisation C');
  const p = await buildParticipant(db, tenantId, orgA);
  const p2 = await buildParticipant(db, tenantId, orgA);
  const pProtected = await buildParticipant(db, tenantId, orgA, { protectedIdentity: true });

  const users = {} as Record<Role, Account>;
  for (const role of DEMO_ROLES) {
    if (role === 'participant') users[role] = await buildUser(db, tenantId, { roles: [role], participantId: p });
    else
      users[role] = await buildUser(db, tenantId, {
        roles: [role],
        organisationId: STAFF_WITHOUT_ORGANISATION.includes(role) ? null : orgA,
      });
  }
  const caseworkerUserId = users.caseworker.id;
  for (const id of [p2, pProtected]) await buildEngagement(db, tenantId, id, orgA, { caseworkerUserId });
  const engagementPA = await engagementId(db, tenantId, p, orgA, caseworkerUserId);
  await buildEngagement(db, tenantId, p, orgB);
  for (const category of DATA_CATEGORIES) {
    await buildConsent(db, tenantId, p, orgA, category);
    await buildConsent(db, tenantId, pProtected, orgA, category);
  }
  const consentP2 = await buildConsent(db, tenantId, p2, orgA, 'plan');
  const withdrawable = {} as Record<Role, string>;
  for (const role of DEMO_ROLES) withdrawable[role] = await buildConsent(db, tenantId, p, orgA, 'messages');

  const progressionByRole = {} as Record<Role, string>;
  for (const role of DEMO_ROLES) progressionByRole[role] = await buildProgressionEntry(db, tenantId, p, orgA, caseworkerUserId);
  const [placement] = await db
    .insert(activities)
    .values({
      tenantId,
      participantId: p,
      kind: 'work_placement',
      title: 'Praktik före språket',
      ownerOrganisationId: orgA,
      status: 'planned',
      startDate: '2024-01-08',
      schedule: { kind: 'weekly_hours', hours: 20 },
      createdByUserId: caseworkerUserId,
    })
    .returning({ id: activities.id });

  const staffB = {
    caseworker: await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: orgB }),
    manager: await buildUser(db, tenantId, { roles: ['manager'], organisationId: orgB }),
  };
  const userSpare = await buildUser(db, tenantId, { roles: ['analyst'] });

  const otherTenant = await buildTenant(db, 'Annat förbund');
  const otherOrg = await buildOrganisation(db, otherTenant, 'labour_market_unit', 'Annan organisation');
  const otherParticipant = await buildParticipant(db, otherTenant, otherOrg);
  await buildEngagement(db, otherTenant, otherParticipant, otherOrg);
  const otherConsent = await buildConsent(db, otherTenant, otherParticipant, otherOrg, 'identity');
  const otherUser = await buildUser(db, otherTenant, { roles: ['caseworker'], organisationId: otherOrg });
  const otherEngagement = await engagementId(db, otherTenant, otherParticipant, otherOrg, otherUser.id);

  const startable = {} as Record<Role, { id: string; personalNumber: string }>;
  const endable = {} as Record<Role, string>;
  const editable = {} as Record<Role, string>;
  for (const [i, role] of DEMO_ROLES.entries()) {
    const personalNumber = testPersonalNumber(`1971-03-${String(10 + i).padStart(2, '0')}`, i);
    startable[role] = { id: await buildParticipant(db, tenantId, orgSpare, { personalNumber }), personalNumber };
    await buildEngagement(db, tenantId, startable[role].id, orgSpare);
    const ending = await buildParticipant(db, tenantId, orgA);
    endable[role] = await engagementId(db, tenantId, ending, orgA, caseworkerUserId);
    editable[role] = await buildParticipant(db, tenantId, orgA);
    await buildEngagement(db, tenantId, editable[role], orgA, { caseworkerUserId });
  }
  const otherProgression = await buildProgressionEntry(db, otherTenant, otherParticipant, otherOrg, otherUser.id);

  return {
    tenantId,
    orgA,
    orgB,
    orgSpare,
    p,
    p2,
    pProtected,
    users,
    staffB,
    userSpare,
    withdrawable,
    consentP2,
    progressionEntries: progressionByRole,
    plan: await buildPlanScenarioRecords(db, {
      tenantId,
      p,
      p2,
      orgA,
      users,
      other: { tenantId: otherTenant, participant: otherParticipant, org: otherOrg, userId: otherUser.id },
    }),
    calendarWarningKey: `prerequisite:${placement!.id}:sfi_level`,
    messages: await buildMessageScenarioRecords(db, { tenantId, p, orgA, orgB, authorUserId: caseworkerUserId }, DEMO_ROLES),
    intake: await buildIntakeFixtures(db, tenantId, orgA, caseworkerUserId, p),
    other: {
      tenantId: otherTenant,
      org: otherOrg,
      participant: otherParticipant,
      consent: otherConsent,
      user: otherUser,
      progressionEntry: otherProgression,
      engagement: otherEngagement,
    },
    engagementPA,
    startable,
    endable,
    editable,
    offer: await buildOfferScenarioRecords(db, {
      tenantId,
      orgA,
      orgB,
      p,
      userId: caseworkerUserId,
      roles: DEMO_ROLES,
      other: { tenantId: otherTenant, org: otherOrg, participant: otherParticipant, userId: otherUser.id },
    }),
    governance: {
      forbund: await buildForbundRecords(db, { tenantId, roles: DEMO_ROLES, other: { tenantId: otherTenant } }),
      goals: await buildGoalRecords(db, { tenantId, roles: DEMO_ROLES, other: { tenantId: otherTenant } }),
      initiatives: await buildInitiativeRecords(db, {
        tenantId,
        userId: caseworkerUserId,
        roles: DEMO_ROLES,
        other: { tenantId: otherTenant, userId: otherUser.id },
      }),
      meetings: await buildMeetingRecords(db, {
        tenantId,
        userId: caseworkerUserId,
        roles: DEMO_ROLES,
        other: { tenantId: otherTenant, userId: otherUser.id },
      }),
      barometer: await buildBarometerRecords(db, {
        tenantId,
        userId: caseworkerUserId,
        roles: DEMO_ROLES,
        other: { tenantId: otherTenant, userId: otherUser.id },
      }),
    },
  };
}

/** A uuid that names nothing in any tenant. */
export const unknownId = () => randomUUID();
