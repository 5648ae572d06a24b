import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleLite } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { NamedStatementClient } from './named-client.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  kind: 'pglite' | 'postgresql';
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

const INT8 = 20;
const BYTEA = 17;

// Both backends return int8/count as a JS number and bytea as a Buffer (pg's defaults are string and Buffer,
// PGlite's number and Uint8Array). Kitt's int8 values are counts and sequence numbers, far below 2^53.
pg.types.setTypeParser(INT8, (value: string) => Number(value));
const liteParsers = {
  [INT8]: (value: string) => Number(value),
  [BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex'),
};

/** Opens PostgreSQL at `url`. Migrations take an advisory lock, so several processes may start at once. */
export function openPostgres(url: string, options: { max?: number } = {}): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 20, connectionTimeoutMillis: 5000, Client: NamedStatementClient });
  // A server restart drops idle connections; the pool replaces them, so the error is not fatal.
  pool.on('error', () => {});
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgresql',
    db,
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(727274)');
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock(727274)').catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the embedded database in `dataDir` (created with its parents if missing), or in memory when null. */
export async function openPglite(dataDir: string | null, options: { loadDataDir?: Blob } = {}): Promise<Database> {
  if (dataDir) fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const client = await PGlite.create({
    dataDir: dataDir ?? undefined,
    loadDataDir: options.loadDataDir,
    parsers: liteParsers,
  });
  const db = drizzleLite(client, { schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    migrate: () => migrateLite(drizzleLite(client, { schema }), { migrationsFolder }),
    close: () => client.close(),
  };
}

/** The PGlite client behind a Database, for dumping a migrated template in tests. */
export function pgliteClientOf(database: Database): PGlite {
  return (database.db as unknown as { $client: PGlite }).$client;
}
