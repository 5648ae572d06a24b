import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { limits } from '../../../common/limits.ts';
import type { Db } from '../../db/client.ts';
import { fromRow, rows } from '../../db/sql.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { readableParticipantsSql } from '../../lib/access/filters.ts';
import { decideRead, type Grant } from '../../lib/access/grants.ts';
import { auditListRead, readParticipantRecord, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.ts';
import { birthDateOf, parsePersonalNumber } from '../../lib/identifiers.ts';
import { presentParticipant } from './present.ts';
import { checkParticipantUpdate, consentExpiresSoon } from './policy.ts';
import type { CreateParticipant, ListQuery, UpdateParticipant } from './schema.ts';
import { engagements, participants } from './tables.ts';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The participants whose identity the actor may see, one audit row per person shown. */
export async function listParticipants(db: Db, actor: Actor, query: Static<typeof ListQuery>) {
  const today = todayInSweden();
  const limit = query.limit ?? limits.pageSizeDefault;
  const offset = query.offset ?? 0;
  const words = (query.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const search = words.map((w) =>
    or(ilike(participants.givenName, `%${escapeLike(w)}%`), ilike(participants.familyName, `%${escapeLike(w)}%`)),
  );
  const mine =
    query.scope === 'mine'
      ? sql`exists (select 1 from engagements e where e.tenant_id = participants.tenant_id and e.participant_id = participants.id
          and e.organisation_id = ${actor.organisationId} and e.caseworker_user_id = ${actor.userId}
          and e.start_date <= ${today} and (e.end_date is null or e.end_date >= ${today}))`
      : undefined;
  const where = and(readableParticipantsSql(actor, 'identity', today), mine, ...search);
  return db.transaction(async (tx) => {
    const [count] = await rows<{ total: number }>(tx, sql`select count(*) as total from participants where ${where}`);
    const page = await tx
      .select()
      .from(participants)
      .where(where)
      .orderBy(asc(participants.familyName), asc(participants.givenName), asc(participants.id))
      .limit(limit)
      .offset(offset);
    const facts = await loadParticipantFactsMany(
      tx,
      actor,
      page.map((p) => p.id),
    );
    const shown: { id: string; grant: Grant }[] = [];
    const items = [];
    for (const row of page) {
      const f = facts.get(row.id)!;
      const decision = decideRead(actor, f, 'identity', today);
      // The filter and the rule agree (a test keeps them so); the rule has the last word.
      if (!decision.allowed) continue;
      shown.push({ id: row.id, grant: decision.grant });
      items.push({
        ...presentParticipant(actor, row, f, decision.grant, today).summary,
        // The facts hold only the own organisation's consents.
        ownConsentExpiresSoon: f.consents.some((c) => consentExpiresSoon(c, today)),
      });
    }
    await auditListRead(tx, actor, 'identity', shown);
    return { items, total: count?.total ?? 0 };
  });
}

export async function getParticipant(db: Db, actor: Actor, id: string) {
  // The fast path: the row and its audit row in one statement (see readParticipantRecord).
  const {
    rows: found,
    facts,
    grant,
    today,
  } = await readParticipantRecord(
    db,
    actor,
    { participantId: id, category: 'identity', resourceType: 'participant' },
    () => sql`select * from participants where tenant_id = ${actor.tenantId} and id = ${id}`,
  );
  const view = presentParticipant(actor, fromRow(participants, found[0]!), facts, grant, today);
  return { ...view.summary, ...view.contact };
}

/** Registers a participant and starts the actor's organisation's engagement with the actor as responsible caseworker. */
export async function createParticipant(db: Db, actor: Actor, input: Static<typeof CreateParticipant>) {
  if (actor.organisationId === null) throw new AppError('forbidden');
  const organisationId = actor.organisationId;
  let personalNumber: string | null = null;
  let birthDate = input.birthDate ?? null;
  if (input.idKind === 'reserve') {
    if (input.personalNumber)
      throw invalid([{ path: '/personalNumber', keyword: 'reserve', message: 'a reserve id has no personal number' }]);
    if (!birthDate)
      throw invalid([{ path: '/birthDate', keyword: 'required', message: 'birth date is required without a personal number' }]);
  } else {
    const parsed = input.personalNumber ? parsePersonalNumber(input.personalNumber) : null;
    if (!parsed)
      throw invalid([{ path: '/personalNumber', keyword: 'personnummer', message: 'not a valid personnummer or samordningsnummer' }]);
    if (parsed.kind !== input.idKind) throw invalid([{ path: '/idKind', keyword: 'kind', message: `the number is a ${parsed.kind}` }]);
    personalNumber = parsed.number;
    birthDate = birthDateOf(parsed.number);
  }
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    if (personalNumber) {
      const [existing] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.personalNumber, personalNumber)));
      if (existing) throw conflict('A participant with this personal number is already registered.', { field: 'personalNumber' });
    }
    const [row] = await tx
      .insert(participants)
      .values({
        tenantId: actor.tenantId,
        givenName: input.givenName.trim(),
        familyName: input.familyName.trim(),
        idKind: input.idKind,
        personalNumber,
        birthDate,
        protectedIdentity: input.protectedIdentity ?? false,
        preferredLanguage: input.preferredLanguage ?? null,
        interpreterNeeded: input.interpreterNeeded ?? false,
        phone: input.phone || null,
        email: input.email || null,
        address: input.address || null,
        createdByOrganisationId: organisationId,
      })
      .returning();
    if (!row) throw new AppError('internal');
    await tx
      .insert(engagements)
      .values({ tenantId: actor.tenantId, participantId: row.id, organisationId, caseworkerUserId: actor.userId, startDate: today });
    await audit(tx, actor, [
      {
        participantId: row.id,
        category: 'identity',
        action: 'create',
        grant: 'own_organisation',
        resourceType: 'participant',
        resourceId: row.id,
      },
    ]);
    const facts = {
      participantId: row.id,
      engagements: [{ organisationId, caseworkerUserId: actor.userId, startDate: today, endDate: null }],
      consents: [],
      identityWrittenByOwnOrganisation: true,
    };
    const view = presentParticipant(actor, row, facts, 'own_organisation', today);
    return { ...view.summary, ...view.contact };
  });
}

