import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { utbildningspliktQuality } from './quality.ts';
import { CoveredList, CoveredQuery, Quality } from './schema.ts';
import { listCovered } from './service.ts';

export function utbildningspliktRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/utbildningsplikt', {
    config: { policy: 'utbildningsplikt.read' },
    schema: {
      summary: 'People covered by utbildningsplikt today whom the reader may see, their education and enrolment; the education offered',
      tags: ['utbildningsplikt'],
      querystring: CoveredQuery,
      response: responses({ 200: CoveredList }),
    },
    handler: async (request) => listCovered(db, actorOf(request), request.query),
  });

  app.get('/api/utbildningsplikt/quality', {
    config: { policy: 'utbildningsplikt.read' },
    schema: {
      summary: 'Per provider of the education: participants, completion and SFI progression, small groups hidden',
      tags: ['utbildningsplikt'],
      response: responses({ 200: Quality }),
    },
    handler: async (request) => utbildningspliktQuality(db, actorOf(request)),
  });
}
