import { OPEN_QUESTIONS, type OpenQuestion, type RoleGroup, type SurveyAudience } from '../../../../common/governance.ts';
import { limits } from '../../../../common/limits.ts';
import { fieldReasons } from '../../lib/fieldErrors.ts';
import type { AnswerBody, OpenSurvey, Statement, Survey, SurveyBody } from './api.ts';

/** The server's limits on a round (server/modules/barometer/defaults.ts). */
export const STATEMENTS_MAX = 12;
export const STATEMENT_TEXT_MAX = 300;
export const SURVEY_YEARS = { min: 2000, max: 2099 } as const;

/** What the round form says about a field; each has a sentence under `barometer.problems.`. */
export type Problem =
  'required' | 'end_before_start' | 'date_out_of_range' | 'duplicate_statement' | 'survey_closed' | 'survey_answered' | 'invalid';

const SERVER_PROBLEMS = [
  'end_before_start',
  'date_out_of_range',
  'duplicate_statement',
  'survey_closed',
  'survey_answered',
] as const satisfies readonly Problem[];

/** The fields a validation_failed answer points at, with the reason when the form has a sentence for it. */
export const serverProblems = (error: unknown): Record<string, Problem> => fieldReasons(error, SERVER_PROBLEMS);

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export interface SurveyForm {
  title: string;
  audience: SurveyAudience;
  opensOn: string;
  closesOn: string;
  statements: Statement[];
}

/** A round as the form edits it; a new one opens today for two weeks with the audience's default statements. */
export const surveyForm = (s: Survey | null, defaults: Record<SurveyAudience, Statement[]>, today: string): SurveyForm =>
  s
    ? { title: s.title, audience: s.audience, opensOn: s.opensOn, closesOn: s.closesOn, statements: s.statements.map((x) => ({ ...x })) }
    : { title: '', audience: 'staff', opensOn: today, closesOn: addDays(today, 13), statements: defaults.staff.map((x) => ({ ...x })) };

const outOfRange = (date: string) => Number(date.slice(0, 4)) < SURVEY_YEARS.min || Number(date.slice(0, 4)) > SURVEY_YEARS.max;

/** The server's rules, checked before sending: a title, both days within 2000–2099 and in order, every statement worded. */
export function surveyProblems(f: SurveyForm): Partial<Record<keyof SurveyForm, Problem>> {
  const problems: Partial<Record<keyof SurveyForm, Problem>> = {};
  if (f.title.trim() === '') problems.title = 'required';
  for (const field of ['opensOn', 'closesOn'] as const) {
    if (f[field] === '') problems[field] = 'required';
    else if (outOfRange(f[field])) problems[field] = 'date_out_of_range';
  }
  if (!problems.opensOn && !problems.closesOn && f.closesOn < f.opensOn) problems.closesOn = 'end_before_start';
  if (f.statements.length === 0 || f.statements.some((s) => s.text.trim() === '')) problems.statements = 'required';
  return problems;
}

export const surveyBody = (f: SurveyForm): SurveyBody => ({
  title: f.title.trim(),
  audience: f.audience,
  opensOn: f.opensOn,
  closesOn: f.closesOn,
  statements: f.statements.map((s) => ({ key: s.key, text: s.text.trim() })),
});

/** A key for a statement the user adds, unlike the round's others (the defaults keep theirs, so the trend can follow them). */
export function newStatementKey(statements: readonly Statement[]): string {
  let n = statements.length + 1;
  while (statements.some((s) => s.key === `own_${n}`)) n++;
  return `own_${n}`;
}

/**
 * Closing a round now: its last day becomes yesterday, so its results are published today. A round that opened today
 * is moved to have run yesterday; its answers carry no time, so nothing contradicts that.
 */
export function closeNowBody(s: Survey, today: string): SurveyBody & { version: number } {
  const yesterday = addDays(today, -1);
  return {
    title: s.title,
    audience: s.audience,
    opensOn: s.opensOn < yesterday ? s.opensOn : yesterday,
    closesOn: yesterday,
    statements: s.statements,
    version: s.version,
  };
}

export interface AnswerForm {
  roleGroup: RoleGroup | '';
  openAnswers: Record<OpenQuestion, string>;
  /** Per statement key, the rating chosen, or null. */
  ratings: Record<string, number | null>;
}

export const answerForm = (round: OpenSurvey): AnswerForm => ({
  roleGroup: round.roleGroups.length === 1 ? round.roleGroups[0]! : '',
  openAnswers: Object.fromEntries(OPEN_QUESTIONS.map((q) => [q, ''])) as Record<OpenQuestion, string>,
  ratings: Object.fromEntries(round.statements.map((s) => [s.key, null])),
});

/** What is missing or too long, by field: `roleGroup`, `rating.<key>` or `open.<question>`. */
export function answerProblems(f: AnswerForm): Record<string, 'required' | 'too_long'> {
  const problems: Record<string, 'required' | 'too_long'> = {};
  if (f.roleGroup === '') problems.roleGroup = 'required';
  for (const [key, value] of Object.entries(f.ratings)) if (value === null) problems[`rating.${key}`] = 'required';
  for (const q of OPEN_QUESTIONS) if (f.openAnswers[q].length > limits.textMax) problems[`open.${q}`] = 'too_long';
  return problems;
}

/** The answer as sent: empty open answers left out. */
export const answerBody = (f: AnswerForm): AnswerBody => ({
  roleGroup: f.roleGroup as RoleGroup,
  openAnswers: Object.fromEntries(OPEN_QUESTIONS.flatMap((q) => (f.openAnswers[q].trim() ? [[q, f.openAnswers[q].trim()]] : []))),
  ratings: Object.fromEntries(Object.entries(f.ratings).map(([key, value]) => [key, value!])),
});
