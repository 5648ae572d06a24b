import { getTableName, is, sql } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.ts';
import * as schema from '../db/schema.ts';
import { rows } from '../db/sql.ts';

/** Every table of server/db/schema.ts, so a new table is covered without touching the tests. */
export const TABLES: readonly string[] = Object.values(schema)
  .filter((value) => is(value, PgTable))
  .map((table) => getTableName(table as PgTable))
  .sort();

/** An md5 of each table's rows, in a stable order: two equal digests mean no row was written, changed or removed. */
export async function tableDigest(db: Db): Promise<Record<string, string>> {
  const parts = TABLES.map((name) => {
    const id = `"${name.replace(/"/g, '""')}"`;
    return `select '${name}' as name, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as digest from ${id} t`;
  });
  const found = await rows<{ name: string; digest: string }>(db, sql.raw(parts.join(' union all ')));
  return Object.fromEntries(found.map((r) => [r.name, r.digest]));
}
