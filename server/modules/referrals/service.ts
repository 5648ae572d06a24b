import { and, eq, sql } from 'drizzle-orm';
import { evaluateEligibility } from '../../../common/eligibility.ts';
import type { ReferralState } from '../../../common/offer.ts';
import type { DataCategory } from '../../../common/roles.ts';
import type { Db, Executor } from '../../db/client.ts';
import { writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { currentTime, todayInSweden } from '../../lib/dates.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { hasFreePlaces } from '../catalogue/service.ts';
import { interventions } from '../catalogue/tables.ts';
import { eligibilityFactsFor } from '../circumstances/facts.ts';
import { engagedOrganisationIds, notify } from '../notifications/notify.ts';
import { engagements } from '../participants/tables.ts';
import { consentedCategories } from './consents.ts';
import { referralEvents, referrals } from './tables.ts';
import { ANSWER_WORKING_DAYS_DEFAULT, answerBy, checkTransition, type ReferralAction, type Side } from './transitions.ts';

/** An organisation's name by id, as a column of a referral query. */
export const orgName = (column: typeof referrals.fromOrganisationId | typeof referrals.toOrganisationId) =>
  sql<string>`(select o.name from organisations o where o.tenant_id = ${referrals.tenantId} and o.id = ${column})`;

export interface Warning {
  code: 'not_eligible' | 'eligibility_unknown' | 'not_active' | 'no_places';
  detail?: string;
}

type Referral = typeof referrals.$inferSelect;

export async function interventionOf(ex: Executor, tenantId: string, id: string) {
  const [row] = await ex
    .select()
    .from(interventions)
    .where(and(eq(interventions.tenantId, tenantId), eq(interventions.id, id)));
  return row ?? null;
}

/** What the sender should know before sending: eligibility as far as they may see, and whether places exist. */
async function warningsFor(db: Db, actor: Actor, participantId: string, intervention: typeof interventions.$inferSelect) {
  const warnings: Warning[] = [];
  const result = evaluateEligibility(intervention.eligibility, await eligibilityFactsFor(db, actor, participantId));
  const facts = (r: 'not_met' | 'unknown') =>
    result.rules
      .filter((o) => o.result === r)
      .map((o) => o.fact)
      .join(', ');
  if (result.result === 'not_eligible') warnings.push({ code: 'not_eligible', detail: facts('not_met') });
  if (result.result === 'unknown') warnings.push({ code: 'eligibility_unknown', detail: facts('unknown') });
  if (intervention.status !== 'active') warnings.push({ code: 'not_active', detail: intervention.status });
  const [free] = await db
    .select({ free: hasFreePlaces })
    .from(interventions)
    .where(and(eq(interventions.tenantId, actor.tenantId), eq(interventions.id, intervention.id)));
  if (!free?.free) warnings.push({ code: 'no_places' });
  return warnings;
}

/** Refuses a send whose categories lack the person's consent for the provider, naming them. */
async function refuseUnconsented(
  tx: Executor,
  actor: Actor,
  referral: Pick<Referral, 'participantId' | 'toOrganisationId' | 'sharedCategories'>,
  today: string,
) {
  const given = await consentedCategories(
    tx,
    actor.tenantId,
    referral.participantId,
    referral.toOrganisationId,
    referral.sharedCategories,
    today,
  );
  const missing = referral.sharedCategories.filter((c) => !given.has(c));
  if (missing.length > 0)
    throw new AppError('consent_required', 'The person has not consented to share these categories with the provider.', {
      missingCategories: missing,
    });
}

export async function addEvent(
  tx: Executor,
  actor: Actor | null,
  referral: Pick<Referral, 'tenantId' | 'id' | 'participantId'>,
  from: ReferralState | null,
  to: ReferralState,
  reason: string | null,
) {
  await tx.insert(referralEvents).values({
    tenantId: referral.tenantId,
    referralId: referral.id,
    participantId: referral.participantId,
    fromState: from,
    toState: to,
    byUserId: actor?.userId ?? null,
    byOrganisationId: actor?.organisationId ?? null,
    reason,
  });
}

export interface CreateReferralInput {
  interventionId: string;
  sharedCategories: DataCategory[];
  note: string | null;
  send: boolean;
  confirmWarnings: boolean;
}

/**
 * Refers the person to another organisation's intervention, as a draft or sent at once. Sending checks that every
 * shared category has the person's consent for the provider (403 naming the missing ones) and, unless confirmed,
 * answers 409 with the warnings (eligibility, status, places) instead of sending.
 */
export async function createReferral(db: Db, actor: Actor, participantId: string, input: CreateReferralInput) {
  const intervention = await interventionOf(db, actor.tenantId, input.interventionId);
  if (!intervention) throw invalid([{ path: '/interventionId', keyword: 'unknown_intervention', message: 'unknown_intervention' }]);
  if (intervention.organisationId === actor.organisationId)
    throw invalid([{ path: '/interventionId', keyword: 'own_intervention', message: 'own_intervention' }]);
  if (!input.sharedCategories.includes('identity'))
    throw invalid([{ path: '/sharedCategories', keyword: 'identity_required', message: 'identity_required' }]);
  const warnings = input.send ? await warningsFor(db, actor, participantId, intervention) : [];
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'referral', action: 'create' },
    async ({ tx, today }) => {
      const draft = { participantId, toOrganisationId: intervention.organisationId, sharedCategories: input.sharedCategories };
      if (input.send) {
        await refuseUnconsented(tx, actor, draft, today);
        if (warnings.length > 0 && !input.confirmWarnings) throw conflict('referral_warnings', { warnings });
      }
      const [row] = await tx
        .insert(referrals)
        .values({
          tenantId: actor.tenantId,
          ...draft,
          interventionId: intervention.id,
          fromOrganisationId: actor.organisationId!,
          state: input.send ? 'sent' : 'draft',
          note: input.note?.trim() || null,
          sendWarnings: warnings,
          sentAt: input.send ? currentTime().toISOString() : null,
          answerBy: input.send ? answerBy(today, ANSWER_WORKING_DAYS_DEFAULT) : null,
          createdByUserId: actor.userId,
        })
        .returning();
      await addEvent(tx, actor, row!, null, 'draft', null);
      if (input.send) {
        await addEvent(tx, actor, row!, 'draft', 'sent', null);
        await tellOtherSide(tx, actor.tenantId, intervention.organisationId, actor.userId);
      }
      return { id: row!.id, state: row!.state, resourceId: row!.id };
    },
  );
}

