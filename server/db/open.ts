import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { openPglite, openPostgres, type Database } from './client.ts';
import { lockDataDir } from './lock.ts';
import { rows } from './sql.ts';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data folder) and migrates it. */
export async function openConfiguredDatabase(config: Config): Promise<{ database: Database; release: () => void }> {
  if (config.databaseUrl) {
    const database = openPostgres(config.databaseUrl);
    await database.migrate();
    return { database, release: () => {} };
  }
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openPglite(path.join(config.dataDir, 'pgdata'));
    await database.migrate();
    return { database, release };
  } catch (err) {
    release();
    throw err;
  }
}

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await rows<{ n: number }>(database.db, sql`select count(*) as n from tenants`);
  return (row?.n ?? 0) === 0;
}
