import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { sessions } from './tables.ts';

export const SESSION_COOKIE = 'kitt_session';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionTimes {
  maxAgeMs: number;
  idleMs: number;
}

/** Creates a session and returns the cookie value: the tenant id and a random token (only its hash is stored). */
export async function createSession(db: Db, tenantId: string, userId: string, times: SessionTimes) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + times.maxAgeMs).toISOString();
  await db.insert(sessions).values({ tenantId, id: hashToken(token), userId, csrfToken, expiresAt });
  return { cookie: `${tenantId}.${token}`, csrfToken };
}

export interface SessionUser {
  tenantId: string;
  sessionId: string;
  csrfToken: string;
  userId: string;
  organisationId: string | null;
  participantId: string | null;
  roles: Role[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Resolves a cookie to its live session and active user in one query, or null. A session ends at its expiry and
 * after `idleMs` without use; last use is written at most once a minute to keep reads cheap.
 */
export async function resolveSession(db: Db, cookie: string | undefined, times: SessionTimes): Promise<SessionUser | null> {
  if (!cookie) return null;
  const dot = cookie.indexOf('.');
  const tenantId = cookie.slice(0, dot);
  const token = cookie.slice(dot + 1);
  if (dot < 0 || !UUID.test(tenantId) || token.length < 20 || token.length > 100) return null;
  const id = hashToken(token);
  const idleSeconds = Math.floor(times.idleMs / 1000);
  const [row] = await rows<{
    user_id: string;
    csrf_token: string;
    organisation_id: string | null;
    participant_id: string | null;
    roles: Role[];
    stale: boolean;
  }>(
    db,
    sql`select s.user_id, s.csrf_token, u.organisation_id, u.participant_id, u.roles,
          s.last_seen_at < now() - interval '60 seconds' as stale
        from sessions s join users u on u.tenant_id = s.tenant_id and u.id = s.user_id
        where s.tenant_id = ${tenantId} and s.id = ${id} and u.active
          and s.expires_at > now() and s.last_seen_at > now() - make_interval(secs => ${idleSeconds})`,
  );
  if (!row) return null;
  if (row.stale) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, id)));
  }
  return {
    tenantId,
    sessionId: id,
    csrfToken: row.csrf_token,
    userId: row.user_id,
    organisationId: row.organisation_id,
    participantId: row.participant_id,
    roles: row.roles,
  };
}

export async function endSession(db: Db, tenantId: string, sessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId)));
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
