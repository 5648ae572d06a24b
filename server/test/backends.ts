import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openPglite, openPostgres, pgliteClientOf, type Database } from '../db/client.ts';

/** Which database the current test project runs against: `npm test` runs the API suites on both. */
export type Backend = 'pglite' | 'postgres';
export const backend = (): Backend => (process.env.KITT_TEST_DB === 'postgres' ? 'postgres' : 'pglite');

export const adminUrl = () => process.env.KITT_TEST_DATABASE_URL || 'postgres://postgres:postgres@127.0.0.1:5432/postgres';
export const templateFile = path.resolve('.tmp/pglite-template.tar.gz');
export const templateDbName = `kitt_template_${process.env.KITT_TEST_RUN ?? 'local'}`;

export function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (err) {
    throw new Error(
      `PostgreSQL is not reachable at ${adminUrl()} (${(err as Error).message}). The API tests run on PostgreSQL too: start it ` +
        '(see README, "Tests") or point KITT_TEST_DATABASE_URL at a server where the user may create databases.',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Migrates a template once per run: a PGlite dump on disk, or a PostgreSQL template database. */
export async function prepareTemplate(which: Backend): Promise<void> {
  if (which === 'pglite') {
    const database = await openPglite(null);
    await database.migrate();
    const dump = await pgliteClientOf(database).dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(templateFile), { recursive: true });
    fs.writeFileSync(templateFile, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    return;
  }
  await withAdminClient(async (client) => {
    await client.query(`drop database if exists ${templateDbName}`);
    await client.query(`create database ${templateDbName}`);
  });
  const database = openPostgres(urlFor(templateDbName), { max: 2 });
  await database.migrate();
  await database.close();
}

export async function dropTemplate(which: Backend): Promise<void> {
  if (which === 'postgres') await withAdminClient((c) => c.query(`drop database if exists ${templateDbName}`));
}

/** A fresh migrated database for one test file, copied from the run's template; `dispose` removes it. */
export async function freshDatabase(): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (backend() === 'pglite') {
    const blob = new Blob([fs.readFileSync(templateFile)]);
    const database = await openPglite(null, { loadDataDir: blob });
    return { database, dispose: () => database.close() };
  }
  const name = `kitt_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient((c) => c.query(`create database ${name} template ${templateDbName}`));
  const database = openPostgres(urlFor(name), { max: 10 });
  return {
    database,
    dispose: async () => {
      await database.close();
      await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}
