import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { finsamCodes } from '../../common/offer.ts';
import type { Actor } from '../lib/actor.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { endParticipation, startParticipation, type Situation } from '../modules/participations/lifecycle.ts';
import { hasExtent } from '../modules/participations/rules.ts';
import { followUps, participations } from '../modules/participations/tables.ts';
import { addDays, type DemoContext } from './context.ts';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './data.ts';

/** Kitt itself, for organisations without a demo login: the participation is recorded without a user. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/**
 * Fixed participations in the social enterprise's interventions, so that its supervisor (handledare@) has follow-ups
 * due now, a recorded one and a missed one, for people whose identity it may see (consent and engagement: i % 4 = 1).
 */
type Outcome = 'work' | 'studies' | 'other';
interface Ended {
  id: string;
  outcome: Outcome;
  fixed: boolean;
  missFirst: boolean;
}
/** The default follow-up points, which the demo area keeps. */
const FOLLOW_UP_POINTS = [90, 180];

const FIXED: { person: number; intervention: string; endedDaysAgo: number; outcome: Outcome; missFirst?: boolean }[] = [
  { person: 1, intervention: 'Träningsplats i Kvarnens café och bageri', endedDaysAgo: 88, outcome: 'work' },
  { person: 5, intervention: 'Kvarnens lokalvård', endedDaysAgo: 95, outcome: 'other' },
  { person: 9, intervention: 'Träningsplats i Kvarnens café och bageri', endedDaysAgo: 200, outcome: 'studies' },
  { person: 13, intervention: 'Träningsplats i Kvarnens cykelverkstad', endedDaysAgo: 250, outcome: 'work', missFirst: true },
  { person: 17, intervention: 'Träningsplats i Kvarnens cykelverkstad', endedDaysAgo: 60, outcome: 'work' },
];

/** Roughly how many participations the random history adds, over the last two years. */
const RANDOM_PARTICIPATIONS = 145;

/**
 * A history of participations over the last two years across the demo interventions, with the situation at start
 * and end drawn so that outcomes differ by intervention (a few large ones with many in work or studies, small ones
 * with fewer than five, so reports show "< 5"), and follow-ups recorded at 90 and 180 days for most, some missed,
 * some due now and some upcoming. Started and ended through the lifecycle, as the provider's staff would.
 */
