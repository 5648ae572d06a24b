import { and, asc, eq, gte, lte, notExists } from 'drizzle-orm';
import type { Static } from 'typebox';
import { OPEN_QUESTIONS, type OpenQuestion } from '../../../common/governance.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { audit } from '../../lib/audit/audit.ts';
import { todayInSweden } from '../../lib/dates.ts';
import { conflict, forbidden, invalid } from '../../lib/errors.ts';
import { audienceOf, mayAnswer, ROLE_GROUPS_OF } from './policy.ts';
import { answerProblems, roundState } from './rules.ts';
import type { AnswerSurvey, Answered, OpenSurveys } from './schema.ts';
import { loadSurvey } from './service.ts';
import { surveyResponses, surveys, surveySubmissions } from './tables.ts';

/** The rounds the signed-in user may answer today: open in Sweden, for their audience, not yet answered by them. */
export async function openSurveys(db: Db, actor: Actor): Promise<Static<typeof OpenSurveys>> {
  const audience = audienceOf(actor);
  const today = todayInSweden();
  const answered = db
    .select({ surveyId: surveySubmissions.surveyId })
    .from(surveySubmissions)
    .where(
      and(
        eq(surveySubmissions.tenantId, surveys.tenantId),
        eq(surveySubmissions.surveyId, surveys.id),
        eq(surveySubmissions.userId, actor.userId),
      ),
    );
  const rows = await db
    .select()
    .from(surveys)
    .where(
      and(
        eq(surveys.tenantId, actor.tenantId),
        eq(surveys.audience, audience),
        lte(surveys.opensOn, today),
        gte(surveys.closesOn, today),
        notExists(answered),
      ),
    )
    .orderBy(asc(surveys.closesOn), asc(surveys.title));
  return {
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      audience: r.audience,
      closesOn: r.closesOn,
      statements: r.statements,
      roleGroups: [...ROLE_GROUPS_OF[r.audience]],
    })),
  };
}

/** The open answers worth keeping: trimmed, empty ones left out. */
function keptAnswers(open: Partial<Record<string, string>>): Partial<Record<OpenQuestion, string>> {
  const kept: Partial<Record<OpenQuestion, string>> = {};
  for (const q of OPEN_QUESTIONS) {
    const text = open[q]?.trim();
    if (text) kept[q] = text;
  }
  return kept;
}

/**
 * Records one anonymous answer. The answer holds the organisation (staff: the user's own; participants: none) and the
 * chosen role group, never the user or a time; a separate row says only that the user has answered, so that nobody
 * answers twice (409). Both are written in one transaction, and the audit names the round, not the answer. The round
 * is held (`for share`) so that it cannot change or close under the answer.
 */
export async function answerSurvey(db: Db, actor: Actor, id: string, input: Static<typeof AnswerSurvey>): Promise<Static<typeof Answered>> {
  return db.transaction(async (tx) => {
    const round = await loadSurvey(tx, actor.tenantId, id, 'share');
    if (!mayAnswer(actor, round.audience)) throw forbidden();
    if (roundState(round, todayInSweden()) !== 'open') throw invalid([{ path: '', keyword: 'survey_closed', message: 'survey_closed' }]);
    const problems = answerProblems(round, input);
    if (problems.length > 0) throw invalid(problems);
    const [first] = await tx
      .insert(surveySubmissions)
      .values({ tenantId: actor.tenantId, surveyId: id, userId: actor.userId })
      .onConflictDoNothing()
      .returning({ surveyId: surveySubmissions.surveyId });
    if (!first) throw conflict('You have already answered this round.');
    await tx.insert(surveyResponses).values({
      tenantId: actor.tenantId,
      surveyId: id,
      organisationId: round.audience === 'staff' ? actor.organisationId : null,
      roleGroup: input.roleGroup,
      openAnswers: keptAnswers(input.openAnswers as Partial<Record<string, string>>),
      ratings: input.ratings,
    });
    await audit(tx, actor, [
      { participantId: null, category: 'governance', action: 'create', grant: 'role', resourceType: 'survey_submission', resourceId: id },
    ]);
    return { surveyId: id };
  });
}
