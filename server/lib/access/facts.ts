import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../actor.ts';
import type { ParticipantFacts } from './grants.ts';

/**
 * Loads the facts the access rules need about participants in one round trip: only the actor's own organisation's
 * engagements and consents, so loading them reveals nothing about whether a person exists.
 */
export async function loadParticipantFactsMany(
  ex: Executor,
  actor: Actor,
  participantIds: string[],
): Promise<Map<string, ParticipantFacts>> {
  const result = new Map<string, ParticipantFacts>();
  for (const id of participantIds)
    result.set(id, { participantId: id, engagements: [], consents: [], identityWrittenByOwnOrganisation: false });
  const org = actor.organisationId;
  if (org === null || participantIds.length === 0) return result;
  const found = await rows<{
    id: string;
    written: boolean;
    engagements: ParticipantFacts['engagements'];
    consents: ParticipantFacts['consents'];
  }>(
    ex,
    sql`select ids.id,
      coalesce((select p.created_by_organisation_id = ${org} from participants p
                where p.tenant_id = ${actor.tenantId} and p.id = ids.id), false) as written,
      coalesce((select json_agg(json_build_object('organisationId', e.organisation_id, 'caseworkerUserId', e.caseworker_user_id,
                'startDate', e.start_date, 'endDate', e.end_date))
         from engagements e where e.tenant_id = ${actor.tenantId} and e.participant_id = ids.id
           and e.organisation_id = ${org}), '[]'::json) as engagements,
      coalesce((select json_agg(json_build_object('organisationId', c.organisation_id, 'category', c.category,
                'validFrom', c.valid_from, 'validTo', c.valid_to, 'withdrawnAt', c.withdrawn_at))
         from consents c where c.tenant_id = ${actor.tenantId} and c.participant_id = ids.id
           and c.organisation_id = ${org}), '[]'::json) as consents
    from (select value::uuid as id from json_array_elements_text(${JSON.stringify(participantIds)}::json)) ids`,
  );
  for (const row of found) {
    result.set(row.id, {
      participantId: row.id,
      engagements: row.engagements,
      consents: row.consents,
      identityWrittenByOwnOrganisation: row.written,
    });
  }
  return result;
}

export async function loadParticipantFacts(ex: Executor, actor: Actor, participantId: string): Promise<ParticipantFacts> {
  const facts = await loadParticipantFactsMany(ex, actor, [participantId]);
  return facts.get(participantId)!;
}
