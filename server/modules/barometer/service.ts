import { and, desc, eq, sql } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { Shown } from '../../../common/suppression.ts';
import type { Db, Executor } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid, notFound } from '../../lib/errors.ts';
import { DEFAULT_STATEMENTS } from './defaults.ts';
import { mayManageSurveys, mayReadSurveys } from './policy.ts';
import { publishedCount } from './results.ts';
import { changeProblems, roundProblems, roundState } from './rules.ts';
import type { CreateSurvey, Survey, SurveyList, UpdateSurvey } from './schema.ts';
import { surveyResponses, surveys } from './tables.ts';

export type SurveyRow = typeof surveys.$inferSelect;

const auditSurvey = (tx: Executor, actor: Actor, id: string, action: 'create' | 'update') =>
  audit(tx, actor, [{ participantId: null, category: 'governance', action, grant: 'role', resourceType: 'survey', resourceId: id }]);

/** A round of the area, or 404; `lock` holds it against a concurrent change (`update`) or answer (`share`). */
export async function loadSurvey(ex: Executor, tenantId: string, id: string, lock?: 'update' | 'share'): Promise<SurveyRow> {
  const query = ex
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, id)));
  const [row] = lock ? await query.for(lock) : await query;
  if (!row) throw notFound();
  return row;
}

/** The number of answers per round (only counted: who answered is never read here). */
export async function answerCounts(ex: Executor, tenantId: string, surveyId?: string): Promise<Map<string, number>> {
  const rows = await ex
    .select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), surveyId ? eq(surveyResponses.surveyId, surveyId) : undefined))
    .groupBy(surveyResponses.surveyId);
  return new Map(rows.map((r) => [r.surveyId, r.n]));
}

export const presentSurvey = (row: SurveyRow, today: string, answers: Shown, actor: Actor): Static<typeof Survey> => ({
  id: row.id,
  title: row.title,
  audience: row.audience,
  opensOn: row.opensOn,
  closesOn: row.closesOn,
  statements: row.statements,
  state: roundState(row, today),
  answers,
  version: row.version,
  mayChange: mayManageSurveys(actor),
});

/** The area's rounds, newest first, each with its number of answers ("< 5" when 1–4). */
export async function listSurveys(db: Db, actor: Actor): Promise<Static<typeof SurveyList>> {
  if (!mayReadSurveys(actor)) throw forbidden();
  const today = todayInSweden();
  const [rows, counts] = await Promise.all([
    db.select().from(surveys).where(eq(surveys.tenantId, actor.tenantId)).orderBy(desc(surveys.opensOn), desc(surveys.createdAt)),
    answerCounts(db, actor.tenantId),
  ]);
  return {
    today,
    items: rows.map((r) => presentSurvey(r, today, publishedCount(counts.get(r.id) ?? 0), actor)),
    mayCreate: mayManageSurveys(actor),
    defaultStatements: { staff: [...DEFAULT_STATEMENTS.staff], participants: [...DEFAULT_STATEMENTS.participants] },
  };
}

export async function createSurvey(db: Db, actor: Actor, input: Static<typeof CreateSurvey>): Promise<Static<typeof Survey>> {
  if (!mayManageSurveys(actor)) throw forbidden();
  const fields = { ...input, statements: input.statements ?? [...DEFAULT_STATEMENTS[input.audience]] };
  const problems = roundProblems(fields);
  if (problems.length > 0) throw invalid(problems);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({ ...fields, tenantId: actor.tenantId, createdByUserId: actor.userId })
      .returning();
    await auditSurvey(tx, actor, row!.id, 'create');
    return presentSurvey(row!, todayInSweden(), publishedCount(0), actor);
  });
}

/** Changes a round (409 on a stale version); what a closed or answered round must keep is in rules.ts changeProblems. */
export async function updateSurvey(db: Db, actor: Actor, id: string, input: Static<typeof UpdateSurvey>): Promise<Static<typeof Survey>> {
  if (!mayManageSurveys(actor)) throw forbidden();
  const { version, ...fields } = input;
  const own = roundProblems(fields);
  if (own.length > 0) throw invalid(own);
  return db.transaction(async (tx) => {
    const current = await loadSurvey(tx, actor.tenantId, id, 'update');
    if (current.version !== version) throw conflict();
    const today = todayInSweden();
    const answers = (await answerCounts(tx, actor.tenantId, id)).get(id) ?? 0;
    const problems = changeProblems(current, fields, { today, answered: answers > 0 });
    if (problems.length > 0) throw invalid(problems);
    const [row] = await tx
      .update(surveys)
      .set({ ...fields, version: version + 1 })
      .where(and(eq(surveys.tenantId, actor.tenantId), eq(surveys.id, id)))
      .returning();
    await auditSurvey(tx, actor, id, 'update');
    return presentSurvey(row!, today, publishedCount(answers), actor);
  });
}
