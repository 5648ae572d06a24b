import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { contentHash, nextLink } from './audit.ts';

export interface ChainReport {
  ok: boolean;
  chains: number;
  events: number;
  /** Where the chain breaks: ids and sequence numbers only. */
  problems: { tenantId: string; chainKey: string; seq: number | null; problem: string }[];
}

interface EventRow {
  tenant_id: string;
  chain_key: string;
  seq: number;
  at: string;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  actor_role: string | null;
  participant_id: string | null;
  category: string;
  action: string;
  grant: string;
  request_id: string | null;
  resource_type: string;
  resource_id: string | null;
  hash: string;
}

/** Recomputes every audit chain (one chain at a time, so memory stays small) and compares it with its head. */
export async function verifyAuditChains(ex: Executor, pageSize = 5000): Promise<ChainReport> {
  const heads = await rows<{ tenant_id: string; chain_key: string; seq: number; hash: string }>(
    ex,
    sql`select tenant_id, chain_key, seq, hash from audit_heads order by tenant_id, chain_key`,
  );
  const report: ChainReport = { ok: true, chains: heads.length, events: 0, problems: [] };
  const problem = (tenantId: string, chainKey: string, seq: number | null, text: string) => {
    report.ok = false;
    report.problems.push({ tenantId, chainKey, seq, problem: text });
  };
  for (const head of heads) {
    let previous: string | null = null;
    let expectedSeq = 1;
    let lastSeq = 0;
    for (;;) {
      const page: EventRow[] = await rows<EventRow>(
        ex,
        sql`select * from audit_events where tenant_id = ${head.tenant_id} and chain_key = ${head.chain_key}
            and seq >= ${expectedSeq} order by seq limit ${pageSize}`,
      );
      for (const e of page) {
        if (e.seq !== expectedSeq) problem(e.tenant_id, e.chain_key, expectedSeq, 'missing row');
        const content = contentHash({
          tenantId: e.tenant_id,
          chainKey: e.chain_key,
          at: e.at,
          actorUserId: e.actor_user_id,
          actorOrganisationId: e.actor_organisation_id,
          actorRole: e.actor_role,
          participantId: e.participant_id,
          category: e.category,
          action: e.action as never,
          grant: e.grant,
          requestId: e.request_id,
          resourceType: e.resource_type,
          resourceId: e.resource_id,
        });
        const link = nextLink(previous, content);
        if (link !== e.hash) problem(e.tenant_id, e.chain_key, e.seq, 'hash mismatch');
        previous = e.hash;
        expectedSeq = e.seq + 1;
        lastSeq = e.seq;
        report.events++;
      }
      if (page.length < pageSize) break;
    }
    if (lastSeq !== head.seq || (previous !== null && previous !== head.hash)) {
      problem(head.tenant_id, head.chain_key, lastSeq, 'chain ends before its head');
    }
  }
  const orphans = await rows<{ tenant_id: string; chain_key: string }>(
    ex,
    sql`select distinct e.tenant_id, e.chain_key from audit_events e
        where not exists (select 1 from audit_heads h where h.tenant_id = e.tenant_id and h.chain_key = e.chain_key)`,
  );
  for (const o of orphans) problem(o.tenant_id, o.chain_key, null, 'chain without head');
  return report;
}
