import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { currentTime } from '../../lib/dates.ts';
import { EXPORT_FORMAT, type DataExportData } from './schema.ts';

type Row = Record<string, any>;

const iso = (value: string | null | undefined) => (value === null || value === undefined ? null : new Date(value).toISOString());
const isoNow = (value: string) => new Date(value).toISOString();
/** The person wrote it when no organisation did; staff are named by organisation only, never by name or id. */
const by = (organisation: string | null, participant = organisation === null) => ({ participant, organisation });

/** The organisation's name joined on `alias.id = column`. */
const orgName = (column: string) => sql.raw(`(select o.name from organisations o where o.tenant_id = x.tenant_id and o.id = x.${column})`);

/** All rows of `table` about the participant, ordered, with the named organisation columns resolved. */
function about(ex: Executor, tenantId: string, participantId: string, table: string, order: string, orgColumns: string[] = []) {
  const names = orgColumns.map((c) => sql`, ${orgName(c)} as ${sql.raw(`"${c}_name"`)}`);
  return rows<Row>(
    ex,
    sql`select x.*${sql.join(names, sql``)} from ${sql.raw(table)} x
        where x.tenant_id = ${tenantId} and x.participant_id = ${participantId} order by ${sql.raw(order)}`,
  );
}

/**
 * Everything Kitt holds about one participant, read in the caller's transaction after the access decision; null when
 * the participant does not exist in the tenant. Tables are listed in gdpr/coverage.ts, which a test checks.
 */
