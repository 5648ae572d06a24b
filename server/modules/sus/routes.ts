import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { completeness, scopeOf, susReport } from './report.ts';
import { Completeness, SusQuery, SusReport } from './schema.ts';

/** Follow-up without double registration: the SUS-style report from the offer level's participations, and what it lacks. */
export function susRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/sus/report', {
    config: { policy: 'evaluation.read' },
    schema: {
      summary:
        'The national follow-up’s report (Uppföljning Finsam, formerly SUS) for the förbund or an initiative and a period; small cells suppressed',
      tags: ['governance'],
      querystring: SusQuery,
      response: responses({ 200: SusReport }),
    },
    handler: async (request) => {
      const actor = actorOf(request);
      return db.transaction(async (tx) => susReport(tx, await scopeOf(tx, actor, request.query)), {
        isolationLevel: 'repeatable read',
        accessMode: 'read only',
      });
    },
  });

  app.get('/api/sus/completeness', {
    config: { policy: 'evaluation.read' },
    schema: {
      summary: 'Participations that lack data the report needs, counted by the organisation that records them',
      tags: ['governance'],
      querystring: SusQuery,
      response: responses({ 200: Completeness }),
    },
    handler: async (request) => completeness(db, await scopeOf(db, actorOf(request), request.query)),
  });
}
