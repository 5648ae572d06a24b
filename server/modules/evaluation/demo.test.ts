import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';
import { GROUP_BY } from './schema.ts';

const PASSWORD = 'demo password 2026';

describe('the evaluation of the demo', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const board = await signIn(ctx.app, 'ledamot@sjostad.example', PASSWORD);

  it('answers every grouping, with small cells as "< 5" and never a count of 1–4', async () => {
    let small = 0;
    for (const groupBy of GROUP_BY) {
      const res = await board.get(`/api/evaluation?groupBy=${groupBy}`);
      expect([groupBy, res.status]).toEqual([groupBy, 200]);
      const text = JSON.stringify(res.body);
      const values = [...text.matchAll(/"kind":"value","value":(\d+)/g)].map((m) => Number(m[1]));
      expect(
        values.filter((v) => v > 0 && v < 5),
        groupBy,
      ).toEqual([]);
      small += text.split('"kind":"small"').length - 1;
    }
    // A demo of about thirty interventions has small groups: the report must show them as such.
    expect(small).toBeGreaterThan(0);
  });
});
