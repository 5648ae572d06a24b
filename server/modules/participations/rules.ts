import { FINSAM, ageOn, type FinsamList, type Gender } from '../../../common/offer.ts';
import { isDate } from '../calendar/weeks.ts';

/** The person's situation at a point in time, in the national follow-up's categories. */
export interface Situation {
  occupation: string;
  incomeSources: string[];
  /** Percent of full time (100 % = 40 h/week), for work and studies only. */
  extentPercent: number | null;
}

/** One problem with a submitted value, in the shape of validation_failed's details. */
export interface Issue {
  path: string;
  keyword: string;
  message: string;
}

const issue = (path: string, keyword: string): Issue => ({ path, keyword, message: keyword });

/** The option of a FINSAM list with this code, read from the data. */
export const finsamOption = (list: FinsamList, code: string) => FINSAM[list].find((o) => o.code === code) ?? null;

/** The report group of a code (e.g. occupation `work_subsidised` → `work`), or null when unknown or groupless. */
export const finsamGroup = (list: FinsamList, code: string) => finsamOption(list, code)?.group ?? null;

/** Occupations whose extent is recorded: those the national report counts as work or studies. */
export const hasExtent = (occupation: string) => ['work', 'studies'].includes(finsamGroup('occupation', occupation) ?? '');

/** An end reason in the group `excluded` (wrong registration): the participation is not followed up. */
export const isExcludedEndReason = (endReason: string) => finsamGroup('endReason', endReason) === 'excluded';

/** Problems with one code of a FINSAM list at `path`. */
export function checkCode(list: FinsamList, code: string, path: string): Issue[] {
  return finsamOption(list, code) ? [] : [issue(path, 'unknown_code')];
}

/**
 * Problems with a situation: a known occupation, one or more known, distinct income sources, and an extent of
 * 0–100 % given exactly when the occupation is work or studies.
 */
export function checkSituation(s: Situation, path = '/situation'): Issue[] {
  const issues = checkCode('occupation', s.occupation, `${path}/occupation`);
  if (s.incomeSources.length === 0) issues.push(issue(`${path}/incomeSources`, 'income_required'));
  s.incomeSources.forEach((code, i) => issues.push(...checkCode('income', code, `${path}/incomeSources/${i}`)));
  if (new Set(s.incomeSources).size !== s.incomeSources.length) issues.push(issue(`${path}/incomeSources`, 'duplicate_code'));
  if (s.extentPercent !== null && (!Number.isInteger(s.extentPercent) || s.extentPercent < 0 || s.extentPercent > 100))
    issues.push(issue(`${path}/extentPercent`, 'extent_out_of_range'));
  else if (issues.length === 0 && hasExtent(s.occupation) && s.extentPercent === null)
    issues.push(issue(`${path}/extentPercent`, 'extent_required'));
  else if (issues.length === 0 && !hasExtent(s.occupation) && s.extentPercent !== null)
    issues.push(issue(`${path}/extentPercent`, 'extent_not_applicable'));
  return issues;
}

/** Problems with a start: the dates and codes, the situation. */
export function checkStart(
  input: { startDate: string; timeInSupport: string; educationLevel: string; situation: Situation },
  today: string,
): Issue[] {
  const issues: Issue[] = [];
  if (!isDate(input.startDate)) issues.push(issue('/startDate', 'invalid_date'));
  else if (input.startDate > today) issues.push(issue('/startDate', 'date_in_future'));
  issues.push(...checkCode('timeInSupport', input.timeInSupport, '/timeInSupport'));
  issues.push(...checkCode('educationLevel', input.educationLevel, '/educationLevel'));
  issues.push(...checkSituation(input.situation));
  return issues;
}

/** Problems with an end: on or after the start and not in the future, a known end reason, the situation. */
export function checkEnd(input: { endDate: string; endReason: string; situation: Situation }, startDate: string, today: string): Issue[] {
  const issues: Issue[] = [];
  if (!isDate(input.endDate)) issues.push(issue('/endDate', 'invalid_date'));
  else if (input.endDate < startDate) issues.push(issue('/endDate', 'end_before_start'));
  else if (input.endDate > today) issues.push(issue('/endDate', 'date_in_future'));
  issues.push(...checkCode('endReason', input.endReason, '/endReason'));
  issues.push(...checkSituation(input.situation));
  return issues;
}

/**
 * Gender as the Swedish personal number encodes it: the second-to-last digit, odd for a man and even for a woman
 * (the same for a samordningsnummer). A reserve id, or no number, gives `unknown`.
 */
export function genderOf(idKind: string, personalNumber: string | null): Gender {
  if (idKind === 'reserve' || personalNumber === null || !/^\d{12}$/.test(personalNumber)) return 'unknown';
  return Number(personalNumber[10]) % 2 === 1 ? 'man' : 'woman';
}

/** Whole years at the start, or null when the birth date is unknown. */
export const ageAtStart = (birthDate: string | null, startDate: string) => (birthDate ? ageOn(birthDate, startDate) : null);

/** Follow-up points: 1–4 of them, each 1–730 days after the end, strictly increasing. */
export const FOLLOW_UP_LIMITS = { minPoints: 1, maxPoints: 4, minDays: 1, maxDays: 730 } as const;

export function checkFollowUpDays(days: number[]): Issue[] {
  const l = FOLLOW_UP_LIMITS;
  if (days.length < l.minPoints || days.length > l.maxPoints) return [issue('/days', 'follow_up_points')];
  const issues: Issue[] = [];
  days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < l.minDays || d > l.maxDays) issues.push(issue(`/days/${i}`, 'follow_up_days_range'));
    else if (i > 0 && d <= days[i - 1]!) issues.push(issue(`/days/${i}`, 'follow_up_days_order'));
  });
  return issues;
}
