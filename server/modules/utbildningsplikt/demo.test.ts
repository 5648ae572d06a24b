import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('utbildningsplikt in the demo', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const coordinator = await signIn(ctx.app, 'samordnare@sjostad.example', PASSWORD);
  const analyst = await signIn(ctx.app, 'analytiker@sjostad.example', PASSWORD);

  it('shows the coordinator about six people covered, Hamid among them, and the municipality’s education', async () => {
    const res = await coordinator.get('/api/utbildningsplikt');
    expect(res.status).toBe(200);
    const names = res.body.people.map((p: { name: string | null }) => p.name);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(names).toContain('Hamid Rahimi');
    expect(res.body.education.map((e: { name: string }) => e.name)).toContain('Grundläggande vuxenutbildning för utbildningsplikten');
  });

  it('gives the analyst the quality per provider of that education', async () => {
    const res = await analyst.get('/api/utbildningsplikt/quality');
    expect(res.body.providers.map((p: { organisationName: string }) => p.organisationName)).toContain(
      'Vuxenutbildningen och SFI, Sjöstads kommun',
    );
  });
});
