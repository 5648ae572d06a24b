import { sql } from 'drizzle-orm';
import { Type } from 'typebox';
import type { App, Deps } from '../../lib/http/app-type.ts';
import { responses } from '../../lib/http/responses.ts';

export function healthRoutes(app: App, { database }: Deps) {
  app.get('/api/health', {
    config: { policy: 'public' },
    schema: {
      summary: 'Liveness and the database in use; 503 when the database cannot be reached',
      tags: ['health'],
      response: responses({
        200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgresql')]) }),
      }),
    },
    handler: async () => {
      await database.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: database.kind };
    },
  });
}
