import { randomUUID } from 'node:crypto';
import { DATA_CATEGORIES, type OrganisationKind, type Role } from '../../common/roles.ts';
import type { Db } from '../db/client.ts';
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
  other: { tenantId: string; org: string; participant: string; consent: string; user: Account };
}

/** An organisation with a name of its own (the factory names it after its kind). */
async function buildOrganisation(db: Db, tenantId: string, kind: OrganisationKind, name: string) {
  const [o] = await db.insert(organisations).values({ tenantId, name, kind }).returning();
  return o!.id;
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
  for (const id of [p, p2, pProtected]) await buildEngagement(db, tenantId, id, orgA, { caseworkerUserId });
  await buildEngagement(db, tenantId, p, orgB);
  for (const category of DATA_CATEGORIES) {
    await buildConsent(db, tenantId, p, orgA, category);
    await buildConsent(db, tenantId, pProtected, orgA, category);
  }
  const consentP2 = await buildConsent(db, tenantId, p2, orgA, 'plan');
  const withdrawable = {} as Record<Role, string>;
  for (const role of DEMO_ROLES) withdrawable[role] = await buildConsent(db, tenantId, p, orgA, 'messages');

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
    other: { tenantId: otherTenant, org: otherOrg, participant: otherParticipant, consent: otherConsent, user: otherUser },
  };
}

/** A uuid that names nothing in any tenant. */
export const unknownId = () => randomUUID();
