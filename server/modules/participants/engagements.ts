import { and, asc, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import { loadParticipantFacts } from '../../lib/access/facts.ts';
import { knowsParticipant } from '../../lib/access/grants.ts';
import { writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { parsePersonalNumber } from '../../lib/identifiers.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import { checkEngagementEnd, checkEngagementStart, engagementStillRuns, mayBeResponsible } from './policy.ts';
import type { ChangeCaseworker, EndEngagement, StartEngagement } from './schema.ts';
import { engagements, participants } from './tables.ts';

const START_MESSAGES = {
  start_in_future: 'An engagement starts today or earlier.',
  already_engaged: 'Your organisation already works with this person.',
} as const;

function ownOrganisation(actor: Actor): string {
  if (actor.organisationId === null) throw new AppError('forbidden');
  return actor.organisationId;
}

/** Engagements as the API shows them, with organisation and caseworker names; the caller adds the filter. */
export function selectEngagementViews(tx: Executor) {
  return tx
    .select({
      id: engagements.id,
      organisationId: engagements.organisationId,
      organisationName: organisations.name,
      caseworkerUserId: engagements.caseworkerUserId,
      caseworkerName: users.displayName,
      startDate: engagements.startDate,
      endDate: engagements.endDate,
    })
    .from(engagements)
    .innerJoin(organisations, and(eq(organisations.tenantId, engagements.tenantId), eq(organisations.id, engagements.organisationId)))
    .leftJoin(users, and(eq(users.tenantId, engagements.tenantId), eq(users.id, engagements.caseworkerUserId)));
}

/** One engagement as the API shows it, read in the caller's transaction. */
export async function engagementView(tx: Executor, tenantId: string, id: string) {
  const [row] = await selectEngagementViews(tx).where(and(eq(engagements.tenantId, tenantId), eq(engagements.id, id)));
  if (!row) throw new AppError('internal');
  return row;
}

async function checkResponsible(tx: Executor, actor: Actor, organisationId: string, userId: string) {
  const [user] = await tx
    .select({ organisationId: users.organisationId, roles: users.roles, active: users.active, participantId: users.participantId })
    .from(users)
    .where(and(eq(users.tenantId, actor.tenantId), eq(users.id, userId)));
  if (!user || !mayBeResponsible(user, organisationId))
    throw invalid([{ path: '/caseworkerUserId', keyword: 'caseworker', message: 'not a caseworker of your organisation' }]);
}

/**
 * Starts the actor's organisation's work with a person. By id when the organisation already knows the person (it
 * registered them); by the full personal number otherwise: knowing the number is how an organisation that meets a
 * person already registered by another begins, and it learns nothing it did not give.
 */
export async function startEngagement(db: Db, actor: Actor, input: Static<typeof StartEngagement>) {
  const organisationId = ownOrganisation(actor);
  if ((input.participantId === undefined) === (input.personalNumber === undefined))
    throw invalid([{ path: '/participantId', keyword: 'oneOf', message: 'give participantId or personalNumber' }]);
  const parsed = input.personalNumber === undefined ? null : parsePersonalNumber(input.personalNumber);
  if (input.personalNumber !== undefined && !parsed)
    throw invalid([{ path: '/personalNumber', keyword: 'personnummer', message: 'not a valid personnummer or samordningsnummer' }]);
  const today = todayInSweden();
  const startDate = input.startDate ?? today;
  const caseworkerUserId = input.caseworkerUserId ?? actor.userId;
  return db.transaction(async (tx) => {
    let participantId: string;
    if (parsed) {
      const [found] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.personalNumber, parsed.number)));
      if (!found) throw notFound();
      participantId = found.id;
    } else {
      participantId = input.participantId!;
    }
    const facts = await loadParticipantFacts(tx, actor, participantId);
    if (!parsed && !knowsParticipant(actor, facts, today)) throw notFound();
    const problem = checkEngagementStart(facts.engagements, startDate, today);
    if (problem === 'already_engaged') throw conflict(START_MESSAGES[problem], { reason: problem });
    if (problem) throw invalid([{ path: '/startDate', keyword: problem, message: START_MESSAGES[problem] }]);
    await checkResponsible(tx, actor, organisationId, caseworkerUserId);
    const [created] = await tx
      .insert(engagements)
      .values({ tenantId: actor.tenantId, participantId, organisationId, caseworkerUserId, startDate })
      .returning({ id: engagements.id });
    await audit(tx, actor, [
      {
        participantId,
        category: 'identity',
        action: 'create',
        grant: parsed ? 'personal_number' : 'own_organisation',
        resourceType: 'engagement',
        resourceId: created!.id,
      },
    ]);
    return { participantId, engagement: await engagementView(tx, actor.tenantId, created!.id) };
  });
}

