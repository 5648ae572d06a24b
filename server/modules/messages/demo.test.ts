import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

interface DemoThread {
  kind: string;
  subject: string;
  doneAt: string | null;
  openQuestions: number;
  overdue: boolean;
  messages: { byParticipant: boolean; language: string; question: { answeredAt: string | null } | null }[];
}

describe('the demo messages', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const person = await signIn(ctx.app, 'deltagare@sjostad.example', PASSWORD);
  const amf = await signIn(ctx.app, 'amf.handlaggare@sjostad.example', PASSWORD);
  const sfi = await signIn(ctx.app, 'sfi.larare@sjostad.example', PASSWORD);
  const me = (await person.get('/api/me')).body;

  it('give Hamid a thread with SFI whose last message he has not read, and no agencies thread', async () => {
    const { status, body } = await person.get(`/api/participants/${me.participantId}/messages`);
    expect(status).toBe(200);
    const threads = body.threads as (DemoThread & { unreadCount: number })[];
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((t) => t.kind === 'with_participant')).toBe(true);
    expect(threads[0]!.unreadCount).toBeGreaterThan(0);
    expect(threads[0]!.messages.some((m) => m.byParticipant && m.language === 'fa')).toBe(true);
  });

  it('show the labour-market unit an overdue question from SFI, one waiting, one answered and one done thread', async () => {
    const all: DemoThread[] = [];
    const { body } = await amf.get('/api/participants?limit=200');
    for (const p of body.items as { id: string }[]) {
      const res = await amf.get(`/api/participants/${p.id}/messages`);
      if (res.status === 200) all.push(...res.body.threads);
    }
    expect(all.some((t) => t.overdue)).toBe(true);
    expect(all.some((t) => t.openQuestions > 0 && !t.overdue)).toBe(true);
    expect(all.some((t) => t.messages.some((m) => m.question?.answeredAt))).toBe(true);
    expect(all.some((t) => t.doneAt !== null)).toBe(true);
    const fromSfi = await sfi.get(`/api/participants/${me.participantId}/messages`);
    expect(fromSfi.status).toBe(200);
    expect((fromSfi.body.threads as DemoThread[]).find((t) => t.overdue)?.subject).toBe('Praktikplats efter SFI');
  });
});
