import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { readParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { limits } from '../../../common/limits.ts';
import { accessKind, actionsOf, formatCursor, parseCursor } from './policy.ts';
import type { AccessLogEntry, AccessLogQuery } from './schema.ts';

type Entry = Static<typeof AccessLogEntry>;

interface LogRow {
  seq: string | number;
  at_ms: string | number;
  organisation_id: string | null;
  organisation_name: string | null;
  role: string | null;
  category: string;
  action: string;
  grant: string;
  resource_type: string;
}

/**
 * Who looked at and changed the person's data, newest first, read from the audit rows themselves (no second log).
 * The log is itself personal data (category identity): staff need what lets them see the person's identity — the
 * person's consent, or their organisation registered the person — and every look at it is audited. The acting user is
 * never named: the person sees the organisation and the role. Pages by keyset on (at, seq), which the index
 * (tenant_id, participant_id, at) serves.
 */
export function readAccessLog(db: Db, actor: Actor, participantId: string, query: Static<typeof AccessLogQuery>) {
  const target = { participantId, category: 'identity', resourceType: 'access_log' } as const;
  return readParticipantData(db, actor, target, async ({ tx }) => {
    const limit = query.limit ?? limits.pageSizeDefault;
    const cursor = parseCursor(query.before);
    const conditions = [
      sql`e.tenant_id = ${actor.tenantId}`,
      sql`e.participant_id = ${participantId}`,
      query.includeOwn ? undefined : sql`(e."grant" <> 'self' or e.action <> 'read')`,
      query.organisationId ? sql`e.actor_organisation_id = ${query.organisationId}` : undefined,
      query.category ? sql`e.category = ${query.category}` : undefined,
      query.kind
        ? sql`e.action in (${sql.join(
            actionsOf(query.kind).map((a) => sql`${a}`),
            sql`, `,
          )})`
        : undefined,
      query.from ? sql`e.at >= (${query.from}::date::timestamp at time zone 'Europe/Stockholm')` : undefined,
      query.to ? sql`e.at < ((${query.to}::date + 1)::timestamp at time zone 'Europe/Stockholm')` : undefined,
      cursor ? sql`e.at <= to_timestamp(${cursor.atMs}::float8 / 1000)` : undefined,
      cursor ? sql`(e.at < to_timestamp(${cursor.atMs}::float8 / 1000) or e.seq < ${cursor.seq})` : undefined,
    ].filter((c) => c !== undefined);
    const found = await rows<LogRow>(
      tx,
      sql`select e.seq, (extract(epoch from e.at) * 1000)::bigint as at_ms, e.actor_organisation_id as organisation_id,
          o.name as organisation_name, e.actor_role as role, e.category, e.action, e."grant", e.resource_type
        from audit_events e
        left join organisations o on o.tenant_id = e.tenant_id and o.id = e.actor_organisation_id
        where ${sql.join(conditions, sql` and `)}
        order by e.at desc, e.seq desc
        limit ${limit + 1}`,
    );
    const page = found.slice(0, limit).map(toEntry);
    const last = page.at(-1);
    const nextCursor = found.length > limit && last ? formatCursor({ atMs: Date.parse(last.at), seq: last.seq }) : null;
    const organisations = await rows<{ id: string; name: string }>(
      tx,
      sql`select o.id, o.name from organisations o
        where o.tenant_id = ${actor.tenantId}
          and o.id in (select e.actor_organisation_id from audit_events e
                       where e.tenant_id = ${actor.tenantId} and e.participant_id = ${participantId})
        order by o.name`,
    );
    return { items: page, nextCursor, organisations };
  });
}

function toEntry(r: LogRow): Entry {
  return {
    seq: Number(r.seq),
    at: new Date(Number(r.at_ms)).toISOString(),
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    role: r.role,
    category: r.category,
    kind: accessKind(r.action),
    action: r.action,
    grant: r.grant,
    resourceType: r.resource_type,
    own: r.grant === 'self',
  };
}
