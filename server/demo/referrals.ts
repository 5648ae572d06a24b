import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { DeclineReason, ReferralState } from '../../common/offer.ts';
import type { DataCategory } from '../../common/roles.ts';
import { interventions } from '../modules/catalogue/tables.ts';
import { endParticipationWithOutcome, startReferralParticipation } from '../modules/referrals/participation.ts';
import { referralEvents, referrals } from '../modules/referrals/tables.ts';
import { answerBy, ANSWER_WORKING_DAYS_DEFAULT } from '../modules/referrals/transitions.ts';
import { addDays, type DemoContext } from './context.ts';

interface DemoReferral {
  person: number;
  to: string;
  intervention: string;
  state: ReferralState;
  shared: DataCategory[];
  sentDaysAgo: number;
  note: string;
  declineReason?: DeclineReason;
  reason?: string;
  /** An accepted referral the provider went on to start (and end): days after sending, and the end's days ago. */
  then?: { startAfter: number; endDaysAgo?: number };
}

/** The path each state took from draft, so that its events tell the story. */
const PATHS: Record<string, ReferralState[]> = {
  draft: ['draft'],
  sent: ['draft', 'sent'],
  waitlisted: ['draft', 'sent', 'waitlisted'],
  accepted: ['draft', 'sent', 'accepted'],
  declined: ['draft', 'sent', 'declined'],
  withdrawn: ['draft', 'sent', 'withdrawn'],
  expired: ['draft', 'sent', 'expired'],
};

/**
 * Referrals from the labour-market unit, in every state a referral reaches (one started and running, one ended with work), to the
 * social enterprise (people who consented to share their identity with it) and to Arbetsförmedlingen. Hamid (index
 * 0) has none to the social enterprise's café: the browser journey makes that one.
 */
const DEMO_REFERRALS: DemoReferral[] = [
  {
    person: 25,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens cykelverkstad',
    state: 'accepted',
    shared: ['identity'],
    sentDaysAgo: 40,
    note: 'Tycker om att skruva och laga.',
    then: { startAfter: 10 },
  },
  {
    person: 29,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens café och bageri',
    state: 'accepted',
    shared: ['identity'],
    sentDaysAgo: 260,
    note: 'Har arbetat i restaurang i hemlandet.',
    then: { startAfter: 12, endDaysAgo: 95 },
  },
  {
    person: 0,
    to: 'af',
    intervention: 'Förberedande insats: jobbsökarstöd på flera språk',
    state: 'accepted',
    shared: ['identity', 'plan'],
    sentDaysAgo: 6,
    note: 'Hamid vill ha stöd med cv på persiska.',
  },
  {
    person: 1,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens café och bageri',
    state: 'sent',
    shared: ['identity'],
    sentDaysAgo: 2,
    note: 'Vill arbeta i kök.',
  },
  {
    person: 5,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens cykelverkstad',
    state: 'waitlisted',
    shared: ['identity'],
    sentDaysAgo: 9,
    note: 'Har reparerat cyklar förut.',
  },
  {
    person: 9,
    to: 'asf',
    intervention: 'Kvarnens lokalvård',
    state: 'accepted',
    shared: ['identity'],
    sentDaysAgo: 12,
    note: 'Söker arbete med kort startsträcka.',
  },
  {
    person: 13,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens café och bageri',
    state: 'declined',
    shared: ['identity'],
    sentDaysAgo: 20,
    note: 'Intresserad av service.',
    declineReason: 'no_capacity',
  },
  {
    person: 17,
    to: 'asf',
    intervention: 'Träningsplats i Kvarnens cykelverkstad',
    state: 'draft',
    shared: ['identity'],
    sentDaysAgo: 0,
    note: 'Utkast: stämmer av med personen först.',
  },
  {
    person: 21,
    to: 'asf',
    intervention: 'Kvarnens lokalvård',
    state: 'expired',
    shared: ['identity'],
    sentDaysAgo: 30,
    note: 'Vill börja snart.',
  },
  {
    person: 2,
    to: 'af',
    intervention: 'Arbetsmarknadsutbildning lager och logistik',
    state: 'withdrawn',
    shared: ['identity', 'plan'],
    sentDaysAgo: 15,
    note: 'Passar planen.',
    reason: 'Personen fick ett jobb.',
  },
  {
    person: 4,
    to: 'af',
    intervention: 'Introduktionsjobb med lönestöd',
    state: 'sent',
    shared: ['identity', 'plan', 'progression'],
    sentDaysAgo: 1,
    note: 'Klar med SFI C.',
  },
];

