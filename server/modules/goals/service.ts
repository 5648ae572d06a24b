import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Indicator } from '../../../common/governance.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { loadParties } from '../forbund/parties.ts';
import { mayManageForbund } from '../forbund/policy.ts';
import { computeIndicator, type IndicatorValues } from './indicators.ts';
import type { CreateGoal, CreateIndicator, GoalList, UpdateGoal, UpdateIndicator } from './schema.ts';
import { lastQuarters, targetStatus, trendOf } from './series.ts';
import { forbundGoals, goalIndicators, goalLinks } from './tables.ts';

/** How many quarters the indicators show: two years. */
export const QUARTERS = 8;

/**
 * The joint goals with their indicators computed live (each indicator once, however many goals use it), the parties'
 * own goals and which joint goals each serves.
 */
export async function listGoals(ex: Executor, actor: Actor): Promise<Static<typeof GoalList>> {
  const tenantId = actor.tenantId;
  const today = todayInSweden();
  const quarters = lastQuarters(today, QUARTERS);
  const [goals, indicators, links, parties] = await Promise.all([
    ex
      .select()
      .from(forbundGoals)
      .where(eq(forbundGoals.tenantId, tenantId))
      .orderBy(asc(forbundGoals.createdAt), asc(forbundGoals.title), asc(forbundGoals.id)),
    ex
      .select()
      .from(goalIndicators)
      .where(eq(goalIndicators.tenantId, tenantId))
      .orderBy(asc(goalIndicators.indicator), asc(goalIndicators.id)),
    ex.select().from(goalLinks).where(eq(goalLinks.tenantId, tenantId)),
    loadParties(ex, tenantId),
  ]);
  const computed = new Map<Indicator, IndicatorValues>();
  for (const indicator of new Set(indicators.map((i) => i.indicator)))
    computed.set(indicator, await computeIndicator(ex, tenantId, indicator, quarters, today));
  const partyName = new Map(parties.map((p) => [p.id, p.name]));
  return {
    quarters,
    joint: goals
      .filter((g) => g.partyId === null)
      .map((g) => ({
        id: g.id,
        title: g.title,
        description: g.description,
        version: g.version,
        indicators: indicators
          .filter((i) => i.goalId === g.id)
          .map((i) => {
            const values = computed.get(i.indicator)!;
            const latest = [...values.points].reverse().find((p) => p.value !== null) ?? null;
            return {
              id: i.id,
              indicator: i.indicator,
              target: i.target,
              direction: i.direction,
              points: values.points,
              latest,
              status: targetStatus(values.points, i.target, i.direction),
              trend: trendOf(values.points),
              byParty: values.byParty ?? null,
              version: i.version,
            };
          }),
        partyGoals: links
          .filter((l) => l.jointGoalId === g.id)
          .flatMap((l) => goals.filter((pg) => pg.id === l.partyGoalId))
          .map((pg) => ({ id: pg.id, title: pg.title, partyId: pg.partyId!, partyName: partyName.get(pg.partyId!) ?? '' })),
      })),
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      goals: goals
        .filter((g) => g.partyId === p.id)
        .map((g) => ({
          id: g.id,
          title: g.title,
          description: g.description,
          version: g.version,
          jointGoalIds: links.filter((l) => l.partyGoalId === g.id).map((l) => l.jointGoalId),
        })),
    })),
    mayManage: mayManageForbund(actor),
  };
}

const auditGoal = (tx: Executor, actor: Actor, resourceType: string, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType, resourceId: id }]);
const refuse = (path: string, keyword: string) => invalid([{ path, keyword, message: keyword }]);

/**
 * A goal's references: its party must be the area's (`unknown_party`); a party's goal links only to joint goals of the
 * area (`unknown_joint_goal`), a joint goal to none (`joint_goal_links_nothing`).
 */
async function checkGoal(tx: Executor, tenantId: string, input: Static<typeof CreateGoal>) {
  if (input.partyId !== null && !(await loadParties(tx, tenantId)).some((p) => p.id === input.partyId))
    throw refuse('/partyId', 'unknown_party');
  if (input.partyId === null && input.jointGoalIds.length > 0) throw refuse('/jointGoalIds', 'joint_goal_links_nothing');
  if (input.jointGoalIds.length === 0) return;
  const joint = await tx
    .select({ id: forbundGoals.id })
    .from(forbundGoals)
    .where(and(eq(forbundGoals.tenantId, tenantId), isNull(forbundGoals.partyId), inArray(forbundGoals.id, input.jointGoalIds)));
  const missing = input.jointGoalIds.findIndex((id) => !joint.some((j) => j.id === id));
  if (missing >= 0) throw refuse(`/jointGoalIds/${missing}`, 'unknown_joint_goal');
}

