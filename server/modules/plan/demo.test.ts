import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

interface DemoActivity {
  id: string;
  kind: string;
  status: string;
  ownerOrganisationName: string | null;
}

describe('the demo plans', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const person = await signIn(ctx.app, 'deltagare@sjostad.example', PASSWORD);
  const amf = await signIn(ctx.app, 'amf.handlaggare@sjostad.example', PASSWORD);

  it('give the demo participant goals in their own words and activities of several organisations, with history', async () => {
    const me = (await person.get('/api/me')).body;
    const { status, body } = await person.get(`/api/participants/${me.participantId}/plan`);
    expect(status).toBe(200);
    expect(body.goals.some((g: { writtenByParticipant: boolean; language: string }) => g.writtenByParticipant && g.language === 'fa')).toBe(
      true,
    );
    const activities = body.activities as DemoActivity[];
    expect(new Set(activities.map((a) => a.ownerOrganisationName).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(activities.map((a) => a.status))).toEqual(new Set(['proposed', 'planned', 'in_progress', 'done', 'cancelled']));
    const done = activities.find((a) => a.status === 'done')!;
    const history = await person.get(`/api/participants/${me.participantId}/activities/${done.id}/history`);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([4, 3, 2, 1]);
  });

  it('book a work placement for some people still at SFI level A', async () => {
    const { body } = await amf.get('/api/participants?limit=200');
    let placements = 0;
    for (const p of body.items as { id: string }[]) {
      const plan = await amf.get(`/api/participants/${p.id}/plan`);
      if (plan.status !== 200) continue;
      const kinds = (plan.body.activities as DemoActivity[]).map((a) => a.kind);
      if (
        kinds.includes('work_placement') &&
        plan.body.activities.some((a: DemoActivity & { title: string }) => a.title.includes('kurs A'))
      )
        placements++;
    }
    expect(placements).toBeGreaterThanOrEqual(2);
  });
});
