import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { mayAttempt } from '../../../common/verbs.ts';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { decideRead, seesProtectedIdentity, type Grant } from '../../lib/access/grants.ts';
import { auditListRead } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { currentTime, todayInSweden } from '../../lib/dates.ts';
import { conflict, invalid, notFound } from '../../lib/errors.ts';
import { interventions } from '../catalogue/tables.ts';
import { participants } from '../participants/tables.ts';
import { tenants } from '../tenants/tables.ts';
import { dueDateRange, followUpState, type FollowUpState } from './followups.ts';
import { checkFollowUpDays, checkSituation } from './rules.ts';
import type { RecordFollowUpBody } from './schema.ts';
import { presentFollowUp } from './service.ts';
import { followUps, participations } from './tables.ts';

/** The SQL condition for follow-ups in `state` on `today` (the inverse of followUpState, tested against it). */
export function stateCondition(state: FollowUpState, today: string): SQL {
  if (state === 'recorded') return isNotNull(followUps.recordedAt);
  const range = dueDateRange(state, today);
  return and(
    isNull(followUps.recordedAt),
    range.from ? sql`${followUps.dueDate} >= ${range.from}` : undefined,
    range.to ? sql`${followUps.dueDate} <= ${range.to}` : undefined,
  )!;
}

const ownFollowUps = (actor: Actor) =>
  and(eq(followUps.tenantId, actor.tenantId), eq(followUps.organisationId, actor.organisationId ?? ''));

/**
 * Names of the listed people where the actor may see identity (the same rule as every list: consent or the own
 * record, and never a protected identity but for those who see it); each shown name is an audited identity read.
 */
export async function namesFor(tx: Executor, actor: Actor, participantIds: string[], today: string) {
  const ids = [...new Set(participantIds)];
  const names = new Map<string, string>();
  if (ids.length === 0) return names;
  const facts = await loadParticipantFactsMany(tx, actor, ids);
  const people = await tx
    .select({
      id: participants.id,
      givenName: participants.givenName,
      familyName: participants.familyName,
      protectedIdentity: participants.protectedIdentity,
    })
    .from(participants)
    .where(and(eq(participants.tenantId, actor.tenantId), inArray(participants.id, ids)));
  const shown: { id: string; grant: Grant }[] = [];
  for (const p of people) {
    const f = facts.get(p.id)!;
    const decision = decideRead(actor, f, 'identity', today);
    if (!decision.allowed || (p.protectedIdentity && !seesProtectedIdentity(actor, f, today))) continue;
    names.set(p.id, `${p.givenName} ${p.familyName}`);
    shown.push({ id: p.id, grant: decision.grant });
  }
  await auditListRead(tx, actor, 'identity', shown);
  return names;
}

/**
 * The actor's organisation's follow-ups in one state (due by default), soonest first (recorded: latest first), with
 * counts per state and the missed ones per intervention. A person's name only where the actor may see it.
 */
export async function listFollowUps(db: Db, actor: Actor, state: FollowUpState = 'due') {
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    const rows = await tx
      .select({
        f: followUps,
        interventionName: interventions.name,
        endDate: participations.endDate,
        endReason: participations.endReason,
      })
      .from(followUps)
      .innerJoin(participations, and(eq(participations.tenantId, followUps.tenantId), eq(participations.id, followUps.participationId)))
      .innerJoin(
        interventions,
        and(eq(interventions.tenantId, participations.tenantId), eq(interventions.id, participations.interventionId)),
      )
      .where(and(ownFollowUps(actor), stateCondition(state, today)))
      .orderBy(state === 'recorded' ? desc(followUps.recordedAt) : asc(followUps.dueDate), asc(followUps.id))
      .limit(500);
    const names = await namesFor(
      tx,
      actor,
      rows.map((r) => r.f.participantId),
      today,
    );
    const counts = { upcoming: 0, due: 0, missed: 0, recorded: 0 };
    for (const s of Object.keys(counts) as FollowUpState[]) {
      const [c] = await tx
        .select({ n: count() })
        .from(followUps)
        .where(and(ownFollowUps(actor), stateCondition(s, today)));
      counts[s] = c?.n ?? 0;
    }
    const missedByIntervention = await tx
      .select({ interventionId: interventions.id, interventionName: interventions.name, missed: count() })
      .from(followUps)
      .innerJoin(participations, and(eq(participations.tenantId, followUps.tenantId), eq(participations.id, followUps.participationId)))
      .innerJoin(
        interventions,
        and(eq(interventions.tenantId, participations.tenantId), eq(interventions.id, participations.interventionId)),
      )
      .where(and(ownFollowUps(actor), stateCondition('missed', today)))
      .groupBy(interventions.id, interventions.name)
      .orderBy(desc(count()), asc(interventions.name));
    return {
      items: rows.map(({ f, ...r }) => ({
        ...presentFollowUp(f, today),
        participationId: f.participationId,
        participantId: f.participantId,
        participantName: names.get(f.participantId) ?? null,
        interventionName: r.interventionName,
        endDate: r.endDate ?? '',
        endReason: r.endReason,
      })),
      counts,
      missedByIntervention,
    };
  });
}

