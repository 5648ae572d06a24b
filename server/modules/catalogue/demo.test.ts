import { describe, expect, it } from 'vitest';
import { INTERVENTION_KINDS } from '../../../common/offer.ts';
import { DEMO_ORGANISATIONS } from '../../demo/data.ts';
import { seedDemo } from '../../demo/seed.ts';
import { signIn, testApp } from '../../test/harness.ts';

const PASSWORD = 'demo password 2026';

describe('the demo catalogue', async () => {
  const ctx = await testApp();
  await seedDemo(ctx.database.db, PASSWORD);
  const amf = await signIn(ctx.app, 'amf.handlaggare@sjostad.example', PASSWORD);
  const person = await signIn(ctx.app, 'deltagare@sjostad.example', PASSWORD);
  const hamid = (await person.get('/api/me')).body.participantId as string;
  const all = (await amf.get('/api/catalogue?status=any&limit=200')).body as {
    total: number;
    items: { name: string; organisationName: string; kind: string; workplace: string | null }[];
  };

  it('holds about thirty interventions of every kind from every organisation', () => {
    expect(all.total).toBeGreaterThanOrEqual(28);
    const providers = new Set(all.items.map((i) => i.organisationName));
    for (const o of DEMO_ORGANISATIONS) expect(providers, o.name).toContain(o.name);
    expect(new Set(all.items.map((i) => i.kind))).toEqual(new Set(INTERVENTION_KINDS));
  });

  it('shows the municipality’s own places by workplace', async () => {
    const res = await amf.get('/api/catalogue?workplaces=true');
    expect(res.body.items.map((i: { workplace: string }) => i.workplace)).toContain('Äldreboendet Solgården');
  });

  it('finds the social enterprise’s café place eligible for Hamid, as the labour-market unit sees him', async () => {
    const res = await amf.get(`/api/catalogue?eligibleFor=${hamid}&eligibility=eligible&q=Kvarnens`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { name: string }) => i.name)).toContain('Träningsplats i Kvarnens café och bageri');
  });

  it('gives the social enterprise referrals in every state it sees, and keeps the labour-market unit’s draft to itself', async () => {
    const provider = await signIn(ctx.app, 'handledare@sjostad.example', PASSWORD);
    const incoming = (await provider.get('/api/referrals/box?box=incoming')).body.items as { state: string }[];
    expect(new Set(incoming.map((r) => r.state))).toEqual(
      new Set(['sent', 'waitlisted', 'accepted', 'declined', 'expired', 'started', 'ended']),
    );
    const outgoing = (await amf.get('/api/referrals/box?box=outgoing')).body.items as { state: string }[];
    expect(new Set(outgoing.map((r) => r.state))).toEqual(
      new Set(['draft', 'sent', 'waitlisted', 'accepted', 'declined', 'withdrawn', 'expired', 'started', 'ended']),
    );
  });

  it('gives Hamid his circumstances in his own view', async () => {
    const res = await person.get(`/api/participants/${hamid}/circumstances`);
    expect(res.body.items.filter((c: { active: boolean }) => c.active).map((c: { kind: string }) => c.kind)).toEqual(
      expect.arrayContaining(['registered_at_af', 'establishment_programme']),
    );
  });
});
