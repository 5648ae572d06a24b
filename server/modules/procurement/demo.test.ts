import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('the demo procurement', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const coordinator = await signIn(ctx.app, 'samordnare@sjostad.example', PASSWORD);

  it('has two contracts with the supplier, one on track and one behind, counted from the participations', async () => {
    const res = await coordinator.get('/api/procurement/contracts');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.items.map((c: { name: string }) => [c.name, c]));
    expect(byName['Ramavtal bygg Kajstaden']).toMatchObject({ behind: false, fulfilment: { status: 'on_track', currentYear: 2 } });
    expect(byName['Avtal fastighetsskötsel']).toMatchObject({ behind: true, fulfilment: { status: 'behind', currentYear: 1 } });
    expect(byName['Ramavtal bygg Kajstaden'].interventions).toHaveLength(2);
    const placements = byName['Avtal fastighetsskötsel'].fulfilment.years[0].requirements[0];
    expect(placements.achieved).toBeGreaterThan(0);
    expect(placements.achieved).toBeLessThan(placements.expectedByToday);
    expect(res.body.behind).toBe(1);
  });

  it('has purchases from Kvarnen over three years, and the municipality’s workplaces', async () => {
    const purchases = (await coordinator.get('/api/procurement/purchases')).body;
    expect(purchases.years).toHaveLength(3);
    expect(purchases.socialEnterprises.map((e: { name: string }) => e.name)).toEqual([expect.stringContaining('Kvarnen')]);
    expect(purchases.totals.every((y: { suppliers: unknown[] }) => y.suppliers.length === 1)).toBe(true);
    const workplaces = (await coordinator.get('/api/procurement/workplaces')).body;
    expect(workplaces.workplaces.length).toBeGreaterThanOrEqual(4);
    expect(workplaces.total.places).toBeGreaterThan(workplaces.total.placesTaken);
  });
});
