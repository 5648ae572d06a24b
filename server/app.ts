import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyServerOptions } from 'fastify';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { AppError } from './lib/errors.ts';
import type { App } from './lib/http/app-type.ts';
import { registerAuthentication } from './lib/http/authenticate.ts';
import { frameworkErrorHandler, registerErrorHandler } from './lib/http/error-handler.ts';
import { registerValidation } from './lib/http/validation.ts';
import { loggerOptions } from './lib/http/logging.ts';
import { ErrorSchema } from './lib/http/responses.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { participantRoutes } from './modules/participants/routes.ts';
import { planRoutes } from './modules/plan/routes.ts';
import { calendarRoutes } from './modules/calendar/routes.ts';
import { progressionRoutes } from './modules/progression/routes.ts';
import { intakeRoutes } from './modules/intake/routes.ts';
import { organisationRoutes } from './modules/tenants/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { messageRoutes } from './modules/messages/routes.ts';
import { worklistRoutes } from './modules/worklist/routes.ts';
import { notificationRoutes } from './modules/notifications/routes.ts';
import { accessLogRoutes } from './modules/access-log/routes.ts';
import { documentRoutes } from './modules/documents/routes.ts';
import { gdprRoutes } from './modules/gdpr/routes.ts';
import { catalogueRoutes } from './modules/catalogue/routes.ts';
import { circumstanceRoutes } from './modules/circumstances/routes.ts';
import { referralRoutes } from './modules/referrals/routes.ts';
import { participationRoutes } from './modules/participations/routes.ts';
import { utbildningspliktRoutes } from './modules/utbildningsplikt/routes.ts';
import { procurementRoutes } from './modules/procurement/routes.ts';
import { forbundRoutes } from './modules/forbund/routes.ts';
import { initiativeRoutes } from './modules/initiatives/routes.ts';
import { meetingRoutes } from './modules/meetings/routes.ts';
import { registerRoutes } from './modules/register/routes.ts';
import { goalRoutes } from './modules/goals/routes.ts';
import { susRoutes } from './modules/sus/routes.ts';
import { evaluationRoutes } from './modules/evaluation/routes.ts';
import { barometerRoutes } from './modules/barometer/routes.ts';

export const webDist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

/** One declared route, as the route-table tests and the OpenAPI document see it. */
export interface RouteInfo {
  method: string;
  url: string;
  policy: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    kittRoutes: RouteInfo[];
  }
}

export interface BuildOptions {
  database: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
}

/** Builds the Fastify app: external plugins, then Kitt's own hooks, then the modules' routes, then the web app. */
export async function buildApp({ database, config, logger }: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: logger ?? loggerOptions(config.logLevel),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('kittRoutes', [] as RouteInfo[]);
  app.addHook('onRoute', (route) => {
    // The API reference and its assets are public, like the OpenAPI document they show.
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, policy: 'public' };
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      app.kittRoutes.push({ method, url: route.url, policy: route.config?.policy });
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  await app.register(rateLimit, {
    global: false,
    hook: 'preHandler',
    errorResponseBuilder: () => new AppError('rate_limited'),
  });
  app.addSchema(ErrorSchema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Kitt API', version: '0.1.0', description: 'Every operation names its policy verb in x-kitt-policy.' },
    },
    transform: ({ schema, url, route }) => ({ schema: { ...schema, 'x-kitt-policy': route.config?.policy } as typeof schema, url }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandler(app);
  registerValidation(app);
  registerAuthentication(app, database.db, { maxAgeMs: config.sessionMaxAgeMs, idleMs: config.sessionIdleMs });

  const deps = { database, config };
  healthRoutes(app, deps);
  authRoutes(app, deps);
  organisationRoutes(app, deps);
  userRoutes(app, deps);
  participantRoutes(app, deps);
  intakeRoutes(app, deps);
  planRoutes(app, deps);
  calendarRoutes(app, deps);
  progressionRoutes(app, deps);
  messageRoutes(app, deps);
  worklistRoutes(app, deps);
  notificationRoutes(app, deps);
  accessLogRoutes(app, deps);
  documentRoutes(app, deps);
  gdprRoutes(app, deps);
  catalogueRoutes(app, deps);
  circumstanceRoutes(app, deps);
  referralRoutes(app, deps);
  participationRoutes(app, deps);
  utbildningspliktRoutes(app, deps);
  procurementRoutes(app, deps);
  forbundRoutes(app, deps);
  initiativeRoutes(app, deps);
  meetingRoutes(app, deps);
  registerRoutes(app, deps);
  goalRoutes(app, deps);
  susRoutes(app, deps);
  evaluationRoutes(app, deps);
  barometerRoutes(app, deps);

  app.get('/api/openapi.json', {
    config: { policy: 'public' },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });

  const hasWeb = fs.existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html', { maxAge: 0 });
    }
    return reply.status(404).send({ error: { code: 'not_found', message: 'Not found.' } });
  });
  return app;
}
