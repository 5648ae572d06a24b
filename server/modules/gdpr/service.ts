import { sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import { limits } from '../../../common/limits.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { loadParticipantFacts } from '../../lib/access/facts.ts';
import { decideRead, knowsParticipant, seesProtectedIdentity } from '../../lib/access/grants.ts';
import { DATA_CATEGORIES } from '../../../common/roles.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { isLanguage } from '../../lib/i18n.ts';
import { EXPORT_AUDIT_CATEGORIES } from './coverage.ts';
import { loadDataExport } from './export.ts';
import { DEFAULT_RETENTION_MONTHS, RETENTION_CATEGORIES, rulesProblem, type RetentionCategory } from './policy.ts';
import { renderDataExport } from './render.ts';
import type { DataExportQuery, RetentionLogQuery } from './schema.ts';

/**
 * Everything Kitt holds about the participant, for the person themself or for caseworkers and coordinators producing
 * it on the person's request. Staff must know the person (else 404) and may export only what they may read: consent
 * (or their own organisation's record) for every data category, else 403 consent_required — the person can always
 * download it in their own view. A protected identity needs the right to see it (else 403). One audit row per
 * category, on the grant that allowed it, is written in the same transaction as the read.
 */
export async function exportData(db: Db, actor: Actor, participantId: string, query: Static<typeof DataExportQuery>) {
  const data = await db.transaction(async (tx) => {
    const today = todayInSweden();
    const facts = await loadParticipantFacts(tx, actor, participantId);
    const self = actor.participantId !== null;
    if (self ? actor.participantId !== participantId : !knowsParticipant(actor, facts, today)) throw notFound();
    const found = await loadDataExport(tx, actor.tenantId, participantId);
    if (!found) throw notFound();
    if (found.identity.protectedIdentity && !seesProtectedIdentity(actor, facts, today)) throw forbidden();
    const grants = new Map<string, string>();
    for (const category of DATA_CATEGORIES) {
      const decision = decideRead(actor, facts, category, today);
      if (!decision.allowed) throw new AppError('consent_required', undefined, { consentRequired: true });
      grants.set(category, decision.grant);
    }
    // Consents are shown with the identity they belong to.
    grants.set('consent', grants.get('identity')!);
    await audit(
      tx,
      actor,
      EXPORT_AUDIT_CATEGORIES.map((category) => ({
        participantId,
        category,
        action: 'read' as const,
        grant: self ? 'self' : grants.get(category)!,
        resourceType: 'data_export',
        resourceId: participantId,
      })),
    );
    return found;
  });
  const day = todayInSweden();
  if (query.format === 'html') {
    const language = query.language ?? (isLanguage(data.identity.preferredLanguage) ? data.identity.preferredLanguage : 'sv');
    return { kind: 'html' as const, body: renderDataExport(data, language), filename: `kitt-data-export-${day}.html` };
  }
  return { kind: 'json' as const, body: data, filename: `kitt-data-export-${day}.json` };
}

interface RuleRow {
  id: string;
  category: string;
  months: number;
  updated_at: string;
  updated_by_user_id: string | null;
}

async function storedRules(ex: Db | Parameters<Parameters<Db['transaction']>[0]>[0], tenantId: string) {
  const found = await rows<RuleRow>(
    ex,
    sql`select id, category, months, updated_at, updated_by_user_id from retention_rules where tenant_id = ${tenantId}`,
  );
  return new Map(found.map((r) => [r.category, r]));
}

/** The tenant's rules, one per category; a category without a stored rule shows its default. */
export async function listRetentionRules(db: Db, actor: Actor) {
  const stored = await storedRules(db, actor.tenantId);
  return {
    items: RETENTION_CATEGORIES.map((category) => {
      const rule = stored.get(category);
      return {
        category,
        id: rule?.id ?? null,
        months: rule?.months ?? DEFAULT_RETENTION_MONTHS[category],
        defaultMonths: DEFAULT_RETENTION_MONTHS[category],
        // The job writes the defaults down unchanged; only an administrator's change has a time to show.
        updatedAt: rule?.updated_by_user_id ? new Date(rule.updated_at).toISOString() : null,
      };
    }),
  };
}

/**
 * Sets one category's period. Refused (400, details `audit_shorter_than_data`) when the audit trail would be kept
 * shorter than a category it documents. The change is audited on the tenant's chain.
 */
export async function updateRetentionRule(db: Db, actor: Actor, category: RetentionCategory, months: number) {
  await db.transaction(async (tx) => {
    const stored = await storedRules(tx, actor.tenantId);
    const next = Object.fromEntries(
      RETENTION_CATEGORIES.map((c) => [c, c === category ? months : (stored.get(c)?.months ?? DEFAULT_RETENTION_MONTHS[c])]),
    ) as Record<RetentionCategory, number>;
    const problem = rulesProblem(next);
    if (problem)
      throw invalid([{ path: '/months', keyword: problem, message: 'the audit trail must be kept at least as long as every category' }]);
    const [rule] = await rows<{ id: string }>(
      tx,
      sql`insert into retention_rules (tenant_id, category, months, updated_by_user_id, updated_at)
          values (${actor.tenantId}, ${category}, ${months}, ${actor.userId}, now())
          on conflict (tenant_id, category) do update
            set months = excluded.months, updated_by_user_id = excluded.updated_by_user_id, updated_at = now()
          returning id`,
    );
    await audit(tx, actor, [
      {
        participantId: null,
        category: 'retention',
        action: 'update',
        grant: 'administrator',
        resourceType: 'retention_rule',
        resourceId: rule!.id,
      },
    ]);
  });
  const { items } = await listRetentionRules(db, actor);
  return items.find((r) => r.category === category)!;
}

/** The removals the job made in the tenant, newest first; ids and counts only, never what was removed. */
export async function listRetentionLog(db: Db, actor: Actor, query: Static<typeof RetentionLogQuery>) {
  const limit = query.limit ?? limits.pageSizeDefault;
  const offset = query.offset ?? 0;
  const found = await rows<Record<string, any>>(
    db,
    sql`select id, at, category, table_name, action, row_count, rule_id, rule_months, last_engagement_end::text as last_end
        from retention_log where tenant_id = ${actor.tenantId} order by at desc, id limit ${limit} offset ${offset}`,
  );
  const [total] = await rows<{ n: number }>(db, sql`select count(*)::int as n from retention_log where tenant_id = ${actor.tenantId}`);
  return {
    items: found.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      category: r.category,
      table: r.table_name,
      action: r.action,
      rows: r.row_count,
      ruleId: r.rule_id,
      ruleMonths: r.rule_months,
      lastEngagementEnd: r.last_end,
    })),
    total: total?.n ?? 0,
  };
}
