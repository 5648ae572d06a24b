import { and, asc, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { initiatives } from '../initiatives/tables.ts';
import { budgetOutcomes, type YearOutcome } from './budget-arithmetic.ts';
import { loadParties } from './parties.ts';
import { mayManageForbund } from './policy.ts';
import type { Budget, CreateAllocation, CreateSpending, SetBudgetYear, UpdateAllocation } from './schema.ts';
import { contributionRows, shareProblems } from './shares.ts';
import { budgetAllocations, budgetContributions, budgetSpending, budgetYears, forbundParties } from './tables.ts';

const summary = (o: YearOutcome, totalOre: number) => ({
  year: o.year,
  totalOre,
  carriedInOre: o.carriedInOre,
  availableOre: o.availableOre,
  allocatedOre: o.allocatedOre,
  unallocatedOre: o.unallocatedOre,
  spentOre: o.spentOre,
  carriedOutOre: o.carriedOutOre,
  overAllocated: o.overAllocated,
});

/**
 * The joint budget: every year's outcome (contributions in, allocations, spending, equity carried over) and one year
 * in detail, with each party's contribution and each allocation's spending by month. Sums in SQL as whole öre.
 */
export async function getBudget(ex: Executor, actor: Actor, wanted?: number): Promise<Static<typeof Budget>> {
  const tenantId = actor.tenantId;
  const years = await ex.select().from(budgetYears).where(eq(budgetYears.tenantId, tenantId)).orderBy(asc(budgetYears.year));
  const allocations = await ex
    .select({ allocation: budgetAllocations, initiativeName: initiatives.name })
    .from(budgetAllocations)
    .leftJoin(initiatives, and(eq(initiatives.tenantId, budgetAllocations.tenantId), eq(initiatives.id, budgetAllocations.initiativeId)))
    .where(eq(budgetAllocations.tenantId, tenantId))
    .orderBy(
      asc(budgetAllocations.year),
      sql`${budgetAllocations.initiativeId} is null`,
      asc(budgetAllocations.name),
      asc(budgetAllocations.id),
    );
  const monthly = await ex
    .select({
      allocationId: budgetSpending.allocationId,
      month: budgetSpending.month,
      amountOre: sql<string>`sum(${budgetSpending.amountOre})::bigint::text`,
    })
    .from(budgetSpending)
    .where(eq(budgetSpending.tenantId, tenantId))
    .groupBy(budgetSpending.allocationId, budgetSpending.month);
  const spentByMonth = (allocationId: string) => {
    const months = Array<number>(12).fill(0);
    for (const m of monthly) if (m.allocationId === allocationId) months[m.month - 1] = Number(m.amountOre);
    return months;
  };
  const outcomes = budgetOutcomes(
    years.map((y) => ({
      year: y.year,
      contributionsOre: y.totalOre,
      openingEquityOre: y.openingEquityOre,
      allocations: allocations
        .filter((a) => a.allocation.year === y.year)
        .map((a) => ({ id: a.allocation.id, amountOre: a.allocation.amountOre, spentByMonth: spentByMonth(a.allocation.id) })),
    })),
  );
  const thisYear = Number(todayInSweden().slice(0, 4));
  const shown =
    years.find((y) => y.year === wanted) ?? (wanted === undefined ? (years.find((y) => y.year === thisYear) ?? years.at(-1)) : undefined);
  const [initiativeOptions, detail] = await Promise.all([
    ex
      .select({ id: initiatives.id, name: initiatives.name, state: initiatives.state })
      .from(initiatives)
      .where(eq(initiatives.tenantId, tenantId))
      .orderBy(asc(initiatives.name)),
    shown ? yearDetail(ex, tenantId, shown.year) : null,
  ]);
  const outcomeOf = (year: number) => outcomes.find((o) => o.year === year)!;
  const totalOf = (year: number) => years.find((y) => y.year === year)!.totalOre;
  return {
    years: outcomes.map((o) => summary(o, totalOf(o.year))),
    year:
      shown && detail
        ? {
            ...summary(outcomeOf(shown.year), shown.totalOre),
            openingEquityOre: shown.openingEquityOre,
            note: shown.note,
            version: shown.version,
            contributions: detail.contributions,
            spentByMonth: outcomeOf(shown.year).spentByMonth,
            allocations: allocations
              .filter((a) => a.allocation.year === shown.year)
              .map(({ allocation: a, initiativeName }) => {
                const o = outcomeOf(shown.year).allocations.find((x) => x.id === a.id)!;
                return {
                  id: a.id,
                  year: a.year,
                  name: a.name,
                  initiativeId: a.initiativeId,
                  initiativeName,
                  allocatedOre: o.allocatedOre,
                  spentOre: o.spentOre,
                  remainingOre: o.remainingOre,
                  overspent: o.overspent,
                  spentByMonth: spentByMonth(a.id),
                  cumulativeByMonth: o.cumulativeByMonth,
                  spending: detail.spending.filter((s) => s.allocationId === a.id).map(({ allocationId: _, ...s }) => s),
                  version: a.version,
                };
              }),
          }
        : null,
    initiatives: initiativeOptions,
    mayManage: mayManageForbund(actor),
  };
}

async function yearDetail(ex: Executor, tenantId: string, year: number) {
  const [partyContributions, spending] = await Promise.all([
    ex
      .select({
        partyId: budgetContributions.partyId,
        partyName: forbundParties.name,
        group: budgetContributions.shareGroup,
        amountOre: budgetContributions.amountOre,
        sharePpm: budgetContributions.sharePpm,
      })
      .from(budgetContributions)
      .innerJoin(
        forbundParties,
        and(eq(forbundParties.tenantId, budgetContributions.tenantId), eq(forbundParties.id, budgetContributions.partyId)),
      )
      .where(and(eq(budgetContributions.tenantId, tenantId), eq(budgetContributions.year, year)))
      .orderBy(
        sql`case ${budgetContributions.shareGroup} when 'state' then 0 when 'region' then 1 else 2 end`,
        sql`${budgetContributions.amountOre} desc`,
        asc(forbundParties.name),
      ),
    ex
      .select({
        id: budgetSpending.id,
        allocationId: budgetSpending.allocationId,
        month: budgetSpending.month,
        amountOre: budgetSpending.amountOre,
        note: budgetSpending.note,
        createdAt: budgetSpending.createdAt,
      })
      .from(budgetSpending)
      .innerJoin(
        budgetAllocations,
        and(eq(budgetAllocations.tenantId, budgetSpending.tenantId), eq(budgetAllocations.id, budgetSpending.allocationId)),
      )
      .where(and(eq(budgetSpending.tenantId, tenantId), eq(budgetAllocations.year, year)))
      .orderBy(asc(budgetSpending.month), asc(budgetSpending.createdAt)),
  ]);
  return { contributions: partyContributions, spending: spending.map((s) => ({ ...s, createdAt: new Date(s.createdAt).toISOString() })) };
}

const auditBudget = (tx: Executor, actor: Actor, resourceType: string, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType, resourceId: id }]);

