import type { Static } from 'typebox';
import type { PlanWarning } from '../../../common/plan.ts';
import type { Db } from '../../db/client.ts';
import { decideRead } from '../../lib/access/grants.ts';
import { readParticipantData, writeParticipantData } from '../../lib/access/participant-data.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, conflict, invalid } from '../../lib/errors.ts';
import { holidayName } from './holidays.ts';
import { loadAcknowledgement, loadAcknowledgements, loadCalendarInputs, type CalendarInputs, type LoadedActivity } from './load.ts';
import { unmetPrerequisites, weekCalendar, weekOfWarningKey, type FactsView } from './rules.ts';
import type { AcknowledgeWarning } from './schema.ts';
import { warningAcknowledgements } from './tables.ts';
import { datesOfIsoWeek, isoWeekday, isoWeekOf, parseIsoWeek, shiftIsoWeek } from './weeks.ts';
import { auditProgressionLook } from './warnings.ts';

function checkWeek(week: string | undefined): void {
  if (week !== undefined && parseIsoWeek(week) === null) throw invalid([{ path: '/week', keyword: 'week', message: 'no such ISO week' }]);
}

/**
 * One week of the person's calendar across organisations, with its warnings and their acknowledgements. Read under
 * the plan's consent; a prerequisite warning tells the person's SFI level only to those who may read progression,
 * and that read of progression is audited too.
 */
export function getWeek(db: Db, actor: Actor, participantId: string, requested: string | undefined) {
  checkWeek(requested);
  return readParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'calendar_week' },
    async ({ tx, facts, today }) => {
      const week = requested ?? isoWeekOf(today);
      const progression = decideRead(actor, facts, 'progression', today);
      const inputs = await loadCalendarInputs(tx, actor.tenantId, participantId, today);
      const view = { facts: inputs.facts, progressionVisible: progression.allowed };
      const calendar = weekCalendar({ week, activities: inputs.activities, fullTimeHours: inputs.fullTimeHours, view });
      const acknowledgements = await loadAcknowledgements(tx, actor.tenantId, participantId);
      const byId = new Map(inputs.activities.map((a) => [a.id, a]));
      const describe = (a: LoadedActivity) => ({
        activityId: a.id,
        title: a.title,
        kind: a.kind,
        status: a.status,
        ownerOrganisationName: a.ownerOrganisationName,
      });
      const days = datesOfIsoWeek(week).map((date) => ({
        date,
        weekday: isoWeekday(date),
        holiday: holidayName(date),
        occurrences: calendar.occurrences
          .flatMap((o) => (o.date === date ? [{ ...describe(byId.get(o.activityId)!), start: o.start, end: o.end, hours: o.hours }] : []))
          .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.title.localeCompare(b.title)),
      }));
      const unscheduled = calendar.occurrences.flatMap((o) =>
        o.date === null ? [{ ...describe(byId.get(o.activityId)!), hours: o.hours }] : [],
      );
      const warnings = calendar.warnings.map((w) => ({
        ...w,
        titles: w.activityIds.map((id) => byId.get(id)?.title ?? ''),
        kinds: w.activityIds.map((id) => byId.get(id)!.kind),
        acknowledgement: acknowledgements.get(w.key) ?? null,
      }));
      if (calendar.progressionConsulted && progression.allowed) await auditProgressionLook(tx, actor, participantId, progression.grant);
      return {
        week,
        previousWeek: shiftIsoWeek(week, -1),
        nextWeek: shiftIsoWeek(week, 1),
        currentWeek: isoWeekOf(today),
        days,
        unscheduled,
        totalHours: calendar.totalHours,
        fullTimeHours: inputs.fullTimeHours,
        progressionVisible: progression.allowed,
        warnings,
      };
    },
  );
}

/**
 * The warnings as the actor sees them now in the place a key names: its week, or (prerequisites) its activity. Seen
 * as the actor sees them, so that 201 or 409 tells nobody without progression consent whether a level is reached.
 */
function currentWarnings(key: string, inputs: CalendarInputs, view: FactsView): PlanWarning[] {
  const { activities } = inputs;
  const week = weekOfWarningKey(key);
  if (week !== null) {
    if (parseIsoWeek(week) === null) return [];
    return weekCalendar({ week, activities, fullTimeHours: inputs.fullTimeHours, view }).warnings;
  }
  return activities.flatMap((a) => unmetPrerequisites(a, view));
}

/**
 * Acknowledges a warning with a reason: staff with the plan's consent, or the person themself. The warning must apply
 * now (409 otherwise); it stays a warning, shown with who acknowledged it, when and why. Acknowledging again replaces
 * the acknowledgement shown.
 */
export function acknowledgeWarning(db: Db, actor: Actor, participantId: string, input: Static<typeof AcknowledgeWarning>) {
  const reason = input.reason.trim();
  if (reason === '') throw invalid([{ path: '/reason', keyword: 'minLength', message: 'a reason is needed' }]);
  return writeParticipantData(
    db,
    actor,
    { participantId, category: 'plan', resourceType: 'warning_acknowledgement', action: 'create' },
    async ({ tx, facts, today }) => {
      const inputs = await loadCalendarInputs(tx, actor.tenantId, participantId, today);
      const view = { facts: inputs.facts, progressionVisible: decideRead(actor, facts, 'progression', today).allowed };
      if (!currentWarnings(input.key, inputs, view).some((w) => w.key === input.key)) throw conflict('The warning no longer applies.');
      const [created] = await tx
        .insert(warningAcknowledgements)
        .values({
          tenantId: actor.tenantId,
          participantId,
          warningKey: input.key,
          reason,
          byUserId: actor.userId,
          byOrganisationId: actor.organisationId,
        })
        .returning({ id: warningAcknowledgements.id });
      if (!created) throw new AppError('internal');
      return { acknowledgement: await loadAcknowledgement(tx, actor.tenantId, created.id), resourceId: created.id };
    },
  );
}
