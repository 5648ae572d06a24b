import type { ErrorCode } from '../../common/errors.ts';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  consent_required: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** English fallbacks; the web app shows its own translation of each code. Never personal data here. */
const MESSAGES: Record<ErrorCode, string> = {
  validation_failed: 'The request is not valid.',
  unauthenticated: 'Sign in to continue.',
  invalid_credentials: 'The e-mail address or password is wrong.',
  forbidden: 'You may not do this.',
  consent_required: 'Consent from the participant is needed.',
  csrf_failed: 'The request lacks a valid CSRF token.',
  not_found: 'Not found.',
  conflict: 'The data was changed by someone else or already exists.',
  payload_too_large: 'The request is too large.',
  unsupported_media_type: 'The request body must be JSON.',
  rate_limited: 'Too many attempts; wait a moment.',
  internal: 'Something went wrong in Kitt.',
  unavailable: 'Kitt cannot reach its database right now; try again shortly.',
};

/** The one error type of Kitt: a stable code, its HTTP status, and optional details safe to show a client. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? MESSAGES[code]);
    this.status = STATUS[code];
  }
}

export const statusOf = (code: ErrorCode): number => STATUS[code];
export const messageOf = (code: ErrorCode): string => MESSAGES[code];

export const notFound = () => new AppError('not_found');
export const forbidden = () => new AppError('forbidden');
export const conflict = (message?: string, details?: unknown) => new AppError('conflict', message, details);
export const invalid = (details: unknown, message?: string) => new AppError('validation_failed', message, details);