export async function loadDataExport(ex: Executor, tenantId: string, participantId: string): Promise<DataExportData | null> {
  const [p] = await rows<Row>(
    ex,
    sql`select x.*, ${orgName('created_by_organisation_id')} as registered_by from participants x
        where x.tenant_id = ${tenantId} and x.id = ${participantId}`,
  );
  if (!p) return null;
  const q = (table: string, order: string, orgColumns?: string[]) => about(ex, tenantId, participantId, table, order, orgColumns);

  const accounts = await rows<Row>(
    ex,
    sql`select email, active, created_at from users where tenant_id = ${tenantId} and participant_id = ${participantId} order by created_at`,
  );
  const engagements = await q('engagements', 'x.start_date, x.created_at', ['organisation_id']);
  const consents = await q('consents', 'x.given_at', ['organisation_id', 'recorded_by_organisation_id']);
  const [joint] = await q('joint_intakes', 'x.participant_id');
  const meetings = await q('intake_meetings', 'x.date, x.start_time', ['booked_by_organisation_id']);
  const invitations = await q('intake_invitations', 'x.meeting_id', ['organisation_id']);
  const sections = await q('intake_sections', 'x.kind', ['written_by_organisation_id']);
  const sectionVersions = await q('intake_section_versions', 'x.kind, x.version', ['written_by_organisation_id']);
  const circumstanceRows = await q('circumstances', 'x.from_date, x.created_at', ['recorded_by_organisation_id']);
  const [plan] = await q('plans', 'x.participant_id');
  const goals = await q('goals', 'x.created_at', ['written_by_organisation_id']);
  const goalVersions = await q('goal_versions', 'x.goal_id, x.version', ['changed_by_organisation_id']);
  const activities = await q('activities', 'x.start_date, x.created_at', ['owner_organisation_id']);
  const activityVersions = await q('activity_versions', 'x.activity_id, x.version', ['changed_by_organisation_id']);
  const acknowledgements = await q('warning_acknowledgements', 'x.at', ['by_organisation_id']);
  const progression = await q('progression_entries', 'x.start_date, x.recorded_at', ['source_organisation_id']);
  const referralRows = await q('referrals', 'x.created_at', ['from_organisation_id', 'to_organisation_id']);
  const referralEventRows = await q('referral_events', 'x.at', ['by_organisation_id']);
  const participationRows = await rows<Row>(
    ex,
    sql`select x.*, ${orgName('organisation_id')} as organisation_name,
          (select i.name from interventions i where i.tenant_id = x.tenant_id and i.id = x.intervention_id) as intervention_name
        from participations x where x.tenant_id = ${tenantId} and x.participant_id = ${participantId} order by x.start_date, x.created_at`,
  );
  const followUpRows = await q('follow_ups', 'x.days_after_end');
  const situation = (occupation: string | null, incomeSources: string[] | null, extentPercent: number | null) =>
    occupation === null ? null : { occupation, incomeSources: incomeSources ?? [], extentPercent };
  const threads = await rows<Row>(
    ex,
    sql`select x.*, coalesce((select json_agg(o.name order by o.name) from thread_organisations t
          join organisations o on o.tenant_id = t.tenant_id and o.id = t.organisation_id
          where t.tenant_id = x.tenant_id and t.thread_id = x.id), '[]') as organisation_names
        from message_threads x
        where x.tenant_id = ${tenantId} and x.participant_id = ${participantId} and x.kind = 'with_participant'
        order by x.created_at`,
  );
  const [{ count: threadsBetweenOrganisations }] = (await rows<{ count: number }>(
    ex,
    sql`select count(*)::int as count from message_threads
        where tenant_id = ${tenantId} and participant_id = ${participantId} and kind <> 'with_participant'`,
  )) as [{ count: number }];
  const messages = await rows<Row>(
    ex,
    sql`select x.*, ${orgName('author_organisation_id')} as author_organisation_id_name from messages x
        join message_threads t on t.tenant_id = x.tenant_id and t.id = x.thread_id and t.kind = 'with_participant'
        where x.tenant_id = ${tenantId} and x.participant_id = ${participantId} order by x.created_at`,
  );
  const accessLog = await rows<Row>(
    ex,
    sql`select x.at, x.actor_role, x.category, x.action, x."grant", x.resource_type,
          ${orgName('actor_organisation_id')} as organisation
        from audit_events x where x.tenant_id = ${tenantId} and x.participant_id = ${participantId} order by x.at, x.seq`,
  );
  const removals = await q('retention_log', 'x.at, x.category, x.table_name');

  return {
    format: EXPORT_FORMAT,
    generatedAt: currentTime().toISOString(),
    participantId,
    identity: {
      givenName: p.given_name,
      familyName: p.family_name,
      idKind: p.id_kind,
      personalNumber: p.personal_number,
      birthDate: p.birth_date,
      protectedIdentity: p.protected_identity,
      preferredLanguage: p.preferred_language,
      interpreterNeeded: p.interpreter_needed,
      registeredBy: p.registered_by,
      registeredAt: isoNow(p.created_at),
    },
    contact: { phone: p.phone, email: p.email, address: p.address },
    accounts: accounts.map((a) => ({ email: a.email, active: a.active, createdAt: isoNow(a.created_at) })),
    engagements: engagements.map((e) => ({
      organisation: e.organisation_id_name,
      startDate: e.start_date,
      endDate: e.end_date,
      responsibleCaseworkerNamed: e.caseworker_user_id !== null,
    })),
    consents: consents.map((c) => ({
      organisation: c.organisation_id_name,
      category: c.category,
      validFrom: c.valid_from,
      validTo: c.valid_to,
      method: c.method,
      documentDate: c.document_date,
      recordedBy: by(c.recorded_by_organisation_id_name, c.recorded_by_organisation_id === null),
      givenAt: isoNow(c.given_at),
      withdrawnAt: iso(c.withdrawn_at),
    })),
    intake: {
      circumstances: circumstanceRows.map((c) => ({
        kind: c.kind,
        fromDate: c.from_date,
        toDate: c.to_date,
        recordedBy: c.recorded_by_organisation_id_name,
        recordedAt: isoNow(c.created_at),
      })),
      housingDate: joint?.housing_date ?? null,
      meetings: meetings.map((m) => ({
        date: m.date,
        startTime: String(m.start_time).slice(0, 5),
        endTime: String(m.end_time).slice(0, 5),
        place: m.place,
        interpreterLanguage: m.interpreter_language,
        interpreterBooked: m.interpreter_booked,
        status: m.status,
        cancelReason: m.cancel_reason,
        bookedBy: m.booked_by_organisation_id_name,
        createdAt: isoNow(m.created_at),
        invitations: invitations
          .filter((i) => i.meeting_id === m.id)
          .map((i) => ({ organisation: i.organisation_id_name, answer: i.answer, answeredAt: iso(i.answered_at) })),
      })),
      sections: sections.map((s) => ({
        kind: s.kind,
        content: s.content,
        writtenBy: by(s.written_by_organisation_id_name, s.written_by_participant),
        writtenAt: isoNow(s.written_at),
        version: s.version,
        versions: sectionVersions
          .filter((v) => v.kind === s.kind)
          .map((v) => ({
            version: v.version,
            writtenBy: by(v.written_by_organisation_id_name, v.written_by_participant),
            writtenAt: isoNow(v.written_at),
          })),
      })),
    },
    plan: {
      fullTimeHours: plan ? Number(plan.full_time_hours) : null,
      updatedAt: iso(plan?.updated_at),
      goals: goals.map((g) => ({
        id: g.id,
        text: g.text,
        language: g.language,
        status: g.status,
        writtenBy: by(g.written_by_organisation_id_name, g.written_by_participant),
        createdAt: isoNow(g.created_at),
        updatedAt: isoNow(g.updated_at),
        versions: goalVersions
          .filter((v) => v.goal_id === g.id)
          .map((v) => ({
            version: v.version,
            changedBy: by(v.changed_by_organisation_id_name, v.changed_by_organisation_id === null),
            changedAt: isoNow(v.changed_at),
            text: v.text,
            language: v.language,
            status: v.status,
          })),
      })),
      activities: activities.map((a) => ({
        kind: a.kind,
        title: a.title,
        description: a.description,
        owner: a.owner_organisation_id_name,
        status: a.status,
        cancelReason: a.cancel_reason,
        startDate: a.start_date,
        endDate: a.end_date,
        schedule: a.schedule,
        place: a.place,
        goalId: a.goal_id,
        agreed: a.agreed,
        createdAt: isoNow(a.created_at),
        updatedAt: isoNow(a.updated_at),
        versions: activityVersions
          .filter((v) => v.activity_id === a.id)
          .map((v) => ({
            version: v.version,
            changedBy: by(v.changed_by_organisation_id_name, v.changed_by_organisation_id === null),
            changedAt: isoNow(v.changed_at),
            changedFields: v.changed_fields,
          })),
      })),
    },
    acknowledgements: acknowledgements.map((w) => ({
      warningKey: w.warning_key,
      reason: w.reason,
      by: by(w.by_organisation_id_name, w.by_organisation_id === null),
      at: isoNow(w.at),
    })),
    participations: participationRows.map((p) => ({
      intervention: p.intervention_name,
      organisation: p.organisation_name,
      startDate: p.start_date,
      endDate: p.end_date,
      gender: p.gender,
      ageAtStart: p.age_at_start,
      timeInSupport: p.time_in_support,
      educationLevel: p.education_level,
      start: situation(p.start_occupation, p.start_income_sources, p.start_extent_percent)!,
      endReason: p.end_reason,
      end: situation(p.end_occupation, p.end_income_sources, p.end_extent_percent),
      followUps: followUpRows
        .filter((f) => f.participation_id === p.id)
        .map((f) => ({
          daysAfterEnd: f.days_after_end,
          dueDate: f.due_date,
          recordedAt: iso(f.recorded_at),
          notReachable: f.not_reachable,
          situation: situation(f.occupation, f.income_sources, f.extent_percent),
        })),
    })),
    referrals: referralRows.map((r) => ({
      from: r.from_organisation_id_name,
      to: r.to_organisation_id_name,
      state: r.state,
      sharedCategories: r.shared_categories,
      note: r.note,
      declineReason: r.decline_reason,
      sentAt: iso(r.sent_at),
      answerBy: r.answer_by,
      events: referralEventRows
        .filter((e) => e.referral_id === r.id)
        .map((e) => ({ from: e.from_state, to: e.to_state, by: e.by_organisation_id_name, reason: e.reason, at: isoNow(e.at) })),
    })),
    progression: progression.map((e) => ({
      kind: e.kind,
      sfiLevel: e.sfi_level,
      studyPath: e.study_path,
      result: e.result,
      title: e.title,
      note: e.note,
      startDate: e.start_date,
      endDate: e.end_date,
      organisation: e.source_organisation_id_name,
      recordedAt: isoNow(e.recorded_at),
    })),
    messages: {
      threads: threads.map((t) => ({
        subject: t.subject,
        organisations: t.organisation_names,
        createdAt: isoNow(t.created_at),
        doneAt: iso(t.done_at),
        messages: messages
          .filter((m) => m.thread_id === t.id)
          .map((m) => ({
            writtenBy: by(m.author_organisation_id_name, m.author_organisation_id === null),
            body: m.body,
            language: m.language,
            isQuestion: m.is_question,
            answeredAt: iso(m.answered_at),
            createdAt: isoNow(m.created_at),
          })),
      })),
      threadsBetweenOrganisations,
    },
    notifications: await ownNotifications(ex, tenantId, participantId),
    accessLog: accessLog.map((a) => ({
      at: isoNow(a.at),
      organisation: a.organisation,
      role: a.actor_role,
      category: a.category,
      action: a.action,
      grant: a.grant,
      resourceType: a.resource_type,
    })),
    removals: removals.map((r) => ({
      at: isoNow(r.at),
      category: r.category,
      table: r.table_name,
      action: r.action,
      rows: r.row_count,
      ruleMonths: r.rule_months,
    })),
  };
}

/**
 * The in-app notifications of the person's own account, when the notifications module has its table: each holds
 * only a kind and a link, so the rows are given as stored, without ids of other users.
 */
async function ownNotifications(ex: Executor, tenantId: string, participantId: string): Promise<Record<string, unknown>[]> {
  const [table] = await rows<{ present: boolean }>(
    ex,
    sql`select exists (select 1 from information_schema.columns
          where table_schema = current_schema() and table_name = 'notifications' and column_name = 'user_id') as present`,
  );
  if (!table?.present) return [];
  const found = await rows<{ row: Record<string, unknown> }>(
    ex,
    sql`select to_jsonb(n) - 'tenant_id' - 'user_id' - 'caused_by_user_id' - 'actor_user_id' as row from notifications n
        where n.tenant_id = ${tenantId}
          and n.user_id in (select id from users where tenant_id = ${tenantId} and participant_id = ${participantId})`,
  );
  return found.map((f) => f.row);
}
