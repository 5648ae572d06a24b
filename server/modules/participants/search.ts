import { and, eq, inArray } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { loadParticipantFactsMany } from '../../lib/access/facts.ts';
import { decideRead, engagementActive } from '../../lib/access/grants.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit, type AuditEntry } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { AppError, invalid } from '../../lib/errors.ts';
import { birthDateOf, parsePersonalNumber } from '../../lib/identifiers.ts';
import { discloseMatches, namesMatch, type Candidate, type MatchedOn } from './matching.ts';
import { presentParticipant } from './present.ts';
import type { SearchParticipants } from './schema.ts';
import { participants } from './tables.ts';

/**
 * Search before create: finds the person by personal number, and by name and birth date (people registered
 * without a number, or with another). Tells the searcher what they may see of each match (see matching.ts);
 * every match, shown or only hinted at, is audited.
 */
export async function searchParticipants(db: Db, actor: Actor, input: Static<typeof SearchParticipants>) {
  if (actor.organisationId === null) throw new AppError('forbidden');
  const parsed = input.personalNumber === undefined ? null : parsePersonalNumber(input.personalNumber);
  if (input.personalNumber !== undefined && !parsed)
    throw invalid([{ path: '/personalNumber', keyword: 'personnummer', message: 'not a valid personnummer or samordningsnummer' }]);
  const byName = input.givenName !== undefined && input.familyName !== undefined;
  const birthDate = parsed ? birthDateOf(parsed.number) : (input.birthDate ?? null);
  if (!parsed && !(byName && birthDate))
    throw invalid([{ path: '/personalNumber', keyword: 'required', message: 'give a personal number, or name and birth date' }]);
  const today = todayInSweden();
  return db.transaction(async (tx) => {
    const matchedOn = new Map<string, MatchedOn>();
    if (parsed) {
      const found = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.personalNumber, parsed.number)));
      for (const row of found) matchedOn.set(row.id, 'personal_number');
    }
    if (byName && birthDate) {
      const sameDay = await tx
        .select({ id: participants.id, givenName: participants.givenName, familyName: participants.familyName })
        .from(participants)
        .where(and(eq(participants.tenantId, actor.tenantId), eq(participants.birthDate, birthDate)))
        .limit(500);
      for (const row of sameDay)
        if (!matchedOn.has(row.id) && namesMatch(row, { givenName: input.givenName!, familyName: input.familyName! }))
          matchedOn.set(row.id, 'name_birth_date');
    }
    const ids = [...matchedOn.keys()];
    const facts = await loadParticipantFactsMany(tx, actor, ids);
    const candidates: Candidate[] = ids.map((id) => {
      const decision = decideRead(actor, facts.get(id)!, 'identity', today);
      return { id, matchedOn: matchedOn.get(id)!, access: decision.allowed ? 'visible' : decision.reason };
    });
    const disclosure = discloseMatches(candidates);
    const rows = disclosure.visible.length
      ? await tx
          .select()
          .from(participants)
          .where(
            and(
              eq(participants.tenantId, actor.tenantId),
              inArray(
                participants.id,
                disclosure.visible.map((v) => v.id),
              ),
            ),
          )
      : [];
    const visible = disclosure.visible.map(({ id, matchedOn: on }) => {
      const row = rows.find((r) => r.id === id)!;
      const f = facts.get(id)!;
      const decision = decideRead(actor, f, 'identity', today);
      const grant = decision.allowed ? decision.grant : 'engagement';
      return {
        ...presentParticipant(actor, row, f, grant, today).summary,
        matchedOn: on,
        engagedByOwnOrganisation: f.engagements.some((e) => engagementActive(e, today)),
      };
    });
    // Each match is about a person, so each is audited: what was shown, and under which grant or hint.
    const entries: AuditEntry[] = candidates.map((c) => ({
      participantId: c.id,
      category: 'identity',
      action: 'read',
      grant: c.access === 'visible' ? visible.find((v) => v.id === c.id)!.grant : `match_${c.access}`,
      resourceType: 'participant_match',
      resourceId: c.id,
    }));
    await audit(tx, actor, entries);
    return {
      visible,
      consentRequired: disclosure.consentRequired,
      registeredInArea: disclosure.registeredInArea,
      possibleMatchHidden: disclosure.possibleMatchHidden,
    };
  });
}
