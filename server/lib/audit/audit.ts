import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditRole, type Actor } from '../actor.ts';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One look at or change of personal data. Only ids and names of categories: never the data itself. */
export interface AuditEntry {
  participantId: string | null;
  category: string;
  action: AuditAction;
  /** The grant that allowed it (see access/grants.ts), or the role for staff administration. */
  grant: string;
  resourceType: string;
  resourceId: string | null;
}

/** The stored fields of an audit row that its hash covers, in a fixed order. */
export interface AuditRowFields extends AuditEntry {
  tenantId: string;
  chainKey: string;
  at: string;
  actorUserId: string | null;
  actorOrganisationId: string | null;
  actorRole: string | null;
  requestId: string | null;
}

/** Events about no participant go to the tenant's own chain. */
export const chainKeyOf = (tenantId: string, participantId: string | null) => participantId ?? tenantId;

export function contentHash(row: AuditRowFields): string {
  const payload = JSON.stringify([
    row.tenantId,
    row.chainKey,
    new Date(row.at).toISOString(),
    row.actorUserId,
    row.actorOrganisationId,
    row.actorRole,
    row.participantId,
    row.category,
    row.action,
    row.grant,
    row.requestId,
    row.resourceType,
    row.resourceId,
  ]);
  return createHash('sha256').update(payload).digest('hex');
}

/** The chain's link: the first row's link is its content hash, each later link hashes the previous link with it. */
export function nextLink(previous: string | null, content: string): string {
  return previous === null
    ? content
    : createHash('sha256')
        .update(previous + content)
        .digest('hex');
}

type PreparedRow = AuditRowFields & { content: string };

/** The rows as stored, each with its content hash (the chain link is computed in SQL from the chain's head). */
function prepare(
  actor: Pick<Actor, 'tenantId' | 'userId' | 'organisationId' | 'roles' | 'requestId'>,
  entries: AuditEntry[],
): PreparedRow[] {
  const at = new Date().toISOString();
  return entries.map((e) => {
    const row: AuditRowFields = {
      ...e,
      tenantId: actor.tenantId,
      chainKey: chainKeyOf(actor.tenantId, e.participantId),
      at,
      actorUserId: actor.userId,
      actorOrganisationId: actor.organisationId,
      actorRole: auditRole(actor as Actor),
      requestId: actor.requestId,
    };
    return { ...row, content: contentHash(row) };
  });
}

/**
 * Writes audit rows in the caller's transaction, each linked into its chain. One statement per batch: the chain head
 * is advanced by an upsert (which locks only that chain's head row) and the rows are inserted from its result.
 */
export async function audit(
  ex: Executor,
  actor: Pick<Actor, 'tenantId' | 'userId' | 'organisationId' | 'roles' | 'requestId'>,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = prepare(actor, entries);
  // An upsert may touch each head once per statement, so repeated chains go into later batches.
  const batches: (typeof rows)[] = [];
  for (const row of rows) {
    const batch = batches.find((b) => !b.some((r) => r.chainKey === row.chainKey));
    if (batch) batch.push(row);
    else batches.push([row]);
  }
  for (const batch of batches) await ex.execute(sql`with ${auditSteps(actor.tenantId, batch, sql`true`)} select 1`);
}

/**
 * The audit write as WITH items (audit_input, audit_link, audit_written) for another statement, so a read and its
 * audit row are one atomic statement: PostgreSQL runs data-modifying WITH items even when the main query does not
 * use them. Rows are written only when `onlyIf` holds (e.g. `exists (select from the_record)`). One row per chain.
 */
export function auditWith(
  actor: Pick<Actor, 'tenantId' | 'userId' | 'organisationId' | 'roles' | 'requestId'>,
  entries: AuditEntry[],
  onlyIf: SQL,
): SQL {
  const rows = prepare(actor, entries);
  if (new Set(rows.map((r) => r.chainKey)).size !== rows.length) throw new Error('auditWith takes at most one row per chain');
  return auditSteps(actor.tenantId, rows, onlyIf);
}

/** The one statement body that links and inserts a batch of rows (at most one per chain). */
function auditSteps(tenantId: string, batch: PreparedRow[], onlyIf: SQL): SQL {
  const input = JSON.stringify(
    batch.map((r) => ({
      chain_key: r.chainKey,
      at: r.at,
      actor_user_id: r.actorUserId,
      actor_organisation_id: r.actorOrganisationId,
      actor_role: r.actorRole,
      participant_id: r.participantId,
      category: r.category,
      action: r.action,
      grant: r.grant,
      request_id: r.requestId,
      resource_type: r.resourceType,
      resource_id: r.resourceId,
      content: r.content,
    })),
  );
  return sql`audit_input as (
      select * from json_to_recordset(${input}::json) as x(
        chain_key uuid, at timestamptz, actor_user_id uuid, actor_organisation_id uuid, actor_role text,
        participant_id uuid, category text, action text, "grant" text, request_id text, resource_type text,
        resource_id text, content text)
    ), audit_link as (
      insert into audit_heads (tenant_id, chain_key, seq, hash)
      select ${tenantId}::uuid, chain_key, 1, content from audit_input where ${onlyIf}
      on conflict (tenant_id, chain_key) do update
        set seq = audit_heads.seq + 1,
            hash = encode(sha256(convert_to(audit_heads.hash || excluded.hash, 'UTF8')), 'hex')
      returning chain_key, seq, hash
    ), audit_written as (
      insert into audit_events (tenant_id, chain_key, seq, at, actor_user_id, actor_organisation_id, actor_role,
        participant_id, category, action, "grant", request_id, resource_type, resource_id, hash)
      select ${tenantId}::uuid, i.chain_key, h.seq, i.at, i.actor_user_id, i.actor_organisation_id, i.actor_role,
        i.participant_id, i.category, i.action, i."grant", i.request_id, i.resource_type, i.resource_id, h.hash
      from audit_input i join audit_link h on h.chain_key = i.chain_key
    )`;
}
