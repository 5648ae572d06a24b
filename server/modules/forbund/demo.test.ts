import { describe, expect, it } from 'vitest';
import { INITIATIVE_STATES } from '../../../common/governance.ts';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('the demo förbund', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const board = await signIn(ctx.app, 'ledamot@sjostad.example', PASSWORD);

  it('has four parties that satisfy the law, the municipality with its three organisations', async () => {
    const res = await board.get('/api/forbund/parties');
    expect(res.status).toBe(200);
    expect(res.body.problems).toEqual([]);
    expect(res.body.items.map((p: { kind: string; sharePpm: number }) => [p.kind, p.sharePpm])).toEqual([
      ['forsakringskassan', 250_000],
      ['arbetsformedlingen', 250_000],
      ['region', 250_000],
      ['municipality', 250_000],
    ]);
    expect(res.body.items[3].organisations).toHaveLength(3);
  });

  it('has three budget years whose contributions add up, each carrying in what the year before carried out', async () => {
    const res = await board.get('/api/forbund/budget');
    const years = res.body.years;
    expect(years).toHaveLength(3);
    expect(years[1].carriedInOre).toBe(years[0].carriedOutOre);
    expect(years[2].carriedInOre).toBe(years[1].carriedOutOre);
    const year = res.body.year;
    expect(year.year).toBe(years[2].year);
    expect(year.contributions.reduce((a: number, c: { amountOre: number }) => a + c.amountOre, 0)).toBe(year.totalOre);
    expect(year.allocations.some((a: { initiativeId: string | null }) => a.initiativeId === null)).toBe(true);
    expect(year.allocations.filter((a: { initiativeName: string | null }) => a.initiativeName === 'Jobbspåret Sjöstad')).toHaveLength(1);
    expect(years[0].spentOre).toBeGreaterThan(0);
  });

  it('has ten initiatives in every stage, one at risk, and the running one counts its participants from the offer level', async () => {
    const res = await board.get('/api/initiatives');
    expect(res.body.items).toHaveLength(10);
    expect(new Set(res.body.items.map((i: { state: string }) => i.state))).toEqual(new Set(INITIATIVE_STATES));
    expect(res.body.atRisk).toBeGreaterThanOrEqual(1);
    const jobb = res.body.items.find((i: { name: string }) => i.name === 'Jobbspåret Sjöstad');
    const detail = (await board.get(`/api/initiatives/${jobb.id}`)).body;
    expect(detail.interventions).toHaveLength(3);
    // The linked interventions' participations, suppressed like every aggregate: counts of 1–4 never show.
    const shown = Object.values(detail.outcomes as Record<string, { kind: string; value?: number }>);
    expect(shown.every((c) => c.kind !== 'value' || c.value === 0 || c.value! >= 5)).toBe(true);
    expect(detail.outcomes.started).toMatchObject({ kind: 'value' });
    expect(detail.outcomes.started.value).toBeGreaterThanOrEqual(detail.outcomes.participants.value);
    expect(detail.events.map((e: { toState: string }) => e.toState)).toEqual(['idea', 'proposed', 'decided', 'running']);
  });

  it('has the meetings that decided Jobbspåret, and a coming board meeting with late and missing material', async () => {
    const list = (await board.get('/api/meetings')).body.items;
    expect(list.map((m: { title: string }) => m.title)).toEqual([
      'Styrelsemöte, december',
      'Styrelsemöte, mars',
      'Beredningsgruppen, februari',
    ]);
    expect(list[0]).toMatchObject({ items: 2, lateItems: 2, decisions: 0 });
    const coming = (await board.get(`/api/meetings/${list[0].id}`)).body;
    expect(coming.agenda.map((i: { material: string }) => i.material)).toEqual(['late', 'missing']);
    const log = (await board.get('/api/decisions')).body.items;
    expect(log).toEqual([
      expect.objectContaining({
        initiativeName: 'Jobbspåret Sjöstad',
        initiativeState: 'decided',
        votes: { for: 3, against: 1, abstentions: 0 },
      }),
    ]);
    expect(log[0].allocationAmountOre).toBe(240_000_000);
  });

  it('has joint goals whose indicators are computed from the demo’s cases, and the parties’ goals serving them', async () => {
    const goals = (await board.get('/api/goals')).body;
    expect(goals.joint).toHaveLength(3);
    const indicators = goals.joint.flatMap((g: { indicators: unknown[] }) => g.indicators);
    expect(indicators).toHaveLength(5);
    // The demo's history has people in work or studies at 90 days and intakes held: at least some quarters are shown.
    const shown = (name: string) =>
      indicators.find((i: { indicator: string }) => i.indicator === name).points.filter((p: { value: unknown }) => p.value !== null);
    expect(shown('work_or_studies_90').length).toBeGreaterThan(0);
    expect(goals.parties.every((p: { goals: unknown[] }) => p.goals.length === 1)).toBe(true);
    expect(
      goals.joint
        .find((g: { title: string }) => g.title === 'Fler deltagare i arbete eller studier')
        .partyGoals.map((g: { partyName: string }) => g.partyName)
        .sort(),
    ).toEqual(['Arbetsförmedlingen', 'Försäkringskassan', 'Sjöstads kommun']);
  });

  it('has two closed barometer rounds with results by organisation, and one open round', async () => {
    const rounds = (await board.get('/api/barometer/surveys')).body;
    const list = rounds.items ?? rounds;
    expect(list).toHaveLength(3);
    const autumn = list.find((r: { title: string }) => r.title === 'Samverkansbarometern, hösten');
    const results = await board.get(`/api/barometer/surveys/${autumn.id}/results`);
    expect(results.status).toBe(200);
    expect(JSON.stringify(results.body)).toContain('"small"');
  });
});