/**
 * Opens a budget year or changes its total (at the version read; 409 when stale or when a new year already exists).
 * The parties' contributions are split again by the law and today's keys: 400 `shares_rule_broken` when the parties
 * do not satisfy the law (listing what is missing).
 */
export async function setBudgetYear(db: Db, actor: Actor, input: Static<typeof SetBudgetYear>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { version, year, ...fields } = input;
  await db.transaction(async (tx) => {
    const parties = await loadParties(tx, actor.tenantId);
    const problems = shareProblems(parties);
    if (problems.length > 0)
      throw invalid(problems.map((p) => ({ ...p, keyword: 'shares_rule_broken', message: `${p.keyword}: ${p.message}` })));
    const [current] = await tx
      .select({ version: budgetYears.version })
      .from(budgetYears)
      .where(and(eq(budgetYears.tenantId, actor.tenantId), eq(budgetYears.year, year)))
      .for('update');
    if ((current?.version ?? null) !== version) throw conflict();
    if (current)
      await tx
        .update(budgetYears)
        .set({ ...fields, version: current.version + 1, updatedAt: sql`now()` })
        .where(and(eq(budgetYears.tenantId, actor.tenantId), eq(budgetYears.year, year)));
    else await tx.insert(budgetYears).values({ ...fields, tenantId: actor.tenantId, year });
    await tx.delete(budgetContributions).where(and(eq(budgetContributions.tenantId, actor.tenantId), eq(budgetContributions.year, year)));
    await tx.insert(budgetContributions).values(contributionRows(actor.tenantId, year, fields.totalOre, parties));
    await auditBudget(tx, actor, 'budget_year', String(year), current ? 'update' : 'create');
  });
  return getBudget(db, actor, year);
}

