import type { App, Deps } from '../../lib/http/app-type.ts';
import { responses } from '../../lib/http/responses.ts';
import { RegisterList, RegisterNetwork, RegisterQuery } from './schema.ts';
import { listRegister, registerNetwork } from './service.ts';

/**
 * The public register of local initiatives across municipalities, and the network of who borrowed from whom: read
 * without signing in, so that other municipalities can search and learn. It holds no personal data.
 */
export function registerRoutes(app: App, { database, config }: Deps) {
  const db = database.db;
  // Public, so limited per address: each list may compute results for many initiatives.
  const rateLimit = { max: config.publicReadsPerMinute, timeWindow: 60_000 };

  app.get('/api/register', {
    config: { policy: 'public', rateLimit },
    schema: {
      summary: 'Every area’s public initiatives, filtered by words, municipality, the municipality’s role or state',
      tags: ['register'],
      querystring: RegisterQuery,
      response: responses({ 200: RegisterList }),
    },
    handler: async (request) => listRegister(db, request.query),
  });

  app.get('/api/register/network', {
    config: { policy: 'public', rateLimit },
    schema: {
      summary: 'The register’s initiatives and municipalities, with who borrowed from whom and where each works, by year',
      tags: ['register'],
      response: responses({ 200: RegisterNetwork }),
    },
    handler: async () => registerNetwork(db),
  });
}
