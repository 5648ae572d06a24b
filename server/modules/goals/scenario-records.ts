import type { Role } from '../../../common/roles.ts';
import type { Db } from '../../db/client.ts';
import { forbundGoals, goalIndicators } from './tables.ts';

/** The goals of the authorisation scenario: per role a joint goal and an indicator to change, and tenant 2's for 404. */
export interface GoalScenarioRecords {
  goalsByRole: Record<Role, string>;
  indicatorsByRole: Record<Role, string>;
  other: { goal: string; indicator: string };
}

export const goalBody = (title: string) => ({
  title,
  description: 'Fler i arbete eller studier',
  partyId: null,
  jointGoalIds: [] as string[],
});
export const indicatorBody = () => ({ indicator: 'work_or_studies_90' as const, target: 40, direction: 'at_least' as const });

export async function buildGoalRecords(
  db: Db,
  input: { tenantId: string; roles: readonly Role[]; other: { tenantId: string } },
): Promise<GoalScenarioRecords> {
  const goal = async (tenantId: string, title: string) => {
    const [row] = await db
      .insert(forbundGoals)
      .values({ ...goalBody(title), tenantId })
      .returning({ id: forbundGoals.id });
    const [indicator] = await db
      .insert(goalIndicators)
      .values({ ...indicatorBody(), tenantId, goalId: row!.id })
      .returning({ id: goalIndicators.id });
    return { goal: row!.id, indicator: indicator!.id };
  };
  const goalsByRole = {} as Record<Role, string>;
  const indicatorsByRole = {} as Record<Role, string>;
  for (const role of input.roles) {
    const made = await goal(input.tenantId, `Mål för ${role}`);
    goalsByRole[role] = made.goal;
    indicatorsByRole[role] = made.indicator;
  }
  return { goalsByRole, indicatorsByRole, other: await goal(input.other.tenantId, 'Annat förbunds mål') };
}
