import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { DataCategory } from '../../../common/roles.ts';
import type { Db, Executor } from '../../db/client.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { readableParticipantsSql } from '../../lib/access/filters.ts';
import { decideRead, seesProtectedIdentity, type Grant } from '../../lib/access/grants.ts';
import { auditListRead } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { interventions } from '../catalogue/tables.ts';
import { circumstances } from '../circumstances/tables.ts';
import { participants } from '../participants/tables.ts';
import { participations } from '../participations/tables.ts';
import { currentSfiLevel } from '../progression/facts.ts';
import { progressionEntries } from '../progression/tables.ts';
import { referrals } from '../referrals/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { isUtbildningspliktEducation } from './policy.ts';
import type { CoveredPerson, CoveredQuery } from './schema.ts';

/** At most this many people are listed; a municipality's covered people are far fewer. */
const LIST_LIMIT = 1000;
/** Referral states in which the education is offered to the person and not yet refused, ended or withdrawn. */
const OFFERED_STATES = ['sent', 'accepted', 'waitlisted'] as const;

const activeOn = (today: string) =>
  and(lte(circumstances.fromDate, today), or(isNull(circumstances.toDate), gte(circumstances.toDate, today)));

/** The municipality's education for utbildningsplikt: active interventions of its own organisations. */
export async function utbildningspliktEducation(ex: Executor, tenantId: string) {
  const rows = await ex
    .select({
      id: interventions.id,
      name: interventions.name,
      kind: interventions.kind,
      targetGroups: interventions.targetGroups,
      organisationId: interventions.organisationId,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      places: interventions.places,
      languages: interventions.languages,
      endDate: interventions.endDate,
      status: interventions.status,
    })
    .from(interventions)
    .innerJoin(organisations, and(eq(organisations.tenantId, interventions.tenantId), eq(organisations.id, interventions.organisationId)))
    .where(eq(interventions.tenantId, tenantId))
    .orderBy(asc(organisations.name), asc(interventions.name));
  return rows.filter((r) => isUtbildningspliktEducation(r, r.organisationKind));
}

/**
 * The people covered by utbildningsplikt today whom the actor may see (consent for intake, where circumstances
 * are): since when, their SFI level and the education they take part in (with consent for progression), the
 * education offered to them by referral (with consent for the plan), and whether they are covered but not
 * enrolled. Every person shown is audited per category shown.
 */
