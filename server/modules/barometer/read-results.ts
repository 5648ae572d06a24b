import { and, desc, eq, inArray, lt, lte } from 'drizzle-orm';
import type { Static } from 'typebox';
import { SMALL_CELL } from '../../../common/suppression.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { forbidden } from '../../lib/errors.ts';
import { organisations } from '../tenants/tables.ts';
import { mayReadSurveys, ROLE_GROUPS_OF } from './policy.ts';
import { countOnly, publishRound, type AnswerRow } from './results.ts';
import { roundState } from './rules.ts';
import type { SurveyResults } from './schema.ts';
import { answerCounts, loadSurvey, presentSurvey, type SurveyRow } from './service.ts';
import { surveyResponses, surveys } from './tables.ts';

/** How many closed rounds the trend shows at most, this one included. */
const TREND_ROUNDS = 10;

/** The answers of the given rounds, by round: organisation, role group and the answers themselves, in no set order. */
async function answersOf(db: Db, tenantId: string, surveyIds: string[]): Promise<Map<string, AnswerRow[]>> {
  const byRound = new Map<string, AnswerRow[]>(surveyIds.map((id) => [id, []]));
  if (surveyIds.length === 0) return byRound;
  const rows = await db
    .select({
      surveyId: surveyResponses.surveyId,
      organisationId: surveyResponses.organisationId,
      roleGroup: surveyResponses.roleGroup,
      openAnswers: surveyResponses.openAnswers,
      ratings: surveyResponses.ratings,
    })
    .from(surveyResponses)
    .where(and(eq(surveyResponses.tenantId, tenantId), inArray(surveyResponses.surveyId, surveyIds)));
  for (const { surveyId, ...row } of rows) byRound.get(surveyId)!.push(row);
  return byRound;
}

async function namesOf(db: Db, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, ids)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * A round's results: until it has closed only its number of answers; then per organisation and in total the answers,
 * each statement's mean and distribution, the open answers, and the trend over the closed rounds of the same audience
 * that opened no later. Small groups are suppressed as results.ts says.
 */
export async function surveyResults(db: Db, actor: Actor, id: string): Promise<Static<typeof SurveyResults>> {
  if (!mayReadSurveys(actor)) throw forbidden();
  const round = await loadSurvey(db, actor.tenantId, id);
  const today = todayInSweden();
  const published = roundState(round, today) === 'closed';
  const earlier: SurveyRow[] = await db
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.tenantId, actor.tenantId),
        eq(surveys.audience, round.audience),
        lte(surveys.opensOn, round.opensOn),
        lt(surveys.closesOn, today),
      ),
    )
    .orderBy(desc(surveys.opensOn), desc(surveys.createdAt))
    .limit(TREND_ROUNDS);
  const trendRounds = earlier.reverse();
  const answers = await answersOf(db, actor.tenantId, [...new Set([...trendRounds.map((r) => r.id), ...(published ? [id] : [])])]);
  const ids = [...answers.values()].flatMap((rows) => rows.map((r) => r.organisationId)).filter((o): o is string => o !== null);
  const names = await namesOf(db, actor.tenantId, [...new Set(ids)]);
  const publish = (r: SurveyRow) => publishRound(answers.get(r.id) ?? [], r.statements, ROLE_GROUPS_OF[r.audience], names);

  const figures = published ? publish(round) : countOnly((await answerCounts(db, actor.tenantId, id)).get(id) ?? 0, round.statements);
  return {
    survey: presentSurvey(round, today, figures.answers, actor),
    smallCell: SMALL_CELL,
    published,
    figures,
    trend: trendRounds.map((r) => {
      const f = r.id === round.id ? figures : publish(r);
      const meanOf = (key: string) => f.total.find((s) => s.key === key)?.mean ?? null;
      return {
        surveyId: r.id,
        title: r.title,
        opensOn: r.opensOn,
        closesOn: r.closesOn,
        answers: f.answers,
        total: r.statements.map((s) => ({ key: s.key, text: s.text, mean: meanOf(s.key) })),
        organisations: f.organisations.map((o) => ({
          organisation: o.organisation,
          answers: o.answers,
          means: o.statements.map(({ key, mean }) => ({ key, mean })),
        })),
      };
    }),
  };
}
