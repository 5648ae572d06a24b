import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { Worklist, WorklistQuery } from './schema.ts';
import { getWorklist } from './service.ts';

export function worklistRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/worklist', {
    config: { policy: 'worklist.read' },
    schema: {
      summary: 'What waits for the user (scope mine) or their organisation: questions, meetings, windows, consents, activities, warnings',
      tags: ['worklist'],
      querystring: WorklistQuery,
      response: responses({ 200: Worklist }),
    },
    handler: async (request) => getWorklist(db, actorOf(request), request.query),
  });
}
