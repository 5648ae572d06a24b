import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('the demo joint intakes', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const coordinator = await signIn(ctx.app, 'samordnare@sjostad.example', PASSWORD);
  const af = await signIn(ctx.app, 'af.handlaggare@sjostad.example', PASSWORD);
  const person = await signIn(ctx.app, 'deltagare@sjostad.example', PASSWORD);

  it('give the coordinator open windows, a window closing with nothing booked and booked meetings', async () => {
    const { body } = await coordinator.get('/api/intakes');
    const people = body.people as { name: string; window: { state: string }; closingWarning: boolean; meeting: unknown }[];
    expect(people.some((p) => p.window.state === 'open' && p.meeting === null && !p.closingWarning)).toBe(true);
    expect(people.some((p) => p.closingWarning)).toBe(true);
    expect(people.filter((p) => p.meeting !== null).length).toBeGreaterThanOrEqual(2);
  });

  it('give Arbetsförmedlingen an invitation awaiting its answer', async () => {
    const { body } = await af.get('/api/intakes');
    expect(body.invitations.some((i: { answer: string }) => i.answer === 'pending')).toBe(true);
  });

  it('give the demo participant a full record with a health section written by several authors', async () => {
    const me = (await person.get('/api/me')).body;
    const { body } = await person.get(`/api/participants/${me.participantId}/intake`);
    expect(body.sections.map((s: { kind: string }) => s.kind).sort()).toEqual([
      'driving_licence',
      'education',
      'family',
      'goals',
      'health',
      'languages',
      'work_experience',
    ]);
    const authors = new Set(body.sections.map((s: { writtenByOrganisationName: string | null }) => s.writtenByOrganisationName));
    expect(authors.size).toBeGreaterThanOrEqual(4);
    expect(body.meetings[0].status).toBe('held');
    // His goals were first noted by the labour-market unit: the section keeps who wrote the earlier version.
    const goals = body.sections.find((s: { kind: string }) => s.kind === 'goals');
    expect(goals).toMatchObject({ version: 2, writtenByParticipant: true });
    expect(goals.history).toEqual([
      expect.objectContaining({ version: 1, writtenByParticipant: false, writtenByOrganisationName: expect.any(String) }),
    ]);
  });
});
