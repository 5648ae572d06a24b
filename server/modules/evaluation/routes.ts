import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { responses } from '../../lib/http/responses.ts';
import { evaluationCsv, evaluationXlsx } from './export.ts';
import { CsvFile, Evaluation, EvaluationQuery, ExportQuery, XlsxFile } from './schema.ts';
import { evaluate } from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="kitt-evaluation-${report.groupBy}.csv"`)
        .send(evaluationCsv(report, language ?? 'sv'));
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
      const file = await evaluationXlsx(report, language ?? 'sv');
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="kitt-evaluation-${report.groupBy}.xlsx"`)
        .send(file);
    },
  });
}
