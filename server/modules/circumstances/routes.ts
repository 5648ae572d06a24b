import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { CircumstanceList, CircumstanceParams, EndCircumstance, RecordCircumstance } from './schema.ts';
import { endCircumstance, getCircumstances, recordCircumstance } from './service.ts';

export function circumstanceRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/circumstances', {
    config: { policy: 'circumstance.read' },
    schema: {
      summary: 'The person’s circumstances (establishment programme, social assistance, utbildningsplikt…): category intake',
      tags: ['circumstances'],
      params: IdParams,
      response: responses({ 200: CircumstanceList }),
    },
    handler: async (request) => getCircumstances(db, actorOf(request), request.params.id),
  });

  app.post('/api/participants/:id/circumstances', {
    config: { policy: 'circumstance.write' },
    schema: {
      summary: 'Record a circumstance for a period; the same kind may not overlap (409)',
      tags: ['circumstances'],
      params: IdParams,
      body: RecordCircumstance,
      response: responses({ 201: CircumstanceList }),
    },
    handler: async (request, reply) =>
      reply.code(201).send(await recordCircumstance(db, actorOf(request), request.params.id, request.body)),
  });

  app.post('/api/participants/:id/circumstances/:circumstanceId/end', {
    config: { policy: 'circumstance.write' },
    schema: {
      summary: 'End a circumstance on a day',
      tags: ['circumstances'],
      params: CircumstanceParams,
      body: EndCircumstance,
      response: responses({ 200: CircumstanceList }),
    },
    handler: async (request) => endCircumstance(db, actorOf(request), request.params.id, request.params.circumstanceId, request.body),
  });
}
