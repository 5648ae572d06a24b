import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { rows } from '../db/sql.ts';
import { verifyAuditChains } from '../lib/audit/verify.ts';
import { LOAD_GIVEN_NAME, type Ledger } from './load.ts';

export interface DatabaseCheck {
  problems: string[];
  /** Acknowledged writes found (participants + consents). */
  ackedChecked: number;
  /** Load participants in the database whose creation was never acknowledged (in flight at a kill). */
  committedUnacked: number;
  auditEvents: number;
  auditChains: number;
}

const chunks = <T>(list: T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/**
 * Checks the database after the last stop: every acknowledged participant and consent is there with what the
 * client sent, every write is whole (a participant has its engagement and its audit row, a consent its audit row,
 * acknowledged or not), and every audit chain verifies.
 */
export async function checkDatabase(ex: Executor, ledger: Ledger): Promise<DatabaseCheck> {
  const problems: string[] = [];
  for (const batch of chunks(ledger.participants, 500)) {
    const found = await rows<{
      id: string;
      family_name: string;
      personal_number: string | null;
      birth_date: string;
      org: string;
      engaged: boolean;
      audited: boolean;
    }>(
      ex,
      sql`select p.id, p.family_name, p.personal_number, p.birth_date::text as birth_date, p.created_by_organisation_id as org,
            exists (select 1 from engagements e where e.tenant_id = p.tenant_id and e.participant_id = p.id
                    and e.organisation_id = p.created_by_organisation_id) as engaged,
            exists (select 1 from audit_events a where a.tenant_id = p.tenant_id and a.chain_key = p.id
                    and a.action = 'create' and a.resource_type = 'participant') as audited
          from participants p
          where p.id in (select value::uuid from json_array_elements_text(${JSON.stringify(batch.map((p) => p.id))}::json))`,
    );
    const byId = new Map(found.map((r) => [r.id, r]));
    for (const p of batch) {
      const row = byId.get(p.id);
      if (!row) problems.push(`acknowledged participant ${p.id} (trial ${p.trial}) is missing`);
      else if (
        row.family_name !== p.familyName ||
        row.personal_number !== p.personalNumber ||
        row.birth_date !== p.birthDate ||
        row.org !== p.organisationId
      ) {
        problems.push(`acknowledged participant ${p.id} (trial ${p.trial}) differs: ${JSON.stringify(row)}`);
      }
    }
  }
  for (const batch of chunks(ledger.consents, 500)) {
    const found = await rows<{ id: string; participant_id: string }>(
      ex,
      sql`select id, participant_id from consents
          where id in (select value::uuid from json_array_elements_text(${JSON.stringify(batch.map((c) => c.id))}::json))`,
    );
    const byId = new Map(found.map((r) => [r.id, r.participant_id]));
    for (const c of batch) {
      if (!byId.has(c.id)) problems.push(`acknowledged consent ${c.id} (trial ${c.trial}) is missing`);
      else if (byId.get(c.id) !== c.participantId)
        problems.push(`acknowledged consent ${c.id} belongs to ${byId.get(c.id)}, not ${c.participantId}`);
    }
  }

  // Atomicity, for every write of the load whether acknowledged or not.
  const broken = await rows<{ id: string; engaged: boolean; audited: boolean }>(
    ex,
    sql`select p.id,
          exists (select 1 from engagements e where e.tenant_id = p.tenant_id and e.participant_id = p.id) as engaged,
          exists (select 1 from audit_events a where a.tenant_id = p.tenant_id and a.chain_key = p.id
                  and a.action = 'create' and a.resource_type = 'participant' and a.resource_id = p.id::text) as audited
        from participants p where p.given_name = ${LOAD_GIVEN_NAME}`,
  );
  for (const r of broken)
    if (!r.engaged || !r.audited) problems.push(`participant ${r.id} is half written: engagement ${r.engaged}, audit ${r.audited}`);
  const unauditedConsents = await rows<{ id: string }>(
    ex,
    sql`select c.id from consents c join participants p on p.tenant_id = c.tenant_id and p.id = c.participant_id
        where p.given_name = ${LOAD_GIVEN_NAME} and not exists (select 1 from audit_events a where a.tenant_id = c.tenant_id
          and a.chain_key = c.participant_id and a.resource_type = 'consent' and a.action = 'create' and a.resource_id = c.id::text)`,
  );
  for (const c of unauditedConsents) problems.push(`consent ${c.id} has no audit row`);

  const report = await verifyAuditChains(ex);
  for (const p of report.problems.slice(0, 20)) problems.push(`audit chain ${p.chainKey} seq ${p.seq}: ${p.problem}`);
  if (!report.ok && report.problems.length > 20) problems.push(`… and ${report.problems.length - 20} more audit chain problems`);

  const ackedIds = new Set(ledger.participants.map((p) => p.id));
  return {
    problems,
    ackedChecked: ledger.participants.length + ledger.consents.length,
    committedUnacked: broken.filter((r) => !ackedIds.has(r.id)).length,
    auditEvents: report.events,
    auditChains: report.chains,
  };
}
