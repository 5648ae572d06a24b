import { isApiError } from './http.ts';

/** Reasons the server gives for a field (details[].keyword) that the UI has its own sentence for. */
const KNOWN_PROBLEMS = [
  'personnummer',
  'kind',
  'reserve',
  'organisationsnummer',
  'organisation_required',
  'participant_role',
  'period_reversed',
  'paper_needs_document_date',
  'exists',
  'format',
  'pattern',
] as const;

export type ServerProblem = (typeof KNOWN_PROBLEMS)[number] | 'invalid';

/**
 * The fields a validation_failed answer points at (details: [{ path: "/personalNumber", keyword }]), so the form
 * can mark the field itself and not only say that something was wrong.
 */
export function serverFieldProblems(error: unknown): Record<string, ServerProblem> {
  return fieldReasons(error, KNOWN_PROBLEMS);
}

/**
 * The same for a form with its own sentences: each field the answer points at (the first segment of the path), with
 * the first reason given for it when it is one of `known`, otherwise 'invalid'.
 */
export function fieldReasons<K extends string>(error: unknown, known: readonly K[]): Record<string, K | 'invalid'> {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details)) return {};
  const problems: Record<string, K | 'invalid'> = {};
  for (const detail of error.details as unknown[]) {
    const { path, keyword } = (detail ?? {}) as { path?: unknown; keyword?: unknown };
    if (typeof path !== 'string') continue;
    const field = path.replace(/^\//, '').split('/')[0];
    if (!field || problems[field]) continue;
    problems[field] = typeof keyword === 'string' && (known as readonly string[]).includes(keyword) ? (keyword as K) : 'invalid';
  }
  return problems;
}
