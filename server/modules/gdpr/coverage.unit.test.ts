import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../../db/schema.ts';
import { EXCLUDED_TABLES, EXPORTED_TABLES } from './coverage.ts';
import { RETENTION_STEPS } from './retention.ts';

const tables = (Object.values(schema) as unknown[]).filter((t): t is PgTable => t instanceof PgTable).map((t) => getTableConfig(t));
/** Tables holding a participant's data: a `participant_id` column, and the participant row itself. */
const personal = tables.filter((t) => t.name === 'participants' || t.columns.some((c) => c.name === 'participant_id')).map((t) => t.name);

describe('the export covers every table with participant data', () => {
  it('finds the tables in server/db/schema.ts', () => {
    expect(personal).toEqual(expect.arrayContaining(['participants', 'engagements', 'consents', 'goals', 'messages', 'audit_events']));
  });

  it('lists each in the export or among the exclusions with a reason (server/modules/gdpr/coverage.ts)', () => {
    const listed = new Set([...Object.keys(EXPORTED_TABLES), ...Object.keys(EXCLUDED_TABLES)]);
    expect(personal.filter((t) => !listed.has(t))).toEqual([]);
    expect(Object.values(EXCLUDED_TABLES).every((reason) => reason.trim().length > 10)).toBe(true);
  });

  it('names only tables that exist, each in one list', () => {
    const names = new Set(tables.map((t) => t.name));
    expect([...Object.keys(EXPORTED_TABLES), ...Object.keys(EXCLUDED_TABLES)].filter((t) => !names.has(t))).toEqual([]);
    expect(Object.keys(EXPORTED_TABLES).filter((t) => t in EXCLUDED_TABLES)).toEqual([]);
  });
});

describe('retention reaches every table with participant data', () => {
  // The removal log itself is kept: it holds ids and counts only, and is the evidence that removal happened.
  const KEPT = ['retention_log'];
  it('removes or anonymises each of them in some category', () => {
    const reached = new Set(Object.values(RETENTION_STEPS).flatMap((steps) => steps.map((s) => s.table)));
    expect(personal.filter((t) => !reached.has(t) && !KEPT.includes(t))).toEqual([]);
  });
});