async function link(tx: Executor, tenantId: string, goalId: string, jointGoalIds: readonly string[]) {
  await tx.delete(goalLinks).where(and(eq(goalLinks.tenantId, tenantId), eq(goalLinks.partyGoalId, goalId)));
  if (jointGoalIds.length > 0)
    await tx.insert(goalLinks).values(jointGoalIds.map((jointGoalId) => ({ tenantId, partyGoalId: goalId, jointGoalId })));
}

export async function createGoal(db: Db, actor: Actor, input: Static<typeof CreateGoal>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { jointGoalIds, ...fields } = input;
  await db.transaction(async (tx) => {
    await checkGoal(tx, actor.tenantId, input);
    const [row] = await tx
      .insert(forbundGoals)
      .values({ ...fields, tenantId: actor.tenantId })
      .returning({ id: forbundGoals.id });
    await link(tx, actor.tenantId, row!.id, jointGoalIds);
    await auditGoal(tx, actor, 'goal', row!.id, 'create');
  });
  return listGoals(db, actor);
}

/** Changes a goal at the version read (409 when stale); a joint goal cannot become a party's while parties' goals serve it. */
export async function updateGoal(db: Db, actor: Actor, id: string, input: Static<typeof UpdateGoal>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { jointGoalIds, version, ...fields } = input;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: forbundGoals.version, partyId: forbundGoals.partyId })
      .from(forbundGoals)
      .where(and(eq(forbundGoals.tenantId, actor.tenantId), eq(forbundGoals.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== version) throw conflict();
    await checkGoal(tx, actor.tenantId, input);
    if (jointGoalIds.includes(id)) throw refuse('/jointGoalIds', 'unknown_joint_goal');
    if (current.partyId === null && fields.partyId !== null) {
      const served = await tx
        .select({ id: goalLinks.partyGoalId })
        .from(goalLinks)
        .where(and(eq(goalLinks.tenantId, actor.tenantId), eq(goalLinks.jointGoalId, id)))
        .limit(1);
      const measured = await tx
        .select({ id: goalIndicators.id })
        .from(goalIndicators)
        .where(and(eq(goalIndicators.tenantId, actor.tenantId), eq(goalIndicators.goalId, id)))
        .limit(1);
      if (served.length > 0 || measured.length > 0) throw refuse('/partyId', 'joint_goal_in_use');
    }
    await tx
      .update(forbundGoals)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(forbundGoals.tenantId, actor.tenantId), eq(forbundGoals.id, id)));
    await link(tx, actor.tenantId, id, jointGoalIds);
    await auditGoal(tx, actor, 'goal', id, 'update');
  });
  return listGoals(db, actor);
}

/** Makes a joint goal operational with an indicator and a target (400 `only_joint_goals_are_measured` for a party's goal). */
export async function createIndicator(db: Db, actor: Actor, goalId: string, input: Static<typeof CreateIndicator>) {
  if (!mayManageForbund(actor)) throw forbidden();
  await db.transaction(async (tx) => {
    const [goal] = await tx
      .select({ partyId: forbundGoals.partyId })
      .from(forbundGoals)
      .where(and(eq(forbundGoals.tenantId, actor.tenantId), eq(forbundGoals.id, goalId)));
    if (!goal) throw notFound();
    if (goal.partyId !== null) throw refuse('/', 'only_joint_goals_are_measured');
    const [row] = await tx
      .insert(goalIndicators)
      .values({ ...input, tenantId: actor.tenantId, goalId })
      .returning({ id: goalIndicators.id });
    await auditGoal(tx, actor, 'goal_indicator', row!.id, 'create');
  });
  return listGoals(db, actor);
}

export async function updateIndicator(db: Db, actor: Actor, id: string, input: Static<typeof UpdateIndicator>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { version, ...fields } = input;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ version: goalIndicators.version })
      .from(goalIndicators)
      .where(and(eq(goalIndicators.tenantId, actor.tenantId), eq(goalIndicators.id, id)))
      .for('update');
    if (!current) throw notFound();
    if (current.version !== version) throw conflict();
    await tx
      .update(goalIndicators)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(goalIndicators.tenantId, actor.tenantId), eq(goalIndicators.id, id)));
    await auditGoal(tx, actor, 'goal_indicator', id, 'update');
  });
  return listGoals(db, actor);
}