/** The side the actor's organisation is on, or null when it is neither the sender nor the provider. */
export function sideOf(actor: Actor, referral: Pick<Referral, 'fromOrganisationId' | 'toOrganisationId'>): Side | null {
  if (actor.organisationId === null) return null;
  if (actor.organisationId === referral.fromOrganisationId) return 'sender';
  if (actor.organisationId === referral.toOrganisationId) return 'provider';
  return null;
}

export interface TransitionInput {
  version: number;
  reason?: string | null;
  declineReason?: Referral['declineReason'];
  confirmWarnings?: boolean;
}

/**
 * Moves a referral one step, as the sender or the provider: checks the side, the state, the reason and the version
 * (409 for each), records the event and an audit row in one transaction. Accepting starts the provider's engagement
 * with the person when none runs, so that consent-based access works from then on.
 */
export async function transitionReferral(
  db: Db,
  actor: Actor,
  id: string,
  action: Exclude<ReferralAction, 'expire'>,
  input: TransitionInput,
) {
  const [current] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.tenantId, actor.tenantId), eq(referrals.id, id)));
  const side = current ? sideOf(actor, current) : null;
  if (!current || !side) throw notFound();
  const reason = input.reason?.trim() || null;
  const refusal = checkTransition(action, current.state, side, action === 'decline' ? (input.declineReason ?? null) : reason);
  if (refusal) throw conflict(`referral_${refusal}`, { refusal, state: current.state });
  const intervention = action === 'send' ? await interventionOf(db, actor.tenantId, current.interventionId) : null;
  const warnings = intervention ? await warningsFor(db, actor, current.participantId, intervention) : [];
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    if (action === 'send') {
      await refuseUnconsented(tx, actor, current, today);
      if (warnings.length > 0 && !input.confirmWarnings) throw conflict('referral_warnings', { warnings });
    }
    const to = { send: 'sent', withdraw: 'withdrawn', accept: 'accepted', decline: 'declined', waitlist: 'waitlisted' }[
      action
    ] as ReferralState;
    const [updated] = await tx
      .update(referrals)
      .set({
        state: to,
        version: current.version + 1,
        ...(action === 'send'
          ? { sentAt: currentTime().toISOString(), answerBy: answerBy(today, ANSWER_WORKING_DAYS_DEFAULT), sendWarnings: warnings }
          : {}),
        ...(side === 'provider' && current.answeredAt === null ? { answeredAt: currentTime().toISOString() } : {}),
        ...(action === 'decline' ? { declineReason: input.declineReason ?? null } : {}),
      })
      .where(and(eq(referrals.tenantId, actor.tenantId), eq(referrals.id, id), eq(referrals.version, input.version)))
      .returning();
    if (!updated) throw conflict();
    await addEvent(tx, actor, current, current.state, to, reason ?? (action === 'decline' ? (input.declineReason ?? null) : null));
    if (action === 'accept') await startEngagement(tx, actor, current.participantId, today);
    await tellOtherSide(tx, actor.tenantId, side === 'sender' ? current.toOrganisationId : current.fromOrganisationId, actor.userId);
    await audit(tx, actor, [
      {
        participantId: current.participantId,
        category: 'plan',
        action: 'update',
        grant: 'referral',
        resourceType: 'referral',
        resourceId: id,
      },
    ]);
    return { id, state: to, version: updated.version };
  });
}

/** No user: Kitt itself caused the notice (expiry). */
const NOBODY = '00000000-0000-0000-0000-000000000000';

/** Tells the organisation on the other side that a referral moved; the notice carries only the kind and the inbox. */
export function tellOtherSide(tx: Executor, tenantId: string, organisationId: string, causedByUserId: string) {
  return notify(tx, { tenantId, kind: 'referral', organisationIds: [organisationId], link: '/referrals', causedByUserId });
}

async function startEngagement(tx: Executor, actor: Actor, participantId: string, today: string) {
  if ((await engagedOrganisationIds(tx, actor.tenantId, participantId)).includes(actor.organisationId!)) return;
  await tx.insert(engagements).values({ tenantId: actor.tenantId, participantId, organisationId: actor.organisationId!, startDate: today });
}

/** Kitt's daily step: every sent referral past its last day to answer becomes expired, with an event by nobody. */
export async function expireReferrals(db: Db, today = todayInSweden()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(referrals)
      .set({ state: 'expired', version: sql`${referrals.version} + 1` })
      .where(and(eq(referrals.state, 'sent'), sql`${referrals.answerBy} < ${today}`))
      .returning({
        tenantId: referrals.tenantId,
        id: referrals.id,
        participantId: referrals.participantId,
        fromOrganisationId: referrals.fromOrganisationId,
      });
    for (const r of expired) {
      await addEvent(tx, null, r, 'sent', 'expired', null);
      await tellOtherSide(tx, r.tenantId, r.fromOrganisationId, NOBODY);
    }
    return expired.length;
  });
}
