import { PROCUREMENT_YEARS } from '../../../common/procurement.ts';
import { hasRole, type Actor } from '../../lib/actor.ts';

/**
 * Who procures and buys: coordinators and managers (the verb procurement.manage) for their own organisation, which
 * becomes the contract's procurer or the purchase's buyer. Only that organisation's staff change the record after.
 */
export const mayProcure = (actor: Actor) => hasRole(actor, 'coordinator', 'manager') && actor.organisationId !== null;

export const mayChangeAs = (actor: Actor, organisationId: string) => mayProcure(actor) && actor.organisationId === organisationId;

export interface Problem {
  path: string;
  keyword: string;
  message: string;
}

const problem = (path: string, keyword: string): Problem => ({ path, keyword, message: keyword });

const inRange = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= PROCUREMENT_YEARS.min && year <= PROCUREMENT_YEARS.max;
};

/**
 * Problems a contract's fields have together (each field alone is checked by the schema): both dates within the years
 * 2000–2099 (`date_out_of_range`), the end not before the start (`end_before_start`), each requirement kind once
 * (`duplicate_requirement`).
 */
export function contractProblems(input: { startDate: string; endDate: string; requirements: readonly { kind: string }[] }): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['startDate', 'endDate'] as const)
    if (!inRange(input[field])) problems.push(problem(`/${field}`, 'date_out_of_range'));
  if (problems.length === 0 && input.endDate < input.startDate) problems.push(problem('/endDate', 'end_before_start'));
  input.requirements.forEach((r, i) => {
    if (input.requirements.findIndex((other) => other.kind === r.kind) !== i)
      problems.push(problem(`/requirements/${i}`, 'duplicate_requirement'));
  });
  return problems;
}
