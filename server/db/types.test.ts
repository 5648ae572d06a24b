import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestContext } from '../test/harness.ts';
import { rows } from './sql.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testApp();
});

describe('both backends return the same JS types', () => {
  it('for int8, count, bytea, date, timestamptz, numeric and json in raw SQL', async () => {
    const [row] = await rows<Record<string, unknown>>(
      ctx.database.db,
      sql`select 9007199254740991::int8 as big, count(*) as n, '\\x0102ff'::bytea as bytes, '2026-03-01'::date as d,
                 '2026-03-01T10:00:00Z'::timestamptz as t, 1.50::numeric as num, '{"a":[1]}'::jsonb as j
          from (values (1), (2)) v(x)`,
    );
    expect(row).toEqual({
      big: 9007199254740991,
      n: 2,
      bytes: Buffer.from([1, 2, 255]),
      d: '2026-03-01',
      t: expect.stringMatching(/^2026-03-01 10:00:00\+00/),
      num: '1.50',
      j: { a: [1] },
    });
    expect(Buffer.isBuffer(row!.bytes)).toBe(true);
  });

  it('runs on PostgreSQL 15 syntax (no newer-only features needed by Kitt’s queries)', async () => {
    const [v] = await rows<{ server_version_num: string }>(ctx.database.db, sql`show server_version_num`);
    expect(Number(v!.server_version_num)).toBeGreaterThanOrEqual(150000);
  });
});
