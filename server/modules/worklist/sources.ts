import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  DEFAULT_FULL_TIME_HOURS,
  type ActivityKind,
  type ActivityStatus,
  type Prerequisites,
  type Schedule,
} from '../../../common/plan.ts';
import type { Executor } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { readableParticipantsSql } from '../../lib/access/filters.ts';
import type { Actor } from '../../lib/actor.ts';
import { addDays } from '../calendar/weeks.ts';
import type { CalendarActivity } from '../calendar/occurrences.ts';
import { warningAcknowledgements } from '../calendar/tables.ts';
import { INTAKE_WINDOW_CLOSES_AFTER_DAYS, INTAKE_WINDOW_OPENS_AFTER_DAYS } from '../../../common/intake.ts';
import { CONSENT_EXPIRING_SOON_DAYS } from '../participants/policy.ts';
import { activities, plans } from '../plan/tables.ts';
import { personFacts, type PersonFacts } from '../progression/facts.ts';
import { progressionEntries } from '../progression/tables.ts';
import { organisations } from '../tenants/tables.ts';
import { ACTIVITY_ENDING_DAYS, WINDOW_CLOSED_SHOWN_DAYS, type WorklistScope } from './rules.ts';
import { CALENDAR_ACTIVITY_COLUMNS } from '../calendar/load.ts';

/**
 * The worklist's reads, each one statement over `participants` filtered by the list machinery: the scope (the
 * organisation's running engagement, and in `mine` the user as responsible caseworker) and readableParticipantsSql
 * for the category the item shows. The service has the last word with decideRead, and audits what it shows.
 */

export function scopeSql(actor: Actor, scope: WorklistScope, today: string): SQL {
  if (actor.organisationId === null) return sql`false`;
  const mine = scope === 'mine' ? sql`and e.caseworker_user_id = ${actor.userId}` : sql``;
  return sql`exists (select 1 from engagements e where e.tenant_id = participants.tenant_id and e.participant_id = participants.id
    and e.organisation_id = ${actor.organisationId} ${mine} and e.start_date <= ${today} and (e.end_date is null or e.end_date >= ${today}))`;
}

/** The participants of the scope (the user's own when `mine`), for filtering what another module returns. */
export async function participantsInScope(ex: Executor, actor: Actor, scope: WorklistScope, today: string): Promise<Set<string>> {
  const found = await rows<{ id: string }>(
    ex,
    sql`select participants.id from participants where participants.tenant_id = ${actor.tenantId} and ${scopeSql(actor, scope, today)}`,
  );
  return new Set(found.map((r) => r.id));
}

export interface IntakeMeetingRow {
  id: string;
  participant_id: string;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  answer: 'pending' | 'accepted' | 'declined' | null;
}

/**
 * Booked joint-intake meetings from today to `to` that the organisation booked or is invited to. In `organisation`
 * scope an invitation shows even for a person the organisation does not know yet (as the intake overview does);
 * in `mine` only meetings of the user's own participants.
 */
export function intakeMeetingsBetween(ex: Executor, actor: Actor, scope: WorklistScope, today: string, to: string) {
  const org = actor.organisationId;
  const inScope = scope === 'mine' ? scopeSql(actor, scope, today) : sql`true`;
  return rows<IntakeMeetingRow>(
    ex,
    sql`select m.id, m.participant_id, m.date::text as date, m.start_time::text as start_time, m.end_time::text as end_time,
        m.place, i.answer
      from intake_meetings m
      join participants on participants.tenant_id = m.tenant_id and participants.id = m.participant_id
      left join intake_invitations i on i.tenant_id = m.tenant_id and i.meeting_id = m.id and i.organisation_id = ${org}
      where m.tenant_id = ${actor.tenantId} and m.status = 'booked' and m.date between ${today} and ${to}
        and (i.organisation_id is not null or m.booked_by_organisation_id = ${org}) and ${inScope}
      order by m.date, m.start_time, m.id`,
  );
}

