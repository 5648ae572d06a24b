import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { Acknowledgement, AcknowledgeWarning, WeekQuery, WeekView } from './schema.ts';
import { acknowledgeWarning, getWeek } from './service.ts';

export function calendarRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/week', {
    config: { policy: 'calendar.read' },
    schema: {
      summary: 'One ISO week of the participant’s activities across organisations, with its warnings',
      tags: ['calendar'],
      params: IdParams,
      querystring: WeekQuery,
      response: responses({ 200: WeekView }),
    },
    handler: async (request) => getWeek(db, actorOf(request), request.params.id, request.query.week),
  });

  app.post('/api/participants/:id/warnings/acknowledgements', {
    config: { policy: 'warning.acknowledge' },
    schema: {
      summary: 'Acknowledge a calendar warning with a reason (it stays shown, with who acknowledged it and why)',
      tags: ['calendar'],
      params: IdParams,
      body: AcknowledgeWarning,
      response: responses({ 201: Type.Object({ acknowledgement: Acknowledgement }) }),
    },
    handler: async (request, reply) =>
      reply.status(201).send(await acknowledgeWarning(db, actorOf(request), request.params.id, request.body)),
  });
}
