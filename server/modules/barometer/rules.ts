import type { SurveyAudience } from '../../../common/governance.ts';
import { SURVEY_YEARS, type Statement } from './defaults.ts';
import { ROLE_GROUPS_OF } from './policy.ts';

/** Where a round is in time on a Swedish calendar day: not yet open, open (both end days included), or closed. */
export type RoundState = 'upcoming' | 'open' | 'closed';

export function roundState(round: { opensOn: string; closesOn: string }, today: string): RoundState {
  if (today < round.opensOn) return 'upcoming';
  return today > round.closesOn ? 'closed' : 'open';
}

/** A reason a request is refused, pointing at a field of the body (details of validation_failed). */
export interface Problem {
  path: string;
  keyword: string;
  message: string;
}
const problem = (path: string, keyword: string): Problem => ({ path, keyword, message: keyword });

interface RoundFields {
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  statements: readonly Statement[];
}

const inYears = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= SURVEY_YEARS.min && year <= SURVEY_YEARS.max;
};

/**
 * What a round's fields say together (each alone is checked by the schema): both days within 2000–2099
 * (`date_out_of_range`), the last day not before the first (`end_before_start`), each statement key once
 * (`duplicate_statement`).
 */
export function roundProblems(input: Omit<RoundFields, 'audience'>): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['opensOn', 'closesOn'] as const)
    if (!inYears(input[field])) problems.push(problem(`/${field}`, 'date_out_of_range'));
  if (problems.length === 0 && input.closesOn < input.opensOn) problems.push(problem('/closesOn', 'end_before_start'));
  input.statements.forEach((s, i) => {
    if (input.statements.findIndex((other) => other.key === s.key) !== i)
      problems.push(problem(`/statements/${i}/key`, 'duplicate_statement'));
  });
  return problems;
}

const sameStatements = (a: readonly Statement[], b: readonly Statement[]) =>
  a.length === b.length && a.every((s, i) => s.key === b[i]!.key && s.text === b[i]!.text);

/**
 * What may not change in a round. A closed round keeps its days, audience and statements (`survey_closed`): its results
 * are published, and reopening it would let a reader compare the results before and after one person's answer. A
 * round with answers keeps its audience and statements (`survey_answered`), so that every answer means what was asked.
 */
export function changeProblems(current: RoundFields, next: RoundFields, facts: { today: string; answered: boolean }): Problem[] {
  const problems: Problem[] = [];
  const changed = {
    opensOn: current.opensOn !== next.opensOn,
    closesOn: current.closesOn !== next.closesOn,
    audience: current.audience !== next.audience,
    statements: !sameStatements(current.statements, next.statements),
  };
  if (roundState(current, facts.today) === 'closed') {
    for (const [field, differs] of Object.entries(changed)) if (differs) problems.push(problem(`/${field}`, 'survey_closed'));
    return problems;
  }
  if (facts.answered) {
    if (changed.audience) problems.push(problem('/audience', 'survey_answered'));
    if (changed.statements) problems.push(problem('/statements', 'survey_answered'));
  }
  return problems;
}

/**
 * What an answer must hold for its round: a role group of the round's audience (`role_group`), and a rating of every
 * statement (`required`) and of nothing else (`unknown_statement`).
 */
export function answerProblems(
  round: { audience: SurveyAudience; statements: readonly Statement[] },
  answer: { roleGroup: string; ratings: Record<string, number> },
): Problem[] {
  const problems: Problem[] = [];
  if (!ROLE_GROUPS_OF[round.audience].includes(answer.roleGroup as never)) problems.push(problem('/roleGroup', 'role_group'));
  const keys = new Set(round.statements.map((s) => s.key));
  for (const key of Object.keys(answer.ratings)) if (!keys.has(key)) problems.push(problem(`/ratings/${key}`, 'unknown_statement'));
  for (const key of keys) if (!Object.hasOwn(answer.ratings, key)) problems.push(problem(`/ratings/${key}`, 'required'));
  return problems;
}
