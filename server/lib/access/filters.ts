import { sql, type SQL } from 'drizzle-orm';
import { PERSONAL_DATA_ROLES, type DataCategory } from '../../../common/roles.ts';
import type { Actor } from '../actor.ts';

/**
 * The list filter that matches `decideRead` row by row: a WHERE condition over `participants` that is true exactly
 * for the participants whose `category` the actor may read today. A test on generated data keeps the two in step.
 */
export function readableParticipantsSql(actor: Actor, category: DataCategory, today: string): SQL {
  if (actor.participantId !== null) return sql`participants.id = ${actor.participantId}`;
  if (!actor.roles.some((r) => PERSONAL_DATA_ROLES.includes(r)) || actor.organisationId === null) return sql`false`;
  const org = actor.organisationId;
  const engaged = sql`exists (select 1 from engagements e
    where e.tenant_id = participants.tenant_id and e.participant_id = participants.id and e.organisation_id = ${org}
      and e.start_date <= ${today} and (e.end_date is null or e.end_date >= ${today}))`;
  const consented = sql`exists (select 1 from consents c
    where c.tenant_id = participants.tenant_id and c.participant_id = participants.id and c.organisation_id = ${org}
      and c.category = ${category} and c.withdrawn_at is null
      and c.valid_from <= ${today} and (c.valid_to is null or c.valid_to >= ${today}))`;
  const ownRecord = category === 'identity' ? sql`participants.created_by_organisation_id = ${org}` : sql`false`;
  return sql`participants.tenant_id = ${actor.tenantId} and ((${engaged} and ${consented}) or ${ownRecord})`;
}
