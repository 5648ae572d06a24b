import { Type } from 'typebox';
import { limits } from '../../../common/limits.ts';
import { AppError } from '../../lib/errors.ts';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { NoContent, responses } from '../../lib/http/responses.ts';
import { login, me, normaliseEmail } from './service.ts';
import { endSession, SESSION_COOKIE } from './sessions.ts';

const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: limits.emailMax }),
    password: Type.String({ minLength: 1, maxLength: limits.passwordMax }),
  },
  { additionalProperties: false },
);

const Me = Type.Object({
  user: Type.Object({ id: Type.String(), email: Type.String(), displayName: Type.String(), roles: Type.Array(Type.String()) }),
  organisation: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), kind: Type.String() }), Type.Null()]),
  tenant: Type.Object({ id: Type.String(), name: Type.String() }),
  participantId: Type.Union([Type.String(), Type.Null()]),
  allowedVerbs: Type.Array(Type.String()),
  csrfToken: Type.String(),
});

export function authRoutes(app: App, { database, config }: Deps) {
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: config.secureCookies };

  app.post('/api/auth/login', {
    config: {
      policy: 'public',
      rateLimit: {
        max: config.loginAttemptsPerWindow,
        timeWindow: config.loginWindowMs,
        // Per address and client, so one person's mistyping cannot lock out a whole office behind one NAT.
        keyGenerator: (req) => `${req.ip}|${normaliseEmail(String((req.body as { email?: unknown } | undefined)?.email ?? ''))}`,
      },
    },
    schema: {
      summary: 'Sign in with e-mail and password',
      tags: ['auth'],
      body: LoginBody,
      response: responses({ 200: Type.Object({ ok: Type.Boolean() }) }),
    },
    handler: async (request, reply) => {
      const session = await login(database.db, config, request.body.email, request.body.password);
      reply.setCookie(SESSION_COOKIE, session.cookie, { ...cookieOptions, maxAge: Math.floor(config.sessionMaxAgeMs / 1000) });
      return { ok: true };
    },
  });

  app.post('/api/auth/logout', {
    config: { policy: 'session.end' },
    schema: { summary: 'Sign out', tags: ['auth'], response: responses({ 204: NoContent }) },
    handler: async (request, reply) => {
      const actor = actorOf(request);
      await endSession(database.db, actor.tenantId, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  });

  app.get('/api/me', {
    config: { policy: 'session.read' },
    schema: {
      summary: 'The signed-in user, their organisation, roles, tenant and CSRF token',
      tags: ['auth'],
      response: responses({ 200: Me }),
    },
    handler: async (request) => {
      if (!request.csrfToken) throw new AppError('unauthenticated');
      return me(database.db, actorOf(request), request.csrfToken);
    },
  });
}
