import type { PlanWarning } from '../../../common/plan.ts';
import type { Executor } from '../../db/client.ts';
import type { Grant } from '../../lib/access/grants.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { loadCalendarInputs } from './load.ts';
import { concerning, unmetPrerequisites, weekCalendar, weeksToCheck } from './rules.ts';

/** How many weeks from now an activity's overlaps and full time are checked when it is saved. */
export const WEEKS_CHECKED_ON_SAVE = 6;

export interface WarningOptions {
  /**
   * Whether the actor may read the person's progression (decideRead for 'progression'): only then does a
   * prerequisite warning tell the person's actual SFI level. Hidden unless said.
   */
  progressionVisible?: boolean;
}

/**
 * The calendar warnings that concern one activity (overlaps, full time in its weeks, its prerequisites), computed
 * from the stored plan in the caller's transaction. The plan service returns them when an activity is saved; they
 * never block saving. Weeks are checked from this week (or the activity's first) for at most WEEKS_CHECKED_ON_SAVE.
 */
export async function warningsForActivity(
  ex: Executor,
  tenantId: string,
  participantId: string,
  activityId: string,
  options: WarningOptions = {},
): Promise<PlanWarning[]> {
  const today = todayInSweden();
  const inputs = await loadCalendarInputs(ex, tenantId, participantId, today);
  const activity = inputs.activities.find((a) => a.id === activityId);
  if (!activity) return [];
  const view = { facts: inputs.facts, progressionVisible: options.progressionVisible ?? false };
  const found = new Map<string, PlanWarning>();
  // Prerequisites first, and whether or not the activity takes place in a checked week.
  for (const w of unmetPrerequisites(activity, view)) found.set(w.key, w);
  for (const week of weeksToCheck(activity, today, WEEKS_CHECKED_ON_SAVE)) {
    const { warnings } = weekCalendar({ week, activities: inputs.activities, fullTimeHours: inputs.fullTimeHours, view });
    for (const w of concerning(warnings, activityId)) if (!found.has(w.key)) found.set(w.key, w);
  }
  return [...found.values()];
}

/** Checking a prerequisite reads the person's progression, whether or not a warning results: that look is audited. */
export function auditProgressionLook(tx: Executor, actor: Actor, participantId: string, grant: Grant) {
  return audit(tx, actor, [
    { participantId, category: 'progression', action: 'read', grant, resourceType: 'progression_facts', resourceId: participantId },
  ]);
}