export async function listCovered(db: Db, actor: Actor, query: Static<typeof CoveredQuery>) {
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    const allEducation = await utbildningspliktEducation(tx, actor.tenantId);
    const education = allEducation.filter((e) => e.status === 'active' && (e.endDate === null || e.endDate >= today));
    const educationIds = allEducation.map((e) => e.id);
    const nameOfEducation = new Map(allEducation.map((e) => [e.id, e.name]));
    const covered = await tx
      .select({
        participantId: circumstances.participantId,
        since: circumstances.fromDate,
        givenName: participants.givenName,
        familyName: participants.familyName,
        protectedIdentity: participants.protectedIdentity,
      })
      .from(circumstances)
      .innerJoin(participants, and(eq(participants.tenantId, circumstances.tenantId), eq(participants.id, circumstances.participantId)))
      .where(
        and(
          eq(circumstances.tenantId, actor.tenantId),
          eq(circumstances.kind, 'utbildningsplikt'),
          activeOn(today),
          readableParticipantsSql(actor, 'intake', today),
        ),
      )
      .orderBy(asc(circumstances.fromDate), asc(circumstances.participantId))
      .limit(LIST_LIMIT);
    const facts = await loadParticipantFactsMany(
      tx,
      actor,
      covered.map((c) => c.participantId),
    );
    const grants = (category: DataCategory) => {
      const granted = new Map<string, Grant>();
      for (const c of covered) {
        const decision = decideRead(actor, facts.get(c.participantId)!, category, today);
        if (decision.allowed) granted.set(c.participantId, decision.grant);
      }
      return granted;
    };
    // The filter and the rule agree (a test keeps them so); the rule has the last word.
    const intake = grants('intake');
    const identity = grants('identity');
    const progression = grants('progression');
    const plan = grants('plan');
    const ids = covered.map((c) => c.participantId).filter((id) => intake.has(id));
    const progressionIds = ids.filter((id) => progression.has(id));
    const planIds = ids.filter((id) => plan.has(id));

    const shortEducation = new Set(
      ids.length === 0
        ? []
        : (
            await tx
              .select({ participantId: circumstances.participantId })
              .from(circumstances)
              .where(
                and(
                  eq(circumstances.tenantId, actor.tenantId),
                  inArray(circumstances.participantId, ids),
                  eq(circumstances.kind, 'short_education'),
                  activeOn(today),
                ),
              )
          ).map((r) => r.participantId),
    );
    const entries =
      progressionIds.length === 0
        ? []
        : await tx
            .select({
              participantId: progressionEntries.participantId,
              kind: progressionEntries.kind,
              sfiLevel: progressionEntries.sfiLevel,
              result: progressionEntries.result,
              startDate: progressionEntries.startDate,
            })
            .from(progressionEntries)
            .where(and(eq(progressionEntries.tenantId, actor.tenantId), inArray(progressionEntries.participantId, progressionIds)));
    const running =
      progressionIds.length === 0 || educationIds.length === 0
        ? []
        : await tx
            .select({ participantId: participations.participantId, interventionId: participations.interventionId })
            .from(participations)
            .where(
              and(
                eq(participations.tenantId, actor.tenantId),
                inArray(participations.participantId, progressionIds),
                inArray(participations.interventionId, educationIds),
                lte(participations.startDate, today),
                or(isNull(participations.endDate), gte(participations.endDate, today)),
              ),
            );
    const open =
      planIds.length === 0 || educationIds.length === 0
        ? []
        : await tx
            .select({ participantId: referrals.participantId, interventionId: referrals.interventionId, state: referrals.state })
            .from(referrals)
            .where(
              and(
                eq(referrals.tenantId, actor.tenantId),
                inArray(referrals.participantId, planIds),
                inArray(referrals.interventionId, educationIds),
                inArray(referrals.state, [...OFFERED_STATES]),
              ),
            )
            .orderBy(asc(referrals.createdAt));

    const people: Static<typeof CoveredPerson>[] = [];
    for (const c of covered) {
      if (!intake.has(c.participantId)) continue;
      const f = facts.get(c.participantId)!;
      const named = identity.has(c.participantId) && (!c.protectedIdentity || seesProtectedIdentity(actor, f, today));
      const readsProgression = progression.has(c.participantId);
      const enrolledIn = readsProgression
        ? running
            .filter((r) => r.participantId === c.participantId)
            .map((r) => ({ interventionId: r.interventionId, name: nameOfEducation.get(r.interventionId)! }))
        : null;
      const person: Static<typeof CoveredPerson> = {
        participantId: c.participantId,
        name: named ? `${c.givenName} ${c.familyName}` : null,
        since: c.since,
        shortEducation: shortEducation.has(c.participantId),
        sfi: readsProgression ? { level: currentSfiLevel(entries.filter((e) => e.participantId === c.participantId)) } : null,
        enrolledIn,
        offered: plan.has(c.participantId)
          ? open
              .filter((r) => r.participantId === c.participantId)
              .map((r) => ({ interventionId: r.interventionId, name: nameOfEducation.get(r.interventionId)!, state: r.state }))
          : null,
        notEnrolled: enrolledIn === null ? null : enrolledIn.length === 0,
      };
      if (query.notEnrolled && person.notEnrolled !== true) continue;
      people.push(person);
    }
    const shown = (granted: Map<string, Grant>, only: (p: Static<typeof CoveredPerson>) => boolean) =>
      people
        .filter((p) => granted.has(p.participantId) && only(p))
        .map((p) => ({ id: p.participantId, grant: granted.get(p.participantId)! }));
    await auditListRead(
      tx,
      actor,
      'intake',
      shown(intake, () => true),
    );
    await auditListRead(
      tx,
      actor,
      'identity',
      shown(identity, (p) => p.name !== null),
    );
    await auditListRead(
      tx,
      actor,
      'progression',
      shown(progression, (p) => p.sfi !== null),
    );
    await auditListRead(
      tx,
      actor,
      'plan',
      shown(plan, (p) => p.offered !== null),
    );
    return {
      people,
      education: education.map(({ id, name, kind, organisationName, places, languages }) => ({
        id,
        name,
        kind,
        organisationName,
        places,
        languages,
      })),
    };
  });
}
