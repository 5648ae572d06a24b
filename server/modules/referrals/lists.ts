import { and, asc, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { DATA_CATEGORIES, type DataCategory } from '../../../common/roles.ts';
import { mayAttempt } from '../../../common/verbs.ts';
import type { Db } from '../../db/client.ts';
import { auditListRead, readParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { consents, participants } from '../participants/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { consentedCategories, consentInForce } from './consents.ts';
import { interventionOf, orgName, sideOf } from './service.ts';
import { referrals } from './tables.ts';
import { actionsFor, type Side } from './transitions.ts';

/** The participation a referral started, and its end reason: the outcome that closes the loop. */
const participationOf = {
  participationId: sql<
    string | null
  >`(select p.id from participations p where p.tenant_id = ${referrals.tenantId} and p.referral_id = ${referrals.id} order by p.start_date desc limit 1)`,
  outcome: sql<
    string | null
  >`(select p.end_reason from participations p where p.tenant_id = ${referrals.tenantId} and p.referral_id = ${referrals.id} order by p.start_date desc limit 1)`,
};

/** The provider's staff who may record participations start and end the referral's participation. */
const mayRecord = (actor: Actor, side: Side | null) => side === 'provider' && mayAttempt('participation.write', actor.roles);

/**
 * The person's name on each listed referral, where the organisation may see it: the person consented to identity
 * for it today, and — for the provider — the referral shares identity; never for a protected identity. Audited.
 */
async function namesShown(
  db: Db,
  actor: Actor,
  rows: { id: string; participantId: string; sharedCategories: DataCategory[] }[],
  box: 'incoming' | 'outgoing',
) {
  const names = new Map<string, string>();
  const ids = [...new Set(rows.map((r) => r.participantId))];
  if (ids.length === 0) return names;
  const today = todayInSweden();
  await db.transaction(async (tx) => {
    const people = await tx
      .select({
        id: participants.id,
        givenName: participants.givenName,
        familyName: participants.familyName,
        protectedIdentity: participants.protectedIdentity,
      })
      .from(participants)
      .innerJoin(consents, and(eq(consents.tenantId, participants.tenantId), eq(consents.participantId, participants.id)))
      .where(
        and(
          eq(participants.tenantId, actor.tenantId),
          inArray(participants.id, ids),
          eq(consents.organisationId, actor.organisationId!),
          eq(consents.category, 'identity'),
          consentInForce(today),
          eq(participants.protectedIdentity, false),
        ),
      );
    const byId = new Map(people.map((p) => [p.id, `${p.givenName} ${p.familyName}`]));
    for (const r of rows) {
      const name = byId.get(r.participantId);
      if (name && (box === 'outgoing' || r.sharedCategories.includes('identity'))) names.set(r.id, name);
    }
    const shown = [...new Set(rows.filter((r) => names.has(r.id)).map((r) => r.participantId))];
    await auditListRead(
      tx,
      actor,
      'identity',
      shown.map((id) => ({ id, grant: 'consent' as const })),
    );
  });
  return names;
}

/** The organisation's referrals, incoming (it is the provider) or outgoing (it sent them), newest first. */
export async function referralBox(db: Db, actor: Actor, box: 'incoming' | 'outgoing') {
  if (!actor.organisationId) return { items: [] };
  const column = box === 'incoming' ? referrals.toOrganisationId : referrals.fromOrganisationId;
  const other = box === 'incoming' ? referrals.fromOrganisationId : referrals.toOrganisationId;
  const rows = await db
    .select({
      id: referrals.id,
      participantId: referrals.participantId,
      state: referrals.state,
      interventionName: interventions.name,
      otherOrganisationName: organisations.name,
      sentAt: referrals.sentAt,
      answerBy: referrals.answerBy,
      sharedCategories: referrals.sharedCategories,
      version: referrals.version,
      ...participationOf,
    })
    .from(referrals)
    .innerJoin(interventions, and(eq(interventions.tenantId, referrals.tenantId), eq(interventions.id, referrals.interventionId)))
    .innerJoin(organisations, and(eq(organisations.tenantId, referrals.tenantId), eq(organisations.id, other)))
    .where(
      and(
        eq(referrals.tenantId, actor.tenantId),
        eq(column, actor.organisationId),
        box === 'incoming' ? sql`${referrals.state} <> 'draft'` : undefined,
      ),
    )
    .orderBy(desc(referrals.createdAt), asc(referrals.id));
  const side: Side = box === 'incoming' ? 'provider' : 'sender';
  const names = await namesShown(db, actor, rows, box);
  const mayRecordParticipation = mayRecord(actor, side);
  return {
    items: rows.map((r) => ({
      ...r,
      participantName: names.get(r.id) ?? null,
      actions: actionsFor(r.state, side),
      mayRecordParticipation,
    })),
  };
}

/**
 * The referrals of one person: all that were sent, for the person; for staff who know the person, those their
 * organisation sent or received (no consent needed for what the own organisation did). Audited as a read of plan.
 */
export function referralsOfParticipant(db: Db, actor: Actor, participantId: string) {
  const mine = actor.participantId === participantId;
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'referral', requireConsent: false },
    async ({ tx }) => {
      const rows = await tx
        .select({
          id: referrals.id,
          state: referrals.state,
          interventionId: referrals.interventionId,
          interventionName: interventions.name,
          fromOrganisationId: referrals.fromOrganisationId,
          fromOrganisationName: orgName(referrals.fromOrganisationId),
          toOrganisationName: orgName(referrals.toOrganisationId),
          toOrganisationId: referrals.toOrganisationId,
          sentAt: referrals.sentAt,
          answerBy: referrals.answerBy,
          note: referrals.note,
          sharedCategories: referrals.sharedCategories,
          sendWarnings: referrals.sendWarnings,
          declineReason: referrals.declineReason,
          ...participationOf,
          version: referrals.version,
          createdAt: referrals.createdAt,
        })
        .from(referrals)
        .innerJoin(interventions, and(eq(interventions.tenantId, referrals.tenantId), eq(interventions.id, referrals.interventionId)))
        .where(
          and(
            eq(referrals.tenantId, actor.tenantId),
            eq(referrals.participantId, participantId),
            mine
              ? undefined
              : or(
                  eq(referrals.fromOrganisationId, actor.organisationId ?? ''),
                  eq(referrals.toOrganisationId, actor.organisationId ?? ''),
                ),
            // The person sees what was sent, not the sender's drafts.
            mine ? sql`${referrals.state} <> 'draft'` : undefined,
          ),
        )
        .orderBy(desc(referrals.createdAt));
      const side: Side | null = mine ? null : 'sender';
      return {
        items: rows.map((r) => {
          const own = mine ? null : sideOf(actor, r);
          return { ...r, actions: own ? actionsFor(r.state, own) : [], mayRecordParticipation: mayRecord(actor, own) };
        }),
        mayRefer: !mine && side !== null && actor.roles.some((role) => role === 'caseworker' || role === 'coordinator'),
      };
    },
  );
}

/**
 * What the sender may share with an intervention's provider: per category, whether the person has consented to it
 * for the provider today. Read as the person's plan (the sender must know the person and have plan consent).
 */
export async function referralOptions(db: Db, actor: Actor, participantId: string, interventionId: string) {
  const intervention = await interventionOf(db, actor.tenantId, interventionId);
  if (!intervention) throw notFound();
  return readParticipantData(db, actor, { participantId, category: 'plan', resourceType: 'referral' }, async ({ tx, today }) => {
    const given = await consentedCategories(tx, actor.tenantId, participantId, intervention.organisationId, DATA_CATEGORIES, today);
    return {
      providerOrganisationId: intervention.organisationId,
      ownIntervention: intervention.organisationId === actor.organisationId,
      categories: DATA_CATEGORIES.map((category) => ({ category, consented: given.has(category) })),
    };
  });
}