/**
 * Records a follow-up, once (409 `follow_up_recorded` after that), by the provider organisation's staff: the
 * situation then, or that the person could not be reached. Any day, early or late, is accepted: a late answer
 * still counts. Audited as the provider's own record.
 */
export async function recordFollowUp(db: Db, actor: Actor, id: string, body: Static<typeof RecordFollowUpBody>) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(followUps)
      .where(and(ownFollowUps(actor), eq(followUps.id, id)));
    if (!current) throw notFound();
    if (current.recordedAt !== null) throw conflict('follow_up_recorded');
    if (current.version !== body.version) throw conflict();
    if (!body.notReachable) {
      const issues = checkSituation(body.situation);
      if (issues.length > 0) throw invalid(issues);
    }
    const situation = body.notReachable ? null : body.situation;
    const [updated] = await tx
      .update(followUps)
      .set({
        recordedAt: currentTime().toISOString(),
        recordedByUserId: actor.userId,
        notReachable: body.notReachable,
        occupation: situation?.occupation ?? null,
        incomeSources: situation?.incomeSources ?? null,
        extentPercent: situation?.extentPercent ?? null,
        version: current.version + 1,
      })
      .where(and(ownFollowUps(actor), eq(followUps.id, id), eq(followUps.version, body.version), isNull(followUps.recordedAt)))
      .returning();
    if (!updated) throw conflict('follow_up_recorded');
    await audit(tx, actor, [
      {
        participantId: current.participantId,
        category: 'progression',
        action: 'update',
        grant: 'own_organisation',
        resourceType: 'follow_up',
        resourceId: id,
      },
    ]);
    return presentFollowUp(updated, todayInSweden());
  });
}

/** The area's follow-up points, in days after a participation's end. */
export async function followUpDays(db: Db, actor: Actor) {
  const [row] = await db.select({ days: tenants.followUpDays }).from(tenants).where(eq(tenants.id, actor.tenantId));
  return { days: row?.days ?? [] };
}

/** Sets the area's follow-up points (1–4, each 1–730 days, strictly increasing); existing follow-ups keep their dates. */
export async function setFollowUpDays(db: Db, actor: Actor, days: number[]) {
  const issues = checkFollowUpDays(days);
  if (issues.length > 0) throw invalid(issues);
  await db.update(tenants).set({ followUpDays: days }).where(eq(tenants.id, actor.tenantId));
  return { days };
}

/**
 * The organisation's follow-ups due now or missed, for the worklist: in scope `mine` those of participations the
 * user ended. Empty for users who may not record follow-ups.
 */
export async function openFollowUpsFor(ex: Executor, actor: Actor, scope: 'mine' | 'organisation', today: string) {
  if (actor.organisationId === null || !mayAttempt('participation.write', actor.roles)) return [];
  const found = await ex
    .select({
      id: followUps.id,
      participantId: followUps.participantId,
      dueDate: followUps.dueDate,
      daysAfterEnd: followUps.daysAfterEnd,
      interventionName: interventions.name,
    })
    .from(followUps)
    .innerJoin(participations, and(eq(participations.tenantId, followUps.tenantId), eq(participations.id, followUps.participationId)))
    .innerJoin(interventions, and(eq(interventions.tenantId, participations.tenantId), eq(interventions.id, participations.interventionId)))
    .where(
      and(
        ownFollowUps(actor),
        or(stateCondition('due', today), stateCondition('missed', today)),
        scope === 'mine' ? eq(participations.endedByUserId, actor.userId) : undefined,
      ),
    )
    .orderBy(asc(followUps.dueDate), asc(followUps.id));
  return found.map((f) => ({ ...f, state: followUpState(f.dueDate, false, today) as 'due' | 'missed' }));
}
