import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import { verifyPassword } from '../../lib/passwords.ts';
import { mayAttempt, VERBS, type Verb } from '../../lib/access/verbs.ts';
import { organisations, tenants } from '../tenants/tables.ts';
import { loginEmails, users } from '../users/tables.ts';
import { createSession } from './sessions.ts';

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** Checks the password and opens a session; the same answer for an unknown address, a wrong password or an inactive user. */
export async function login(db: Db, config: Config, email: string, password: string) {
  const [found] = await db
    .select({ tenantId: users.tenantId, userId: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(loginEmails)
    .innerJoin(users, and(eq(users.tenantId, loginEmails.tenantId), eq(users.id, loginEmails.userId)))
    .where(eq(loginEmails.email, normaliseEmail(email)));
  const ok = await verifyPassword(found?.passwordHash ?? null, password);
  if (!found || !ok || !found.active) throw new AppError('invalid_credentials');
  return createSession(db, found.tenantId, found.userId, { maxAgeMs: config.sessionMaxAgeMs, idleMs: config.sessionIdleMs });
}

/** The signed-in user as /api/me shows it. */
export async function me(db: Db, actor: Actor, csrfToken: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      roles: users.roles,
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      tenantId: tenants.id,
      tenantName: tenants.name,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .leftJoin(organisations, and(eq(organisations.tenantId, users.tenantId), eq(organisations.id, users.organisationId)))
    .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, actor.userId)));
  if (!row) throw new AppError('unauthenticated');
  return {
    user: { id: row.id, email: row.email, displayName: row.displayName, roles: row.roles },
    organisation: row.organisationId
      ? { id: row.organisationId, name: row.organisationName ?? '', kind: row.organisationKind ?? '' }
      : null,
    tenant: { id: row.tenantId, name: row.tenantName },
    participantId: actor.participantId,
    /** The verbs this user's roles may attempt, so the web app shows only what the server will allow. */
    allowedVerbs: (Object.keys(VERBS) as Verb[]).filter((verb) => verb !== 'public' && mayAttempt(verb, actor.roles)),
    csrfToken,
  };
}

/** Ends every session of a user, e.g. when an administrator deactivates the account. */
export async function endSessionsOf(ex: Executor, tenantId: string, userId: string) {
  await ex.execute(sql`delete from sessions where tenant_id = ${tenantId} and user_id = ${userId}`);
}
