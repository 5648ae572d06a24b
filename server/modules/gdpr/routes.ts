import type { App, Deps } from '../../lib/http/app-type.ts';
import { actorOf } from '../../lib/http/authenticate.ts';
import { IdParams, responses } from '../../lib/http/responses.ts';
import {
  DataExportQuery,
  DataExportResponse,
  RetentionLogPage,
  RetentionLogQuery,
  RetentionRule,
  RetentionRules,
  UpdateRetentionRule,
} from './schema.ts';
import { exportData, listRetentionLog, listRetentionRules, updateRetentionRule } from './service.ts';

export function gdprRoutes(app: App, { database }: Deps) {
  const db = database.db;

  app.get('/api/participants/:id/data-export', {
    config: { policy: 'data_export.read' },
    schema: {
      summary: 'Everything Kitt holds about the participant (GDPR art. 15), as JSON (kitt-data-export/1) or a readable page',
      tags: ['gdpr'],
      params: IdParams,
      querystring: DataExportQuery,
      response: responses({ 200: DataExportResponse as never }),
    },
    handler: async (request, reply) => {
      const result = await exportData(db, actorOf(request), request.params.id, request.query);
      reply.header('cache-control', 'no-store');
      if (result.kind === 'json') {
        return reply
          .type('application/json; charset=utf-8')
          .header('content-disposition', `attachment; filename="${result.filename}"`)
          .send(result.body);
      }
      // Opened in the browser to read and print; no script runs in it.
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `inline; filename="${result.filename}"`)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; frame-ancestors 'none'")
        .send(result.body);
    },
  });

  app.get('/api/admin/retention/rules', {
    config: { policy: 'retention.manage' },
    schema: { summary: 'Retention periods per category of participant data', tags: ['gdpr'], response: responses({ 200: RetentionRules }) },
    handler: async (request) => listRetentionRules(db, actorOf(request)),
  });

  app.put('/api/admin/retention/rules', {
    config: { policy: 'retention.manage' },
    schema: {
      summary: 'Set how many months after the last engagement ends a category is kept',
      tags: ['gdpr'],
      body: UpdateRetentionRule,
      response: responses({ 200: RetentionRule }),
    },
    handler: async (request) => updateRetentionRule(db, actorOf(request), request.body.category, request.body.months),
  });

  app.get('/api/admin/retention/log', {
    config: { policy: 'retention.manage' },
    schema: {
      summary: 'What the retention job removed: category, table, row count, when and under which rule',
      tags: ['gdpr'],
      querystring: RetentionLogQuery,
      response: responses({ 200: RetentionLogPage }),
    },
    handler: async (request) => listRetentionLog(db, actorOf(request), request.query),
  });
}
