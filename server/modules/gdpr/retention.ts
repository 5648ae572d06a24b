import { sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import {
  DEFAULT_RETENTION_MONTHS,
  expiredCategories,
  lastEngagementEnd,
  RETENTION_CATEGORIES,
  type EngagementPeriod,
  type RetentionCategory,
} from './policy.ts';

/** One removal: a statement over the participant's rows of one table, returning how many rows it touched. */
interface Step {
  table: string;
  action: 'deleted' | 'anonymised';
  run: (tenantId: string, participantId: string) => SQL;
}

const del = (table: string, where: (tenantId: string, participantId: string) => SQL): Step => ({
  table,
  action: 'deleted',
  run: (t, p) => sql`with gone as (delete from ${sql.raw(table)} where ${where(t, p)} returning 1) select count(*)::int as n from gone`,
});
const own = (t: string, p: string) => sql`tenant_id = ${t} and participant_id = ${p}`;
const ownThreads = (t: string, p: string) => sql`select id from message_threads where tenant_id = ${t} and participant_id = ${p}`;

/** What the audit row of a removal names, so the person's access log says what Kitt removed. */
const RESOURCE: Record<RetentionCategory, string> = {
  messages: 'message_threads',
  health: 'intake_section',
  intake: 'intake',
  plan: 'plan',
  progression: 'progression',
  identity: 'participant',
  audit: 'access_log',
};

/**
 * Per category, its tables in foreign-key-safe order (children first). Identity is anonymised, not deleted: the
 * participant row is what engagements, consents and audit rows name. The audit category goes last and removes the
 * whole audit chain with its head (so the remaining chains still verify), the consents and engagements the rows'
 * grants rest on, and finally the empty, anonymised participant row.
 */
export const RETENTION_STEPS: Record<RetentionCategory, Step[]> = {
  messages: [
    del('message_reads', (t, p) => sql`tenant_id = ${t} and message_id in (select id from messages where ${own(t, p)})`),
    del('messages', own),
    del('thread_organisations', (t, p) => sql`tenant_id = ${t} and thread_id in (${ownThreads(t, p)})`),
    del('message_threads', own),
  ],
  health: [
    del('intake_section_versions', (t, p) => sql`${own(t, p)} and kind = 'health'`),
    del('intake_sections', (t, p) => sql`${own(t, p)} and kind = 'health'`),
  ],
  intake: [
    del('intake_invitations', own),
    del('intake_meetings', own),
    del('intake_section_versions', (t, p) => sql`${own(t, p)} and kind <> 'health'`),
    del('intake_sections', (t, p) => sql`${own(t, p)} and kind <> 'health'`),
    del('joint_intakes', own),
    del('circumstances', own),
  ],
  plan: [
    del('referral_events', own),
    del('referrals', own),
    del('activity_versions', own),
    del('activities', own),
    del('goal_versions', own),
    del('goals', own),
    del('plans', own),
    del('warning_acknowledgements', own),
  ],
  progression: [del('follow_ups', own), del('participations', own), del('progression_entries', own)],
  identity: [
    {
      table: 'participants',
      action: 'anonymised',
      run: (t, p) => sql`with changed as (
          update participants set given_name = '–', family_name = '–', personal_number = null, birth_date = null,
            preferred_language = null, interpreter_needed = false, phone = null, email = null, address = null,
            version = version + 1
          where tenant_id = ${t} and id = ${p}
            and (given_name <> '–' or family_name <> '–' or personal_number is not null or birth_date is not null
                 or phone is not null or email is not null or address is not null or preferred_language is not null)
          returning 1) select count(*)::int as n from changed`,
    },
    del('sessions', (t, p) => sql`tenant_id = ${t} and user_id in (select id from users where ${own(t, p)})`),
    del('login_emails', (t, p) => sql`tenant_id = ${t} and user_id in (select id from users where ${own(t, p)})`),
    // The closed account's notifications, settings and queued e-mail (which holds its address) go with it.
    ...(['notifications', 'notification_preferences', 'notification_languages', 'email_outbox'] as const).map((table) =>
      del(table, (t, p) => sql`tenant_id = ${t} and user_id in (select id from users where ${own(t, p)})`),
    ),
    {
      table: 'users',
      action: 'anonymised',
      // The account row stays (other rows may name its id), closed and without the address it signed in with.
      run: (t, p) => sql`with changed as (
          update users set email = 'removed-' || id || '@invalid', display_name = '–', active = false, password_hash = '!'
          where ${own(t, p)} and (active or display_name <> '–') returning 1) select count(*)::int as n from changed`,
    },
  ],
  audit: [
    del('audit_events', (t, p) => sql`tenant_id = ${t} and chain_key = ${p}`),
    del('audit_heads', (t, p) => sql`tenant_id = ${t} and chain_key = ${p}`),
    del('consents', own),
    del('engagements', own),
    del('participants', (t, p) => sql`tenant_id = ${t} and id = ${p}`),
  ],
};

export interface RetentionRun {
  participants: number;
  removals: number;
  /** Participants whose removal failed and was rolled back; tried again at the next run. */
  failures: number;
}

/** Writes the defaults down for categories the tenant has no rule for, and returns the tenant's rules. */
export async function ensureRules(ex: Executor, tenantId: string) {
  for (const category of RETENTION_CATEGORIES) {
    await ex.execute(sql`insert into retention_rules (tenant_id, category, months)
      values (${tenantId}, ${category}, ${DEFAULT_RETENTION_MONTHS[category]}) on conflict (tenant_id, category) do nothing`);
  }
  const found = await rows<{ id: string; category: RetentionCategory; months: number }>(
    ex,
    sql`select id, category, months from retention_rules where tenant_id = ${tenantId}`,
  );
  return new Map(found.map((r) => [r.category, r]));
}

/** Kitt itself, as the actor of the audit rows the job writes: no user, organisation or role. */
const systemActor = (tenantId: string) =>
  ({ tenantId, userId: null, organisationId: null, roles: [], requestId: 'retention' }) as unknown as Actor;

/**
 * Removes what has passed its retention period, for every tenant: for each participant whose last engagement ended
 * long enough ago and who has none running, the expired categories in one transaction, with a retention_log row per
 * table touched (never the content) and an audit row per category in the person's chain.
 */
export async function runRetention(db: Db, today: string = todayInSweden()): Promise<RetentionRun> {
  const result: RetentionRun = { participants: 0, removals: 0, failures: 0 };
  const tenants = await rows<{ id: string }>(db, sql`select id from tenants order by id`);
  for (const { id: tenantId } of tenants) {
    const rules = await ensureRules(db, tenantId);
    const months = Object.fromEntries(RETENTION_CATEGORIES.map((c) => [c, rules.get(c)!.months])) as Record<RetentionCategory, number>;
    const shortest = Math.min(...Object.values(months));
    // Candidates (a few days' slack for month ends): every engagement ended before today; policy.ts decides per person.
    const candidates = await rows<{ participant_id: string }>(
      db,
      sql`select participant_id from engagements where tenant_id = ${tenantId} group by participant_id
          having bool_and(end_date is not null and end_date < ${today}::date and start_date < ${today}::date)
             and max(end_date) < (${today}::date - make_interval(months => ${shortest}))::date + 3`,
    );
    for (const { participant_id: participantId } of candidates) {
      const removed = await db
        .transaction(async (tx) => {
          // Decided again inside the transaction. Locking the participant's row holds off a new engagement (its foreign
          // key check waits on this lock) until the decision is made, so a person who starts again keeps their data.
          await tx.execute(sql`select 1 from participants where tenant_id = ${tenantId} and id = ${participantId} for update`);
          const engagements = await rows<EngagementPeriod>(
            tx,
            sql`select start_date::text as "startDate", end_date::text as "endDate" from engagements
              where tenant_id = ${tenantId} and participant_id = ${participantId} for update`,
          );
          const lastEnd = lastEngagementEnd(engagements, today);
          let count = 0;
          for (const category of expiredCategories(lastEnd, months, today)) {
            const rule = rules.get(category)!;
            const logged: string[] = [];
            for (const step of RETENTION_STEPS[category]) {
              const [{ n }] = (await rows<{ n: number }>(tx, step.run(tenantId, participantId))) as [{ n: number }];
              if (n === 0) continue;
              logged.push(step.table);
              await tx.execute(sql`insert into retention_log
                (tenant_id, participant_id, category, table_name, action, row_count, rule_id, rule_months, last_engagement_end)
                values (${tenantId}, ${participantId}, ${category}, ${step.table}, ${step.action}, ${n}, ${rule.id}, ${rule.months}, ${lastEnd})`);
              count++;
            }
            // The audit category removes the chain itself; every other removal is written into it.
            if (logged.length > 0 && category !== 'audit') {
              await audit(tx, systemActor(tenantId), [
                {
                  participantId,
                  category,
                  action: 'delete',
                  grant: 'retention',
                  resourceType: RESOURCE[category],
                  resourceId: participantId,
                },
              ]);
            }
          }
          return count;
        })
        // One person's failure (e.g. a table retention does not know yet) must not stop retention for everyone else.
        .catch(() => {
          result.failures++;
          return 0;
        });
      if (removed > 0) result.participants++;
      result.removals += removed;
    }
  }
  return result;
}
