import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { selectEngagementViews } from './engagements.ts';
import { checkConsentRecord, consentExpiresSoon, consentHistory, consentStatus } from './policy.ts';
import type { CreateConsent } from './schema.ts';
import { consents, engagements } from './tables.ts';

/**
 * Which organisations work with the participant: all of them for those who may see the participant's identity; an
 * organisation without identity consent sees only its own engagements, so it can follow and end its own work.
 */
export function listEngagements(db: Db, actor: Actor, participantId: string) {
  const target = { participantId, category: 'identity', resourceType: 'engagement', requireConsent: false } as const;
  return readParticipantData(db, actor, target, async ({ tx, grant }) => {
    const ownOnly =
      grant === 'engagement' && actor.organisationId !== null ? eq(engagements.organisationId, actor.organisationId) : undefined;
    const items = await selectEngagementViews(tx)
      .where(and(eq(engagements.tenantId, actor.tenantId), eq(engagements.participantId, participantId), ownOnly))
      .orderBy(asc(engagements.startDate));
    return { items };
  });
}

const withdrawnBy = alias(users, 'withdrawn_by');

const consentColumns = {
  id: consents.id,
  organisationId: consents.organisationId,
  organisationName: organisations.name,
  category: consents.category,
  validFrom: consents.validFrom,
  validTo: consents.validTo,
  method: consents.method,
  documentDate: consents.documentDate,
  recordedByName: users.displayName,
  givenAt: consents.givenAt,
  withdrawnAt: consents.withdrawnAt,
  withdrawnByName: withdrawnBy.displayName,
};

function consentQuery(db: Db | Parameters<Parameters<Db['transaction']>[0]>[0], tenantId: string) {
  return db
    .select(consentColumns)
    .from(consents)
    .innerJoin(organisations, and(eq(organisations.tenantId, consents.tenantId), eq(organisations.id, consents.organisationId)))
    .leftJoin(users, and(eq(users.tenantId, consents.tenantId), eq(users.id, consents.recordedByUserId)))
    .leftJoin(withdrawnBy, and(eq(withdrawnBy.tenantId, consents.tenantId), eq(withdrawnBy.id, consents.withdrawnByUserId)))
    .where(eq(consents.tenantId, tenantId))
    .$dynamic();
}

const withStatus =
  (today: string) =>
  ({ withdrawnByName: _by, ...c }: Awaited<ReturnType<ReturnType<typeof consentQuery>['execute']>>[number]) => ({
    ...c,
    status: consentStatus(c, today),
    expiresSoon: consentExpiresSoon(c, today),
  });

export function listConsents(db: Db, actor: Actor, participantId: string) {
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'identity', auditCategory: 'consent', resourceType: 'consent' },
    async ({ tx, today }) => {
      const items = await consentQuery(tx, actor.tenantId)
        .where(and(eq(consents.tenantId, actor.tenantId), eq(consents.participantId, participantId)))
        .orderBy(asc(consents.givenAt));
      return { items: items.map(withStatus(today)), history: consentHistory(items) };
    },
  );
}

/** The participant gives digital consent, or a caseworker records the participant's paper consent. */
export function createConsent(db: Db, actor: Actor, participantId: string, input: Static<typeof CreateConsent>) {
  const problem = checkConsentRecord(actor, participantId, input);
  if (problem === 'not_yours') throw notFound();
  if (problem) throw invalid([{ path: problem === 'period_reversed' ? '/validTo' : '/method', keyword: problem, message: problem }]);
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'identity', auditCategory: 'consent', resourceType: 'consent', action: 'create', requireConsent: false },
    async ({ tx, today }) => {
      const [org] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(and(eq(organisations.tenantId, actor.tenantId), eq(organisations.id, input.organisationId), eq(organisations.active, true)));
      if (!org) throw invalid([{ path: '/organisationId', keyword: 'exists', message: 'no such organisation' }]);
      const [created] = await tx
        .insert(consents)
        .values({
          tenantId: actor.tenantId,
          participantId,
          organisationId: input.organisationId,
          category: input.category,
          validFrom: input.validFrom,
          validTo: input.validTo,
          method: input.method,
          documentDate: input.documentDate,
          recordedByUserId: actor.userId,
          recordedByOrganisationId: actor.organisationId,
        })
        .returning({ id: consents.id });
      if (!created) throw new AppError('internal');
      const [consent] = await consentQuery(tx, actor.tenantId).where(
        and(eq(consents.tenantId, actor.tenantId), eq(consents.id, created.id)),
      );
      return { consent: withStatus(today)(consent!), resourceId: created.id };
    },
  );
}

/** Withdrawal takes effect at once: every later read checks `withdrawn_at`. */
export function withdrawConsent(db: Db, actor: Actor, participantId: string, consentId: string) {
  if (actor.participantId !== null && actor.participantId !== participantId) throw notFound();
  return writeParticipantData(
    db,
    actor,
    {
      participantId,
      category: 'identity',
      auditCategory: 'consent',
      resourceType: 'consent',
      resourceId: consentId,
      action: 'update',
      requireConsent: false,
    },
    async ({ tx, today }) => {
      const [updated] = await tx
        .update(consents)
        .set({ withdrawnAt: sql`now()`, withdrawnByUserId: actor.userId })
        .where(
          and(
            eq(consents.tenantId, actor.tenantId),
            eq(consents.participantId, participantId),
            eq(consents.id, consentId),
            sql`${consents.withdrawnAt} is null`,
          ),
        )
        .returning({ id: consents.id });
      if (!updated) {
        const [exists] = await tx
          .select({ id: consents.id })
          .from(consents)
          .where(and(eq(consents.tenantId, actor.tenantId), eq(consents.participantId, participantId), eq(consents.id, consentId)));
        throw exists ? conflict('The consent is already withdrawn.') : notFound();
      }
      const [consent] = await consentQuery(tx, actor.tenantId).where(
        and(eq(consents.tenantId, actor.tenantId), eq(consents.id, consentId)),
      );
      return { consent: withStatus(today)(consent!) };
    },
  );
}
