import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfMatches, resolveSession, SESSION_COOKIE, type SessionTimes } from '../../modules/auth/sessions.ts';
import type { Db } from '../../db/client.ts';
import { isVerb, mayAttempt, type Verb } from '../access/verbs.ts';
import type { Actor } from '../actor.ts';
import { AppError } from '../errors.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The policy verb every route declares (see server/lib/access/verbs.ts). */
    policy?: Verb;
  }
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The route's verb; a route without one is refused (and fails the route-table test). */
export function policyOf(request: FastifyRequest): Verb {
  const policy = request.routeOptions.config.policy;
  if (!isVerb(policy)) throw new AppError('forbidden', 'This route declares no policy.');
  return policy;
}

/**
 * Runs before body parsing and validation: resolves the session, checks the CSRF token on state-changing requests
 * and whether the actor's roles may attempt the route's verb at all. Record-level rules follow in the services.
 */
export function registerAuthentication(app: FastifyInstance, db: Db, times: SessionTimes) {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    if (request.is404) return;
    const verb = policyOf(request);
    if (verb === 'public') return;
    const session = await resolveSession(db, request.cookies[SESSION_COOKIE], times);
    if (!session) throw new AppError('unauthenticated');
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(session.csrfToken, request.headers['x-csrf-token'])) {
      throw new AppError('csrf_failed');
    }
    if (!mayAttempt(verb, session.roles)) throw new AppError('forbidden');
    request.csrfToken = session.csrfToken;
    request.actor = {
      tenantId: session.tenantId,
      userId: session.userId,
      organisationId: session.organisationId,
      roles: session.roles,
      participantId: session.participantId,
      requestId: request.id,
      sessionId: session.sessionId,
    };
  });
}

/** The signed-in actor of a route whose verb is not `public`. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('unauthenticated');
  return request.actor;
}