async function checkInitiative(tx: Executor, tenantId: string, initiativeId: string | null) {
  if (initiativeId === null) return;
  const [found] = await tx
    .select({ id: initiatives.id })
    .from(initiatives)
    .where(and(eq(initiatives.tenantId, tenantId), eq(initiatives.id, initiativeId)));
  if (!found) throw invalid([{ path: '/initiativeId', keyword: 'unknown_initiative', message: 'unknown_initiative' }]);
}

/**
 * Allocates money of an open year to an initiative or to the förbund's own operation, inside the caller's transaction
 * (400 `year_not_open` for a year not opened, `unknown_initiative`); returns the allocation's id. A board decision
 * allocates this way in the decision's own transaction.
 */
export async function insertAllocation(tx: Executor, actor: Actor, input: Static<typeof CreateAllocation>): Promise<string> {
  const [open] = await tx
    .select({ year: budgetYears.year })
    .from(budgetYears)
    .where(and(eq(budgetYears.tenantId, actor.tenantId), eq(budgetYears.year, input.year)));
  if (!open) throw invalid([{ path: '/year', keyword: 'year_not_open', message: 'year_not_open' }]);
  await checkInitiative(tx, actor.tenantId, input.initiativeId);
  const [row] = await tx
    .insert(budgetAllocations)
    .values({ ...input, tenantId: actor.tenantId })
    .returning({ id: budgetAllocations.id });
  await auditBudget(tx, actor, 'budget_allocation', row!.id, 'create');
  return row!.id;
}

export async function createAllocation(db: Db, actor: Actor, input: Static<typeof CreateAllocation>) {
  if (!mayManageForbund(actor)) throw forbidden();
  await db.transaction((tx) => insertAllocation(tx, actor, input));
  return getBudget(db, actor, input.year);
}

async function lockAllocation(tx: Executor, tenantId: string, id: string) {
  const [current] = await tx
    .select({ version: budgetAllocations.version, year: budgetAllocations.year })
    .from(budgetAllocations)
    .where(and(eq(budgetAllocations.tenantId, tenantId), eq(budgetAllocations.id, id)))
    .for('update');
  if (!current) throw notFound();
  return current;
}

export async function updateAllocation(db: Db, actor: Actor, id: string, input: Static<typeof UpdateAllocation>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const { version, ...fields } = input;
  const year = await db.transaction(async (tx) => {
    const current = await lockAllocation(tx, actor.tenantId, id);
    if (current.version !== version) throw conflict();
    await checkInitiative(tx, actor.tenantId, fields.initiativeId);
    await tx
      .update(budgetAllocations)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(budgetAllocations.tenantId, actor.tenantId), eq(budgetAllocations.id, id)));
    await auditBudget(tx, actor, 'budget_allocation', id, 'update');
    return current.year;
  });
  return getBudget(db, actor, year);
}

/** Records spending against an allocation in a month of its year; the allocation's row is locked so that sums stay whole. */
export async function recordSpending(db: Db, actor: Actor, allocationId: string, input: Static<typeof CreateSpending>) {
  if (!mayManageForbund(actor)) throw forbidden();
  const year = await db.transaction(async (tx) => {
    const current = await lockAllocation(tx, actor.tenantId, allocationId);
    const [row] = await tx
      .insert(budgetSpending)
      .values({ ...input, tenantId: actor.tenantId, allocationId, recordedByUserId: actor.userId })
      .returning({ id: budgetSpending.id });
    await auditBudget(tx, actor, 'budget_spending', row!.id, 'create');
    return current.year;
  });
  return getBudget(db, actor, year);
}