/**
 * Changes contact data, language, interpreter need and (staff only) protected identity. The client sends the
 * version it read; a stale version means someone else changed the record meanwhile, answered with 409.
 */
export async function updateParticipant(db: Db, actor: Actor, id: string, input: Static<typeof UpdateParticipant>) {
  if (actor.participantId !== null && actor.participantId !== id) throw notFound();
  if (checkParticipantUpdate(actor, input))
    throw invalid([{ path: '/protectedIdentity', keyword: 'staff', message: 'protected identity is set by staff' }]);
  return writeParticipantData(
    db,
    actor,
    { participantId: id, category: 'identity', resourceType: 'participant', action: 'update' },
    async ({ tx, facts, grant, today }) => {
      const { version, ...changes } = input;
      const values = {
        ...changes,
        ...(changes.phone !== undefined ? { phone: changes.phone || null } : {}),
        ...(changes.email !== undefined ? { email: changes.email || null } : {}),
        ...(changes.address !== undefined ? { address: changes.address.trim() || null } : {}),
      };
      const [row] = await tx
        .update(participants)
        .set({ ...values, version: sql`${participants.version} + 1` })
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.id, id), eq(participants.version, version)))
        .returning();
      if (!row)
        throw conflict('Someone else changed this person’s details after you opened them. Reload to see the latest, then try again.', {
          reason: 'stale_version',
        });
      const view = presentParticipant(actor, row, facts, grant, today);
      return { ...view.summary, ...view.contact };
    },
  );
}
