import { and, asc, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Role } from '../../../common/roles.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { hashPassword } from '../../lib/passwords.ts';
import { endSessionsOf, normaliseEmail } from '../auth/service.ts';
import { forgetSessionsOf } from '../auth/sessions.ts';
import { organisations } from '../tenants/tables.ts';
import { checkUserChange } from './policy.ts';
import type { CreateUser, UpdateUser } from './schema.ts';
import { loginEmails, users } from './tables.ts';

const columns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  roles: users.roles,
  organisationId: users.organisationId,
  active: users.active,
  participantId: users.participantId,
};

export function listUsers(db: Db, actor: Actor) {
  return db.select(columns).from(users).where(eq(users.tenantId, actor.tenantId)).orderBy(asc(users.displayName));
}

async function assertOrganisation(tx: Executor, actor: Actor, organisationId: string | null) {
  if (organisationId === null) return;
  const [org] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, organisationId)));
  if (!org) throw invalid([{ path: '/organisationId', keyword: 'exists', message: 'no such organisation' }]);
}

function assertChange(actor: Actor, target: Parameters<typeof checkUserChange>[1]) {
  const problem = checkUserChange(actor, target);
  if (problem === 'self_lockout') throw new AppError('forbidden', 'You cannot deactivate yourself or remove your own administrator role.');
  if (problem) throw invalid([{ path: problem === 'participant_role' ? '/roles' : '/organisationId', keyword: problem, message: problem }]);
}

export async function createUser(db: Db, actor: Actor, input: Static<typeof CreateUser>) {
  assertChange(actor, { id: null, roles: input.roles, organisationId: input.organisationId, active: true });
  const passwordHash = await hashPassword(input.password);
  const email = normaliseEmail(input.email);
  return db.transaction(async (tx) => {
    await assertOrganisation(tx, actor, input.organisationId);
    const taken = await tx.select({ email: loginEmails.email }).from(loginEmails).where(eq(loginEmails.email, email));
    if (taken.length > 0) throw conflict('The e-mail address is already in use.', { field: 'email' });
    const [created] = await tx
      .insert(users)
      .values({
        tenantId: actor.tenantId,
        email,
        displayName: input.displayName,
        passwordHash,
        roles: input.roles,
        organisationId: input.organisationId,
      })
      .returning(columns);
    if (!created) throw new AppError('internal');
    await tx.insert(loginEmails).values({ email, tenantId: actor.tenantId, userId: created.id });
    await audit(tx, actor, [
      { participantId: null, category: 'account', action: 'create', grant: 'administrator', resourceType: 'user', resourceId: created.id },
    ]);
    return created;
  });
}

export async function updateUser(db: Db, actor: Actor, id: string, input: Static<typeof UpdateUser>) {
  const result = await db.transaction(async (tx) => {
    const [current] = await tx
      .select(columns)
      .from(users)
      .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, id)));
    if (!current) throw notFound();
    const next = {
      id,
      roles: (input.roles ?? current.roles) as Role[],
      organisationId: input.organisationId !== undefined ? input.organisationId : current.organisationId,
      active: input.active ?? current.active,
    };
    // A participant account keeps its one role and its link to the person; only its active flag may change here.
    if (current.participantId !== null && (input.roles !== undefined || input.organisationId !== undefined)) {
      throw invalid([{ path: '/roles', keyword: 'participant_role', message: 'participant_role' }]);
    }
    if (current.participantId === null) assertChange(actor, next);
    await assertOrganisation(tx, actor, next.organisationId);
    const [updated] = await tx
      .update(users)
      .set({ displayName: input.displayName, roles: next.roles, organisationId: next.organisationId, active: next.active })
      .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, id)))
      .returning(columns);
    if (!updated) throw notFound();
    if (!updated.active) await endSessionsOf(tx, actor.tenantId, id);
    await audit(tx, actor, [
      { participantId: null, category: 'account', action: 'update', grant: 'administrator', resourceType: 'user', resourceId: id },
    ]);
    return updated;
  });
  // This process's cached sessions of the user take the new roles, organisation or deactivation at once.
  forgetSessionsOf(actor.tenantId, id);
  return result;
}