export interface ActivityRow {
  id: string;
  participant_id: string;
  kind: ActivityKind;
  title: string;
  status: ActivityStatus;
  start_date: string;
  end_date: string | null;
  schedule: Schedule;
  place: string | null;
  prerequisites: Prerequisites | null;
}

const activityColumns = sql`a.id, a.participant_id, a.kind, a.title, a.status, a.start_date::text as start_date,
  a.end_date::text as end_date, a.schedule, a.place, a.prerequisites`;

/** Meetings in the plans of the scope's people from today to `to`: one-off occasions, and recurring `meeting`s. */
export function activityMeetingsBetween(ex: Executor, actor: Actor, scope: WorklistScope, today: string, to: string) {
  return rows<ActivityRow>(
    ex,
    sql`select ${activityColumns} from activities a
      join participants on participants.tenant_id = a.tenant_id and participants.id = a.participant_id
      where a.tenant_id = ${actor.tenantId} and a.status not in ('done', 'cancelled')
        and ((a.schedule->>'kind' = 'once' and a.schedule->>'date' between ${today} and ${to})
          or (a.kind = 'meeting' and a.schedule->>'kind' = 'recurring' and a.start_date <= ${to}
            and (a.end_date is null or a.end_date >= ${today})))
        and ${scopeSql(actor, scope, today)} and ${readableParticipantsSql(actor, 'plan', today)}
      order by a.id`,
  );
}

/** Running activities owned by the organisation whose last day is within ACTIVITY_ENDING_DAYS (one-off occasions not). */
export function activitiesEnding(ex: Executor, actor: Actor, scope: WorklistScope, today: string) {
  return rows<ActivityRow>(
    ex,
    sql`select ${activityColumns} from activities a
      join participants on participants.tenant_id = a.tenant_id and participants.id = a.participant_id
      where a.tenant_id = ${actor.tenantId} and a.owner_organisation_id = ${actor.organisationId}
        and a.status not in ('done', 'cancelled') and a.schedule->>'kind' <> 'once' and a.end_date between ${today} and ${addDays(today, ACTIVITY_ENDING_DAYS)}
        and ${scopeSql(actor, scope, today)} and ${readableParticipantsSql(actor, 'plan', today)}
      order by a.end_date, a.id`,
  );
}

/** Joint intakes whose window is open, or closed within WINDOW_CLOSED_SHOWN_DAYS, with whether a meeting is booked or held. */
export function intakesInWindow(ex: Executor, actor: Actor, scope: WorklistScope, today: string) {
  return rows<{ participant_id: string; housing_date: string; has_meeting: boolean }>(
    ex,
    sql`select ji.participant_id, ji.housing_date::text as housing_date,
        exists (select 1 from intake_meetings m where m.tenant_id = ji.tenant_id and m.participant_id = ji.participant_id
          and m.status <> 'cancelled') as has_meeting
      from joint_intakes ji
      join participants on participants.tenant_id = ji.tenant_id and participants.id = ji.participant_id
      where ji.tenant_id = ${actor.tenantId}
        and ji.housing_date between ${addDays(today, -INTAKE_WINDOW_CLOSES_AFTER_DAYS - WINDOW_CLOSED_SHOWN_DAYS)}
          and ${addDays(today, -INTAKE_WINDOW_OPENS_AFTER_DAYS)}
        and ${scopeSql(actor, scope, today)} and ${readableParticipantsSql(actor, 'intake', today)}
      order by ji.housing_date, ji.participant_id`,
  );
}

