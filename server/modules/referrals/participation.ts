import { and, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, notFound } from '../../lib/errors.ts';
import { endParticipation, startParticipation } from '../participations/lifecycle.ts';
import { addParticipationActivity, closeParticipationActivity } from '../participations/plan-activity.ts';
import { isExcludedEndReason } from '../participations/rules.ts';
import type { EndParticipationBody, StartFromReferralBody } from '../participations/schema.ts';
import { participations } from '../participations/tables.ts';
import { addEvent, interventionOf, sideOf, tellOtherSide } from './service.ts';
import { referrals } from './tables.ts';

/**
 * The provider starts the person in the intervention of an accepted referral: a participation with the situation at
 * start, an activity in the person's one plan, and the referral moved to `started` — one transaction, 409 on a
 * referral that changed meanwhile or is not accepted. The sender is told.
 */
export const startFromReferral = (db: Db, actor: Actor, id: string, body: Static<typeof StartFromReferralBody>) =>
  db.transaction((tx) => startReferralParticipation(tx, actor, id, body));

/** startFromReferral in the caller's transaction (the demo seeds through it too). */
export async function startReferralParticipation(tx: Executor, actor: Actor, id: string, body: Static<typeof StartFromReferralBody>) {
  const [referral] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.tenantId, actor.tenantId), eq(referrals.id, id)))
    .for('update');
  if (!referral || sideOf(actor, referral) !== 'provider') throw notFound();
  if (referral.version !== body.version) throw conflict();
  if (referral.state !== 'accepted') throw conflict('referral_wrong_state', { refusal: 'wrong_state', state: referral.state });
  const intervention = (await interventionOf(tx, actor.tenantId, referral.interventionId))!;
  const { version: _v, hoursPerWeek, ...start } = body;
  const activityId = await addParticipationActivity(tx, actor, {
    participantId: referral.participantId,
    kind: intervention.kind,
    title: intervention.name,
    startDate: body.startDate,
    hoursPerWeek,
    place: intervention.locationName,
  });
  const participation = await startParticipation(tx, actor, {
    ...start,
    participantId: referral.participantId,
    interventionId: referral.interventionId,
    referralId: referral.id,
  });
  await tx
    .update(participations)
    .set({ activityId })
    .where(and(eq(participations.tenantId, actor.tenantId), eq(participations.id, participation.id)));
  const [moved] = await tx
    .update(referrals)
    .set({ state: 'started', version: referral.version + 1 })
    .where(and(eq(referrals.tenantId, actor.tenantId), eq(referrals.id, id), eq(referrals.version, referral.version)))
    .returning({ version: referrals.version });
  await addEvent(tx, actor, referral, 'accepted', 'started', null);
  await tellOtherSide(tx, actor.tenantId, referral.fromOrganisationId, actor.userId);
  return {
    id: participation.id,
    version: participation.version,
    activityId,
    referral: { id, state: 'started' as const, version: moved!.version },
  };
}

/**
 * The provider ends a running participation with the end reason and the situation at end: follow-ups are created at
 * the area's points, the plan's activity is marked done (cancelled for a wrong registration), and a referral it
 * started from moves to `ended` with that outcome, the sender told — one transaction.
 */
export const endWithOutcome = (db: Db, actor: Actor, participationId: string, body: Static<typeof EndParticipationBody>) =>
  db.transaction((tx) => endParticipationWithOutcome(tx, actor, participationId, body));

/** endWithOutcome in the caller's transaction. */
export async function endParticipationWithOutcome(
  tx: Executor,
  actor: Actor,
  participationId: string,
  body: Static<typeof EndParticipationBody>,
) {
  const ended = await endParticipation(tx, actor, participationId, body);
  const [row] = await tx
    .select({ referralId: participations.referralId, activityId: participations.activityId })
    .from(participations)
    .where(and(eq(participations.tenantId, actor.tenantId), eq(participations.id, participationId)));
  if (!row) throw notFound();
  if (row.activityId)
    await closeParticipationActivity(tx, actor, row.activityId, {
      endDate: body.endDate,
      wrongRegistration: isExcludedEndReason(body.endReason),
    });
  if (row.referralId) {
    // The outcome is the participation's end reason; the referral only closes its loop.
    const [referral] = await tx
      .update(referrals)
      .set({ state: 'ended', version: sql`${referrals.version} + 1` })
      .where(and(eq(referrals.tenantId, actor.tenantId), eq(referrals.id, row.referralId), eq(referrals.state, 'started')))
      .returning();
    if (referral) {
      await addEvent(tx, actor, referral, 'started', 'ended', body.endReason);
      await tellOtherSide(tx, actor.tenantId, referral.fromOrganisationId, actor.userId);
    }
  }
  return ended;
}
