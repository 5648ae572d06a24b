import type { PlanWarning } from '../../../../../common/plan.ts';

/**
 * Calendar warnings explained in plain words, each with a way to acknowledge it with a reason. Used by the week view
 * and by the plan when an activity is saved.
 */
export function WarningList(_props: { participantId: string; warnings: PlanWarning[]; acknowledged?: Record<string, unknown> }) {
  return null;
}
