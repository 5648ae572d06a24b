import { and, asc, desc, eq } from 'drizzle-orm';
import { DEFAULT_FULL_TIME_HOURS } from '../../../common/plan.ts';
import type { Executor } from '../../db/client.ts';
import { activities, plans } from '../plan/tables.ts';
import { progressionEntries } from '../progression/tables.ts';
import { personFacts, type PersonFacts } from '../progression/facts.ts';
import { organisations } from '../tenants/tables.ts';
import { users } from '../users/tables.ts';
import type { CalendarActivity } from './occurrences.ts';
import { warningAcknowledgements } from './tables.ts';

export interface LoadedActivity extends CalendarActivity {
  ownerOrganisationName: string | null;
}

/** Everything the calendar rules need about one person: the plan's activities, full time and progression facts. */
export interface CalendarInputs {
  activities: LoadedActivity[];
  fullTimeHours: number;
  facts: PersonFacts;
}

/** The columns of an activity the calendar rules read; the worklist loads several people's with the same. */
export const CALENDAR_ACTIVITY_COLUMNS = {
  id: activities.id,
  kind: activities.kind,
  title: activities.title,
  status: activities.status,
  startDate: activities.startDate,
  endDate: activities.endDate,
  schedule: activities.schedule,
  prerequisites: activities.prerequisites,
};

/** Loads the calendar's inputs in the caller's transaction; the caller has checked access. */
export async function loadCalendarInputs(ex: Executor, tenantId: string, participantId: string, today: string): Promise<CalendarInputs> {
  const found = await ex
    .select({ ...CALENDAR_ACTIVITY_COLUMNS, ownerOrganisationName: organisations.name })
    .from(activities)
    .leftJoin(organisations, and(eq(organisations.tenantId, activities.tenantId), eq(organisations.id, activities.ownerOrganisationId)))
    .where(and(eq(activities.tenantId, tenantId), eq(activities.participantId, participantId)))
    .orderBy(asc(activities.startDate), asc(activities.id));
  const [plan] = await ex
    .select({ fullTimeHours: plans.fullTimeHours })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), eq(plans.participantId, participantId)));
  const entries = await ex
    .select({
      kind: progressionEntries.kind,
      sfiLevel: progressionEntries.sfiLevel,
      result: progressionEntries.result,
      startDate: progressionEntries.startDate,
    })
    .from(progressionEntries)
    .where(and(eq(progressionEntries.tenantId, tenantId), eq(progressionEntries.participantId, participantId)));
  return {
    activities: found,
    fullTimeHours: plan ? Number(plan.fullTimeHours) : DEFAULT_FULL_TIME_HOURS,
    facts: personFacts(entries, today),
  };
}

export interface Acknowledgement {
  key: string;
  reason: string;
  byName: string | null;
  byOrganisationName: string | null;
  at: string;
}

const acknowledgementColumns = {
  key: warningAcknowledgements.warningKey,
  reason: warningAcknowledgements.reason,
  byName: users.displayName,
  byOrganisationName: organisations.name,
  at: warningAcknowledgements.at,
};

function acknowledgementQuery(ex: Executor, tenantId: string) {
  return ex
    .select(acknowledgementColumns)
    .from(warningAcknowledgements)
    .leftJoin(users, and(eq(users.tenantId, warningAcknowledgements.tenantId), eq(users.id, warningAcknowledgements.byUserId)))
    .leftJoin(
      organisations,
      and(eq(organisations.tenantId, warningAcknowledgements.tenantId), eq(organisations.id, warningAcknowledgements.byOrganisationId)),
    )
    .$dynamic();
}

/** The latest acknowledgement of each warning key of the person; an acknowledgement made again replaces the older. */
export async function loadAcknowledgements(ex: Executor, tenantId: string, participantId: string): Promise<Map<string, Acknowledgement>> {
  const found = await acknowledgementQuery(ex, tenantId)
    .where(and(eq(warningAcknowledgements.tenantId, tenantId), eq(warningAcknowledgements.participantId, participantId)))
    .orderBy(desc(warningAcknowledgements.at), desc(warningAcknowledgements.id));
  const latest = new Map<string, Acknowledgement>();
  for (const a of found) if (!latest.has(a.key)) latest.set(a.key, a);
  return latest;
}

export async function loadAcknowledgement(ex: Executor, tenantId: string, id: string): Promise<Acknowledgement> {
  const [found] = await acknowledgementQuery(ex, tenantId).where(
    and(eq(warningAcknowledgements.tenantId, tenantId), eq(warningAcknowledgements.id, id)),
  );
  return found!;
}
