import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { MEDIA, sendAttachment } from '../../lib/http/files.ts';
import { responses } from '../../lib/http/responses.ts';
import { evaluationCsv, evaluationXlsx } from './export.ts';
import { CsvFile, Evaluation, EvaluationQuery, ExportQuery, XlsxFile } from './schema.ts';
import { evaluate } from './service.ts';

export function evaluationRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/evaluation', {
    config: { policy: 'evaluation.read' },
    schema: {
      summary:
        'Process evaluation per group and in total: referrals, participations, situation at end and at follow-up, cost; small cells suppressed',
      tags: ['evaluation'],
      querystring: EvaluationQuery,
      response: responses({ 200: Evaluation }),
    },
    handler: async (request) => evaluate(db, actorOf(request), request.query),
  });

  app.get('/api/evaluation/export.csv', {
    config: { policy: 'evaluation.read' },
    schema: {
      summary: 'The process evaluation as CSV, the same suppressed figures, headers in the chosen language',
      tags: ['evaluation'],
      querystring: ExportQuery,
      response: responses({ 200: CsvFile as never }),
    },
    handler: async (request, reply) => {
      const { language, ...query } = request.query;
      const report = await evaluate(db, actorOf(request), query);
      return sendAttachment(reply, MEDIA.csv, `kitt-evaluation-${report.groupBy}.csv`, evaluationCsv(report, language ?? 'sv'));
    },
  });

  app.get('/api/evaluation/export.xlsx', {
    config: { policy: 'evaluation.read' },
    schema: {
      summary: 'The process evaluation as an XLSX workbook, the same suppressed figures, headers in the chosen language',
      tags: ['evaluation'],
      querystring: ExportQuery,
      response: responses({ 200: XlsxFile as never }),
    },
    handler: async (request, reply) => {
      const { language, ...query } = request.query;
      const report = await evaluate(db, actorOf(request), query);
      return sendAttachment(reply, MEDIA.xlsx, `kitt-evaluation-${report.groupBy}.xlsx`, await evaluationXlsx(report, language ?? 'sv'));
    },
  });
}
