import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import { PdfFile, PlanPdfQuery } from './schema.ts';
import { planPdf } from './service.ts';

export function documentRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/plan.pdf', {
    config: { policy: 'plan.read' },
    schema: {
      summary: 'The plan, its goals and one week as a PDF in the chosen language (the person’s own when left out)',
      tags: ['documents'],
      params: IdParams,
      querystring: PlanPdfQuery,
      // The success response is the file; errors are JSON like every route's.
      response: responses({ 200: PdfFile as never }),
    },
    handler: async (request, reply) => {
      const { pdf, filename } = await planPdf(db, actorOf(request), request.params.id, request.query);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  });
}