/** The engagement of the actor's own organisation, or 404: another organisation's engagement is not the actor's to see. */
async function ownEngagement(db: Db, actor: Actor, engagementId: string) {
  const organisationId = ownOrganisation(actor);
  const [row] = await db
    .select({ participantId: engagements.participantId, startDate: engagements.startDate, endDate: engagements.endDate })
    .from(engagements)
    .where(and(eq(engagements.tenantId, actor.tenantId), eq(engagements.id, engagementId), eq(engagements.organisationId, organisationId)));
  if (!row) throw notFound();
  return { organisationId, ...row };
}

const target = (participantId: string, engagementId: string) =>
  ({
    participantId,
    category: 'identity',
    resourceType: 'engagement',
    resourceId: engagementId,
    action: 'update',
    requireConsent: false,
  }) as const;

/** Ends the own organisation's engagement on a day between its start and today. */
export async function endEngagement(db: Db, actor: Actor, engagementId: string, input: Static<typeof EndEngagement>) {
  const found = await ownEngagement(db, actor, engagementId);
  return writeParticipantData(db, actor, target(found.participantId, engagementId), async ({ tx, today }) => {
    const problem = checkEngagementEnd(found, input.endDate, today);
    if (problem === 'already_ended') throw conflict('The engagement has already ended.', { reason: problem });
    if (problem) throw invalid([{ path: '/endDate', keyword: problem, message: problem.replace(/_/g, ' ') }]);
    const [updated] = await tx
      .update(engagements)
      .set({ endDate: input.endDate })
      .where(and(eq(engagements.tenantId, actor.tenantId), eq(engagements.id, engagementId), sql`${engagements.endDate} is null`))
      .returning({ id: engagements.id });
    if (!updated) throw conflict('The engagement has already ended.', { reason: 'already_ended' });
    return { engagement: await engagementView(tx, actor.tenantId, engagementId) };
  });
}

/** Names another caseworker of the own organisation as responsible, while the engagement runs. */
export async function changeCaseworker(db: Db, actor: Actor, engagementId: string, input: Static<typeof ChangeCaseworker>) {
  const found = await ownEngagement(db, actor, engagementId);
  return writeParticipantData(db, actor, target(found.participantId, engagementId), async ({ tx, today }) => {
    if (!engagementStillRuns(found, today)) throw conflict('The engagement has ended.', { reason: 'already_ended' });
    await checkResponsible(tx, actor, found.organisationId, input.caseworkerUserId);
    await tx
      .update(engagements)
      .set({ caseworkerUserId: input.caseworkerUserId })
      .where(and(eq(engagements.tenantId, actor.tenantId), eq(engagements.id, engagementId)));
    return { engagement: await engagementView(tx, actor.tenantId, engagementId) };
  });
}

/** Who in the actor's organisation may be named responsible caseworker. */
export async function listCaseworkers(db: Db, actor: Actor) {
  const organisationId = ownOrganisation(actor);
  const items = await db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.tenantId, actor.tenantId),
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        sql`${users.participantId} is null`,
        sql`${users.roles} && array['caseworker', 'coordinator']::text[]`,
      ),
    )
    .orderBy(asc(users.displayName), asc(users.id));
  return { items };
}
