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

const known = new Set<string>(KNOWN_PROBLEMS);

/**
 * The fields a validation_failed answer points at (details: [{ path: "/personalNumber", keyword }]), so the form
 * can mark the field itself and not only say that something was wrong.
 */
export function serverFieldProblems(error: unknown): Record<string, ServerProblem> {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details)) return {};
  const problems: Record<string, ServerProblem> = {};
  for (const detail of error.details as unknown[]) {
    const { path, keyword } = (detail ?? {}) as { path?: unknown; keyword?: unknown };
    if (typeof path !== 'string') continue;
    const field = path.replace(/^\//, '').split('/')[0];
    if (!field || problems[field]) continue;
    problems[field] = typeof keyword === 'string' && known.has(keyword) ? (keyword as ServerProblem) : 'invalid';
  }
  return problems;
}
