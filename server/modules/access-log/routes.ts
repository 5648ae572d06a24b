import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { AccessLogPage, AccessLogQuery } from './schema.ts';
import { readAccessLog } from './service.ts';

export function accessLogRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/access-log', {
    config: { policy: 'access_log.read' },
    schema: {
      summary: 'Who looked at or changed the participant’s data, from the audit log (organisation and role, never the user)',
      tags: ['access log'],
      params: IdParams,
      querystring: AccessLogQuery,
      response: responses({ 200: AccessLogPage }),
    },
    handler: async (request) => readAccessLog(db, actorOf(request), request.params.id, request.query),
  });
}
