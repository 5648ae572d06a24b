import type { TargetGroup } from '../../../common/offer.ts';
import type { Db } from '../../db/client.ts';
import { addDays } from '../../lib/working-days.ts';
import { buildOrganisation, buildParticipant, buildTenant, buildUser } from '../../test/factories.ts';
import { interventions } from '../catalogue/tables.ts';
import { followUps, participations } from '../participations/tables.ts';
import { referrals } from '../referrals/tables.ts';

/**
 * A hand-built area for the evaluation's tests. Three interventions of one provider, every participation a different
 * person, all in 2025 (A's people women, B's men, C's of unknown gender; all 30 at start):
 * - A (1 000 000 öre a place; newcomers, long-term unemployed): 20 started, 5 running, 15 ended — completed 10 (work
 *   5, studies 5), dropped out 5 (own choice, job seeking at end). At 90 days: work 5, other 5, missing 5; at 180:
 *   work 5, not reachable 5, missing 5. Referrals: 13 sent in 2025 — 5 accepted or later (3 ended in work, 2 running;
 *   10, 20, 30, 40, 50 days to start), 6 declined with a reason, 2 withdrawn: 11 reached an outcome. Not counted: a
 *   wrong registration, a participation started in 2024 and a referral sent then.
 * - B (500 000 öre; newcomers): 8 started, 5 running, 3 ended in work (work at 90 days, missing at 180).
 * - C (200 000 öre; young adults): 12 started, 6 running, 6 ended in work (the same follow-ups).
 */
export async function buildEvaluationArea(db: Db) {
  const tenantId = await buildTenant(db);
  const amf = await buildOrganisation(db, tenantId, 'labour_market_unit', 'Arbetsmarknadsenheten');
  const ase = await buildOrganisation(db, tenantId, 'social_enterprise', 'Sociala företaget');
  const sender = await buildUser(db, tenantId, { roles: ['caseworker'], organisationId: amf });
  const people: string[] = [];
  const intervention = async (name: string, cost: number, targetGroups: TargetGroup[]) => {
    const [row] = await db
      .insert(interventions)
      .values({
        tenantId,
        organisationId: ase,
        name,
        description: name,
        kind: 'training_place',
        places: 30,
        funding: 'esf',
        targetGroups,
        costPerPlaceOre: cost,
      })
      .returning({ id: interventions.id });
    return row!.id;
  };
  const ids = {
    A: await intervention('A Träningsplats', 1_000_000, ['newcomers', 'long_term_unemployed']),
    B: await intervention('B Språkpraktik', 500_000, ['newcomers']),
    C: await intervention('C Kortkurs', 200_000, ['young_adults']),
  };
  const gender = { A: 'woman', B: 'man', C: 'unknown' } as const;
  type Point = 'wos' | 'other' | 'nr' | 'missing';
  interface Take {
    end?: { on: string; reason: string; occupation: string };
    f90?: Point;
    f180?: Point;
    referral?: { id: string; participantId: string };
    start?: string;
  }

  const take = async (which: keyof typeof ids, t: Take = {}) => {
    const participantId = t.referral?.participantId ?? (await buildParticipant(db, tenantId, amf));
    people.push(participantId);
    const [p] = await db
      .insert(participations)
      .values({
        tenantId,
        participantId,
        interventionId: ids[which],
        organisationId: ase,
        referralId: t.referral?.id ?? null,
        startDate: t.start ?? '2025-02-01',
        endDate: t.end?.on ?? null,
        endReason: t.end?.reason ?? null,
        endOccupation: t.end?.occupation ?? null,
        endIncomeSources: t.end ? ['salary'] : null,
        gender: gender[which],
        ageAtStart: 30,
        timeInSupport: 'under_1_year',
        educationLevel: 'compulsory',
        startOccupation: 'job_seeking',
        startIncomeSources: ['social_assistance'],
      })
      .returning({ id: participations.id });
    for (const [days, point] of [
      [90, t.f90],
      [180, t.f180],
    ] as const) {
      if (!t.end || !point) continue;
      await db.insert(followUps).values({
        tenantId,
        participationId: p!.id,
        participantId,
        organisationId: ase,
        daysAfterEnd: days,
        dueDate: addDays(t.end.on, days),
        recordedAt: point === 'missing' ? null : '2026-01-15T10:00:00Z',
        notReachable: point === 'nr',
        occupation: point === 'wos' ? 'work_unsubsidised' : point === 'other' ? 'job_seeking' : null,
      });
    }
  };
  const referral = async (state: 'started' | 'ended' | 'declined' | 'withdrawn', sentOn: string) => {
    const participantId = await buildParticipant(db, tenantId, amf);
    people.push(participantId);
    const [r] = await db
      .insert(referrals)
      .values({
        tenantId,
        participantId,
        interventionId: ids.A,
        fromOrganisationId: amf,
        toOrganisationId: ase,
        state,
        sentAt: `${sentOn}T09:00:00Z`,
        declineReason: state === 'declined' ? 'no_capacity' : null,
        createdByUserId: sender.id,
      })
      .returning({ id: referrals.id });
    return { id: r!.id, participantId };
  };

  const work = { on: '2025-06-30', reason: 'work', occupation: 'work_unsubsidised' };
  for (const [n, state] of (['ended', 'ended', 'ended', 'started', 'started'] as const).entries()) {
    await take('A', {
      referral: await referral(state, '2025-01-10'),
      start: addDays('2025-01-10', 10 * (n + 1)),
      ...(state === 'ended' ? { end: work, f90: 'wos' as const, f180: 'wos' as const } : {}),
    });
  }
  for (let i = 0; i < 2; i++) await take('A', { end: work, f90: 'wos', f180: 'wos' });
  for (let i = 0; i < 5; i++)
    await take('A', { end: { on: '2025-06-30', reason: 'studies', occupation: 'studies' }, f90: 'other', f180: 'nr' });
  for (let i = 0; i < 5; i++)
    await take('A', { end: { on: '2025-05-31', reason: 'own_choice', occupation: 'job_seeking' }, f90: 'missing', f180: 'missing' });
  for (let i = 0; i < 3; i++) await take('A');
  await take('A', { end: { on: '2025-03-01', reason: 'wrong_registration', occupation: 'job_seeking' } });
  await take('A', { start: '2024-12-15', end: work });
  for (let i = 0; i < 6; i++) await referral('declined', '2025-03-03');
  for (let i = 0; i < 2; i++) await referral('withdrawn', '2025-03-03');
  await referral('declined', '2024-12-30');
  for (let i = 0; i < 3; i++) await take('B', { end: work, f90: 'wos', f180: 'missing' });
  for (let i = 0; i < 5; i++) await take('B');
  for (let i = 0; i < 6; i++) await take('C', { end: work, f90: 'wos', f180: 'missing' });
  for (let i = 0; i < 6; i++) await take('C');
  return { tenantId, ids, people, organisations: { amf, ase } };
}

export const PERIOD_2025 = 'from=2025-01-01&to=2025-12-31';
export const value = (n: number) => ({ kind: 'value', value: n });
export const SMALL = { kind: 'small' };
export const HIDDEN = { kind: 'hidden' };