/** The organisation's own active consents ending within CONSENT_EXPIRING_SOON_DAYS, for people whose identity it may see. */
export function consentsEnding(ex: Executor, actor: Actor, scope: WorklistScope, today: string) {
  return rows<{ participant_id: string; category: string; valid_from: string; valid_to: string; withdrawn_at: string | null }>(
    ex,
    sql`select c.participant_id, c.category, c.valid_from::text as valid_from, c.valid_to::text as valid_to,
        c.withdrawn_at::text as withdrawn_at
      from consents c
      join participants on participants.tenant_id = c.tenant_id and participants.id = c.participant_id
      where c.tenant_id = ${actor.tenantId} and c.organisation_id = ${actor.organisationId} and c.withdrawn_at is null
        and c.valid_from <= ${today} and c.valid_to between ${today} and ${addDays(today, CONSENT_EXPIRING_SOON_DAYS)}
        and ${scopeSql(actor, scope, today)} and ${readableParticipantsSql(actor, 'identity', today)}
      order by c.valid_to, c.participant_id, c.category`,
  );
}

/** People of the scope whose plan the actor may read and who have a running activity in the weeks looked at. */
export async function peopleWithRunningActivities(
  ex: Executor,
  actor: Actor,
  scope: WorklistScope,
  today: string,
  to: string,
  limit: number,
) {
  const found = await rows<{ id: string }>(
    ex,
    sql`select participants.id from participants
      where participants.tenant_id = ${actor.tenantId} and ${scopeSql(actor, scope, today)}
        and ${readableParticipantsSql(actor, 'plan', today)}
        and exists (select 1 from activities a where a.tenant_id = participants.tenant_id and a.participant_id = participants.id
          and a.status not in ('done', 'cancelled') and a.start_date <= ${to} and (a.end_date is null or a.end_date >= ${today}))
      order by participants.id limit ${limit}`,
  );
  return found.map((r) => r.id);
}

export interface PersonCalendar {
  activities: (CalendarActivity & { title: string })[];
  fullTimeHours: number;
  facts: PersonFacts;
  acknowledged: Set<string>;
}

/** The calendar inputs of several people in four statements (the week view loads one person's the same way). */
export async function loadCalendars(ex: Executor, tenantId: string, ids: string[], today: string): Promise<Map<string, PersonCalendar>> {
  const result = new Map<string, PersonCalendar>();
  if (ids.length === 0) return result;
  const acts = await ex
    .select({ ...CALENDAR_ACTIVITY_COLUMNS, participantId: activities.participantId })
    .from(activities)
    .where(and(eq(activities.tenantId, tenantId), inArray(activities.participantId, ids)))
    .orderBy(activities.startDate, activities.id);
  const planRows = await ex
    .select({ participantId: plans.participantId, fullTimeHours: plans.fullTimeHours })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), inArray(plans.participantId, ids)));
  const entries = await ex
    .select({
      participantId: progressionEntries.participantId,
      kind: progressionEntries.kind,
      sfiLevel: progressionEntries.sfiLevel,
      result: progressionEntries.result,
      startDate: progressionEntries.startDate,
    })
    .from(progressionEntries)
    .where(and(eq(progressionEntries.tenantId, tenantId), inArray(progressionEntries.participantId, ids)));
  const acks = await ex
    .select({ participantId: warningAcknowledgements.participantId, key: warningAcknowledgements.warningKey })
    .from(warningAcknowledgements)
    .where(and(eq(warningAcknowledgements.tenantId, tenantId), inArray(warningAcknowledgements.participantId, ids)));
  for (const id of ids)
    result.set(id, {
      activities: acts.filter((a) => a.participantId === id),
      fullTimeHours: Number(planRows.find((p) => p.participantId === id)?.fullTimeHours ?? DEFAULT_FULL_TIME_HOURS),
      facts: personFacts(
        entries.filter((e) => e.participantId === id),
        today,
      ),
      acknowledged: new Set(acks.filter((a) => a.participantId === id).map((a) => a.key)),
    });
  return result;
}

/** Names of organisations by id (not personal data). */
export async function organisationNames(ex: Executor, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await ex
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, ids)));
  return new Map(found.map((o) => [o.id, o.name]));
}
