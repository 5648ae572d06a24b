import { eq } from 'drizzle-orm';
import type { Indicator, TargetDirection } from '../../common/governance.ts';
import { forbundParties } from '../modules/forbund/tables.ts';
import { forbundGoals, goalIndicators, goalLinks } from '../modules/goals/tables.ts';
import type { DemoContext } from './context.ts';

const JOINT: { title: string; description: string; indicators: [Indicator, number, TargetDirection][] }[] = [
  {
    title: 'Fler deltagare i arbete eller studier',
    description: 'Deltagarna ska vara i arbete eller studier efter insatsen, och stanna där.',
    indicators: [
      ['work_or_studies_90', 40, 'at_least'],
      ['completion_rate', 70, 'at_least'],
    ],
  },
  {
    title: 'Samverkan som når hela vägen',
    description: 'Varje remiss får ett besked och ett utfall; ingen fastnar mellan organisationerna.',
    indicators: [
      ['closed_loop_rate', 80, 'at_least'],
      ['median_days_housing_to_intake', 30, 'at_most'],
    ],
  },
  {
    title: 'Förbundets medel når deltagarna',
    description: 'De insatser förbundet finansierar ska nå många, från alla parter.',
    indicators: [['people_in_forbund_funded', 25, 'at_least']],
  },
];

/** Each party's own goals, and the joint goals (by index above) they serve. */
const PARTY_GOALS: { kind: string; title: string; serves: number[] }[] = [
  { kind: 'forsakringskassan', title: 'Fler sjukskrivna tillbaka i arbete', serves: [0] },
  { kind: 'arbetsformedlingen', title: 'Kortare tid till arbete för nyanlända', serves: [0, 1] },
  { kind: 'region', title: 'Tidig arbetslivsinriktad rehabilitering', serves: [1] },
  { kind: 'municipality', title: 'Färre hushåll med långvarigt försörjningsstöd', serves: [0, 2] },
];

/** The förbund's joint goals with their indicators and targets, and the parties' goals translated into them. */
export async function seedGoals(ctx: DemoContext): Promise<void> {
  const { tx, tenantId } = ctx;
  const parties = await tx
    .select({ id: forbundParties.id, kind: forbundParties.kind })
    .from(forbundParties)
    .where(eq(forbundParties.tenantId, tenantId));
  const joint: string[] = [];
  for (const goal of JOINT) {
    const [row] = await tx
      .insert(forbundGoals)
      .values({ tenantId, title: goal.title, description: goal.description, partyId: null })
      .returning({ id: forbundGoals.id });
    joint.push(row!.id);
    await tx
      .insert(goalIndicators)
      .values(goal.indicators.map(([indicator, target, direction]) => ({ tenantId, goalId: row!.id, indicator, target, direction })));
  }
  for (const goal of PARTY_GOALS) {
    const party = parties.find((p) => p.kind === goal.kind);
    if (!party) continue;
    const [row] = await tx
      .insert(forbundGoals)
      .values({ tenantId, title: goal.title, partyId: party.id })
      .returning({ id: forbundGoals.id });
    await tx.insert(goalLinks).values(goal.serves.map((i) => ({ tenantId, partyGoalId: row!.id, jointGoalId: joint[i]! })));
  }
}
