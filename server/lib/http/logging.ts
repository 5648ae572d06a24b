import type { FastifyServerOptions } from 'fastify';

/** Keys that may carry personal data anywhere in a logged object: pino replaces their values. */
const REDACT = ['personalNumber', 'givenName', 'familyName', 'name', 'email', 'phone', 'address', 'password', 'birthDate', 'q']
  .flatMap((key) => [key, `*.${key}`, `*.*.${key}`])
  .concat(['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]']);

/** Request logs name the method, the path without its query (a search may hold a name) and the request id. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}
