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
 * Resolved sessions are kept in this process for a few seconds, so most requests skip the session round trip.
 * This process forgets a session at once at logout and a user's sessions when their roles, organisation or active
 * flag change (forgetSessionsOf). Another Kitt process on the same database sees such a change after at most
 * SESSION_CACHE_MS (README, "Benchmarks"). An entry never outlives the session's expiry or idle deadline.
 */
export const SESSION_CACHE_MS = 5_000;
const MAX_CACHED = 10_000;
const cache = new Map<string, { user: SessionUser; until: number }>();
/** Bumped by every forget, so a lookup that started before it does not cache what it read. */
let generation = 0;

/** Forgets the cached sessions of a user; call it after the change has committed. */
export function forgetSessionsOf(tenantId: string, userId: string) {
  generation++;
  for (const [key, entry] of cache) if (entry.user.tenantId === tenantId && entry.user.userId === userId) cache.delete(key);
}

/** Forgets every cached session, e.g. after a test changed sessions in the database behind this process. */
export function forgetAllSessions() {
  generation++;
  cache.clear();
}

function remember(key: string, user: SessionUser, msLeft: number) {
  if (msLeft <= 0) return;
  if (cache.size >= MAX_CACHED) {
    const now = Date.now();
    for (const [k, e] of cache) if (e.until <= now) cache.delete(k);
    // Still full: drop the oldest (a Map keeps insertion order).
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, { user, until: Date.now() + Math.min(SESSION_CACHE_MS, msLeft) });
}

/**
 * Resolves a cookie to its live session and active user in one query (or from the cache above), or null. A session
 * ends at its expiry and after `idleMs` without use; last use is written at most once a minute to keep reads cheap.
 */
export async function resolveSession(db: Db, cookie: string | undefined, times: SessionTimes): Promise<SessionUser | null> {
  if (!cookie) return null;
  const dot = cookie.indexOf('.');
  const tenantId = cookie.slice(0, dot);
  const token = cookie.slice(dot + 1);
  if (dot < 0 || !UUID.test(tenantId) || token.length < 20 || token.length > 100) return null;
  const id = hashToken(token);
  const key = `${tenantId}.${id}`;
  const cached = cache.get(key);
  if (cached) {
    if (cached.until > Date.now()) return cached.user;
    cache.delete(key);
  }
  const startedAt = generation;
  const idleSeconds = Math.floor(times.idleMs / 1000);
  const [row] = await rows<{
    user_id: string;
    csrf_token: string;
    organisation_id: string | null;
    participant_id: string | null;
    roles: Role[];
    stale: boolean;
    expires_in_ms: number;
    idle_left_ms: number;
  }>(
    db,
    sql`select s.user_id, s.csrf_token, u.organisation_id, u.participant_id, u.roles,
          s.last_seen_at < now() - interval '60 seconds' as stale,
          (extract(epoch from s.expires_at - now()) * 1000)::float8 as expires_in_ms,
          (extract(epoch from s.last_seen_at - now()) * 1000)::float8 + ${times.idleMs}::float8 as idle_left_ms
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
  const user: SessionUser = {
    tenantId,
    sessionId: id,
    csrfToken: row.csrf_token,
    userId: row.user_id,
    organisationId: row.organisation_id,
    participantId: row.participant_id,
    roles: row.roles,
  };
  // Deadlines are measured on the database's clock and kept as durations, so clock skew does not stretch them.
  if (generation === startedAt) remember(key, user, Math.min(row.expires_in_ms, row.stale ? times.idleMs : row.idle_left_ms));
  return user;
}

export async function endSession(db: Db, tenantId: string, sessionId: string) {
  await db.delete(sessions).where(and(eq(sessions.tenantId, tenantId), eq(sessions.id, sessionId)));
  generation++;
  cache.delete(`${tenantId}.${sessionId}`);
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