export async function seedParticipations(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, today, participants, random } = ctx;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const all = await tx
    .select({ id: interventions.id, name: interventions.name, organisationId: interventions.organisationId })
    .from(interventions)
    .where(eq(interventions.tenantId, tenantId))
    .orderBy(interventions.name);
  if (all.length === 0 || participants.length === 0) return;

  const keyOf = new Map(DEMO_ORGANISATIONS.map((o) => [ctx.org(o.key), o.key]));
  const actors = new Map<string, Actor>();
  const actorFor = (organisationId: string): Actor => {
    const key = keyOf.get(organisationId);
    const login = DEMO_USERS.find((u) => u.org === key && (u.roles.includes('provider') || u.roles.includes('caseworker')));
    if (!actors.has(organisationId))
      actors.set(organisationId, {
        tenantId,
        userId: login ? ctx.user(login.email) : NOBODY,
        organisationId,
        roles: ['provider'],
        participantId: null,
        requestId: randomUUID(),
        sessionId: randomUUID(),
      });
    return actors.get(organisationId)!;
  };

  // What already runs (e.g. started from a referral by an earlier seeder), so that no start collides with it.
  const taken = new Map<string, { from: string; to: string | null }[]>();
  const existing = await tx
    .select({
      p: participations.participantId,
      i: participations.interventionId,
      from: participations.startDate,
      to: participations.endDate,
    })
    .from(participations)
    .where(eq(participations.tenantId, tenantId));
  for (const e of existing) taken.set(`${e.p}:${e.i}`, [...(taken.get(`${e.p}:${e.i}`) ?? []), { from: e.from, to: e.to }]);
  // The lifecycle's own rule: a start must come after every earlier participation in the intervention has ended.
  const free = (personId: string, interventionId: string, from: string) =>
    (taken.get(`${personId}:${interventionId}`) ?? []).every((t) => t.to !== null && t.to < from);

  // A few large interventions with good outcomes, the rest small and mixed: the share in work or studies at end.
  const weight = (i: number) => (i % 7 === 0 ? 6 : i % 5 === 0 ? 3 : 1);
  const workShare = (i: number) => [0.75, 0.55, 0.35, 0.2, 0.1][i % 5]!;
  const bag = all.flatMap((iv, i) => Array.from({ length: weight(i) }, () => ({ ...iv, index: i })));

  const times = finsamCodes('timeInSupport');
  const educations = finsamCodes('educationLevel');
  const startSituation = (): Situation => {
    const occupation = pick(['job_seeking', 'job_seeking', 'in_programme', 'in_programme', 'sick_leave', 'other', 'parental_leave']);
    const income =
      occupation === 'sick_leave'
        ? [pick(['sickness_benefit', 'activity_compensation'])]
        : [pick(['establishment_allowance', 'establishment_allowance', 'social_assistance', 'activity_support', 'no_public_support'])];
    if (income[0] === 'social_assistance' && random() < 0.3) income.push('activity_support');
    return { occupation, incomeSources: income, extentPercent: null };
  };
  const situationFor = (outcome: Outcome): Situation => {
    if (outcome === 'work') {
      const subsidised = random() < 0.5;
      const income = random() < 0.2 ? ['salary', 'social_assistance'] : ['salary'];
      return {
        occupation: subsidised ? 'work_subsidised' : 'work_unsubsidised',
        incomeSources: income,
        extentPercent: pick([50, 75, 100, 100]),
      };
    }
    if (outcome === 'studies') return { occupation: 'studies', incomeSources: ['student_aid'], extentPercent: pick([50, 100]) };
    const occupation = pick(['job_seeking', 'in_programme', 'sick_leave', 'other']);
    return {
      occupation,
      incomeSources: [
        occupation === 'sick_leave' ? 'sickness_benefit' : pick(['social_assistance', 'activity_support', 'unemployment_insurance']),
      ],
      extentPercent: hasExtent(occupation) ? 100 : null,
    };
  };
  const outcomeOf = (index: number): Outcome => {
    const r = random();
    const work = workShare(index);
    return r < work ? 'work' : r < work + 0.15 ? 'studies' : 'other';
  };
  const reasonFor = (outcome: Outcome) =>
    outcome !== 'other'
      ? outcome
      : random() < 0.03
        ? 'wrong_registration'
        : pick(['job_seeking', 'other_intervention', 'moved', 'illness', 'own_choice', 'completed_no_change', 'parental_leave']);

  const ended: Ended[] = [];
  const run = async (
    personIndex: number,
    intervention: { id: string; organisationId: string },
    startDate: string,
    endDate: string | null,
    outcome: Outcome,
    fixed: { missFirst: boolean } | null = null,
  ) => {
    const person = participants[personIndex];
    if (!person || !free(person.id, intervention.id, startDate)) return;
    taken.set(`${person.id}:${intervention.id}`, [
      ...(taken.get(`${person.id}:${intervention.id}`) ?? []),
      { from: startDate, to: endDate },
    ]);
    const actor = actorFor(intervention.organisationId);
    const started = await startParticipation(tx, actor, {
      participantId: person.id,
      interventionId: intervention.id,
      startDate,
      timeInSupport: pick(times),
      // A person's education stays the same from one participation to the next.
      educationLevel: educations[(personIndex * 5) % educations.length]!,
      situation: startSituation(),
    });
    if (endDate === null) return;
    const endReason = fixed ? (outcome === 'other' ? 'completed_no_change' : outcome) : reasonFor(outcome);
    await endParticipation(tx, actor, started.id, { endDate, endReason, situation: situationFor(outcome) });
    ended.push({ id: started.id, outcome, fixed: fixed !== null, missFirst: fixed?.missFirst ?? false });
  };

  type Spec = Parameters<typeof run>;
  const specs: Spec[] = [];
  for (const f of FIXED) {
    const intervention = all.find((i) => i.name === f.intervention);
    const start = addDays(today, -f.endedDaysAgo - 70);
    if (intervention)
      specs.push([f.person, intervention, start, addDays(today, -f.endedDaysAgo), f.outcome, { missFirst: f.missFirst ?? false }]);
  }
  for (let n = 0; n < RANDOM_PARTICIPATIONS; n++) {
    const intervention = pick(bag);
    // The demo participant (Hamid) takes part only in what ended long ago, so the browser journeys can start his.
    const personIndex = 1 + Math.floor(random() * (participants.length - 1));
    const running = random() < 0.14;
    const length = 30 + Math.floor(random() * 150);
    const startDate = running
      ? addDays(today, -Math.floor(random() * 150))
      : addDays(today, -20 - length - Math.floor(random() * (710 - length)));
    specs.push([personIndex, intervention, startDate, running ? null : addDays(startDate, length), outcomeOf(intervention.index)]);
  }
  const old = all.find((i) => i.name === 'Arbetsträning på återbruket') ?? all[0]!;
  specs.push([0, old, addDays(today, -600), addDays(today, -420), 'other']);
  // In the order they started, as they would have been recorded.
  specs.sort((a, b) => (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0));
  for (const spec of specs) await run(...spec);

  await recordFollowUps(ctx, ended, situationFor);
}

/**
 * Records most follow-ups whose date has passed (one in eight left missed, one in ten "not reached"); those due now
 * and upcoming stay open. The fixed history keeps its due ones open, and the bicycle workshop's first one missed.
 */
async function recordFollowUps(ctx: DemoContext, ended: Ended[], situationFor: (o: Outcome) => Situation) {
  const { tx, tenantId, today, random } = ctx;
  const byId = new Map(ended.map((e) => [e.id, e]));
  const passed = await tx
    .select({ id: followUps.id, participationId: followUps.participationId, dueDate: followUps.dueDate, days: followUps.daysAfterEnd })
    .from(followUps)
    .where(and(eq(followUps.tenantId, tenantId), sql`${followUps.recordedAt} is null`, sql`${followUps.dueDate} < ${addDays(today, -2)}`));
  for (const f of passed) {
    const e = byId.get(f.participationId);
    if (!e) continue;
    const r = random();
    const leaveOpen = e.fixed ? f.dueDate > addDays(today, -30) || (e.missFirst && f.days === Math.min(...FOLLOW_UP_POINTS)) : r < 0.12;
    if (leaveOpen) continue;
    const notReachable = !e.fixed && r < 0.22;
    // Most keep their situation at end; some move on to work, some lose it.
    const drift = random();
    const s = notReachable ? null : situationFor(drift < 0.15 ? 'work' : drift < 0.25 ? 'other' : e.outcome);
    const recordedOn = addDays(f.dueDate, Math.floor(random() * 14));
    await tx
      .update(followUps)
      .set({
        recordedAt: `${recordedOn < today ? recordedOn : today}T10:00:00Z`,
        notReachable,
        occupation: s?.occupation ?? null,
        incomeSources: s?.incomeSources ?? null,
        extentPercent: s?.extentPercent ?? null,
        version: 2,
      })
      .where(and(eq(followUps.tenantId, tenantId), eq(followUps.id, f.id)));
  }
}
