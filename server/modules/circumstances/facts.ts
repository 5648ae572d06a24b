import { and, eq } from 'drizzle-orm';
import type { EligibilityFacts } from '../../../common/eligibility.ts';
import { ageOn } from '../../../common/offer.ts';
import type { DataCategory } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { readParticipantData, type Access } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { withinPeriod } from '../../lib/dates.ts';
import { AppError } from '../../lib/errors.ts';
import { engagements, participants } from '../participants/tables.ts';
import { personFacts } from '../progression/facts.ts';
import { progressionEntries } from '../progression/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { circumstances } from './tables.ts';

/** Reads one category for eligibility; a category the actor lacks consent for gives no facts instead of failing. */
async function factsOf(
  db: Db,
  actor: Actor,
  participantId: string,
  category: DataCategory,
  read: (access: Access) => Promise<EligibilityFacts>,
): Promise<EligibilityFacts> {
  try {
    return await readParticipantData(db, actor, { participantId, category, resourceType: 'eligibility' }, read);
  } catch (error) {
    if (error instanceof AppError && error.code === 'consent_required') return {};
    throw error;
  }
}

/**
 * What Kitt knows about a person for eligibility, as far as the actor may read it: age (identity), SFI level and
 * civic orientation (progression), and the recorded circumstances (intake). Each category read is audited; one the
 * actor lacks consent for leaves its facts unknown. 404 when the actor may not know the person exists.
 */
export async function eligibilityFactsFor(db: Db, actor: Actor, participantId: string): Promise<EligibilityFacts> {
  const tenantId = actor.tenantId;
  const identity = await factsOf(db, actor, participantId, 'identity', async ({ tx, today }) => {
    const [row] = await tx
      .select({ birthDate: participants.birthDate })
      .from(participants)
      .where(and(eq(participants.tenantId, tenantId), eq(participants.id, participantId)));
    return row?.birthDate ? { age: ageOn(row.birthDate, today) } : {};
  });
  const progression = await factsOf(db, actor, participantId, 'progression', async ({ tx, today }) => {
    const entries = await tx
      .select({
        kind: progressionEntries.kind,
        sfiLevel: progressionEntries.sfiLevel,
        result: progressionEntries.result,
        startDate: progressionEntries.startDate,
      })
      .from(progressionEntries)
      .where(and(eq(progressionEntries.tenantId, tenantId), eq(progressionEntries.participantId, participantId)));
    const facts = personFacts(entries, today);
    return { sfi_level: facts.sfiLevel, civic_orientation_done: facts.civicOrientationDone };
  });
  const intake = await factsOf(db, actor, participantId, 'intake', async ({ tx, today }) => {
    const rows = await tx
      .select({ kind: circumstances.kind, fromDate: circumstances.fromDate, toDate: circumstances.toDate })
      .from(circumstances)
      .where(and(eq(circumstances.tenantId, tenantId), eq(circumstances.participantId, participantId)));
    const active = (kind: string) => rows.some((r) => r.kind === kind && withinPeriod(today, r.fromDate, r.toDate));
    // Arbetsförmedlingen works with a person exactly while they are registered there, so its active engagement is
    // the registration even when nobody recorded the circumstance. Read inside the intake read: only those who may
    // read the circumstances learn it, and it says nothing beyond what the circumstance would.
    const afEngagements = await tx
      .select({ startDate: engagements.startDate, endDate: engagements.endDate })
      .from(engagements)
      .innerJoin(organisations, and(eq(organisations.tenantId, engagements.tenantId), eq(organisations.id, engagements.organisationId)))
      .where(
        and(eq(engagements.tenantId, tenantId), eq(engagements.participantId, participantId), eq(organisations.kind, 'arbetsformedlingen')),
      );
    const afEngaged = afEngagements.some((e) => withinPeriod(today, e.startDate, e.endDate));
    return {
      registered_at_af: active('registered_at_af') || afEngaged,
      establishment_programme: active('establishment_programme'),
      social_assistance: active('social_assistance'),
      utbildningsplikt: active('utbildningsplikt'),
      short_education: active('short_education'),
    };
  });
  return { ...identity, ...progression, ...intake };
}