export async function seedReferrals(ctx: DemoContext): Promise<void> {
  const { tx, tenantId, org, user, today, participants } = ctx;
  const sender = user('amf.handlaggare@sjostad.example');
  for (const d of DEMO_REFERRALS) {
    const [intervention] = await tx
      .select({ id: interventions.id })
      .from(interventions)
      .where(and(eq(interventions.tenantId, tenantId), eq(interventions.name, d.intervention)));
    const sentOn = addDays(today, -d.sentDaysAgo);
    const sent = d.state !== 'draft';
    const [row] = await tx
      .insert(referrals)
      .values({
        tenantId,
        participantId: participants[d.person]!.id,
        interventionId: intervention!.id,
        fromOrganisationId: org('amf'),
        toOrganisationId: org(d.to),
        state: d.state,
        sharedCategories: d.shared,
        note: d.note,
        declineReason: d.declineReason ?? null,
        sentAt: sent ? `${sentOn}T09:00:00Z` : null,
        answerBy: sent ? answerBy(sentOn, ANSWER_WORKING_DAYS_DEFAULT) : null,
        answeredAt: ['accepted', 'declined', 'waitlisted'].includes(d.state) ? `${addDays(sentOn, 2)}T10:00:00Z` : null,
        createdByUserId: sender,
        version: PATHS[d.state]!.length - 1,
      })
      .returning();
    const path = PATHS[d.state]!;
    for (let i = 0; i < path.length; i++) {
      const providerStep = ['accepted', 'declined', 'waitlisted'].includes(path[i]!);
      const kittStep = path[i] === 'expired';
      await tx.insert(referralEvents).values({
        tenantId,
        referralId: row!.id,
        participantId: row!.participantId,
        fromState: i === 0 ? null : path[i - 1]!,
        toState: path[i]!,
        byUserId: kittStep
          ? null
          : providerStep
            ? d.to === 'asf'
              ? user('handledare@sjostad.example')
              : user('af.handlaggare@sjostad.example')
            : sender,
        byOrganisationId: kittStep ? null : providerStep ? org(d.to) : org('amf'),
        reason: d.reason ?? d.declineReason ?? null,
        at: `${i < 2 ? sentOn : addDays(sentOn, 2)}T0${9 + i}:00:00Z`,
      });
    }
    if (d.then) await startAndEnd(ctx, row!, sentOn, d.then);
  }
}

/** The provider starts (and ends) the referral's participation through the same functions as its staff do. */
async function startAndEnd(
  ctx: DemoContext,
  referral: { id: string; version: number },
  sentOn: string,
  then: NonNullable<DemoReferral['then']>,
) {
  const actor = {
    tenantId: ctx.tenantId,
    userId: ctx.user('handledare@sjostad.example'),
    organisationId: ctx.org('asf'),
    roles: ['provider' as const],
    participantId: null,
    requestId: randomUUID(),
    sessionId: randomUUID(),
  };
  const started = await startReferralParticipation(ctx.tx, actor, referral.id, {
    startDate: addDays(sentOn, then.startAfter),
    timeInSupport: '1_2_years',
    educationLevel: 'compulsory',
    situation: { occupation: 'job_seeking', incomeSources: ['establishment_allowance'], extentPercent: null },
    hoursPerWeek: 20,
    version: referral.version,
  });
  if (then.endDaysAgo === undefined) return;
  await endParticipationWithOutcome(ctx.tx, actor, started.id, {
    endDate: addDays(ctx.today, -then.endDaysAgo),
    endReason: 'work',
    situation: { occupation: 'work_subsidised', incomeSources: ['salary'], extentPercent: 75 },
  });
}
