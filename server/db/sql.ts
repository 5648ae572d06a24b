import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client.ts';

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Maps a raw row of `select * from table` (column names, driver values) to the table's fields as Drizzle's own
 * select returns them, for statements Drizzle cannot build, e.g. a read joined with its audit write.
 */
export function fromRow<T extends PgTable>(table: T, raw: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    out[field] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}

/**
 * A JSON object of one row of `table` under `alias`, keyed by column name, with timestamps as the text the driver
 * returns, so `fromRow(table, …)` gives the same fields as Drizzle's select. Lets one statement carry several tables,
 * e.g. `json_agg(${jsonRow(goals, 'g')} order by …)`.
 */
export function jsonRow(table: PgTable, alias: string): SQL {
  const columns = Object.values(getTableColumns(table));
  // json_build_object takes at most 100 arguments.
  if (columns.length > 50) throw new Error('jsonRow handles tables of up to 50 columns');
  const pairs = columns.map((column) => {
    const ref = `${alias}.${quote(column.name)}`;
    return `'${column.name}', ${column.getSQLType().startsWith('timestamp') ? `${ref}::text` : ref}`;
  });
  return sql.raw(`json_build_object(${pairs.join(', ')})`);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
