import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { backend, templateDbName, urlFor } from '../test/backends.ts';
import { openPostgres } from './client.ts';
import { rows } from './sql.ts';

// Named statements are a PostgreSQL server feature; PGlite runs in the process and plans nothing over a wire.
describe.runIf(backend() === 'postgres')('statements on PostgreSQL', () => {
  it('are prepared once per connection and reused, inside and outside transactions', async () => {
    const database = openPostgres(urlFor(templateDbName), { max: 1 });
    try {
      for (let i = 0; i < 3; i++) await database.db.execute(sql`select ${i}::int as x`);
      await database.db.transaction((tx) => tx.execute(sql`select ${1}::int as y`));
      const prepared = await rows<{ statement: string }>(database.db, sql`select statement from pg_prepared_statements order by statement`);
      expect(prepared.map((p) => p.statement)).toEqual(['select $1::int as x', 'select $1::int as y']);
    } finally {
      await database.close();
    }
  });
});
