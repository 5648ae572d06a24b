/** Stable error codes. The client translates each code; the server's message is a fallback in English. */
export const ERROR_CODES = [
  'validation_failed',
  'not_found',
  'forbidden',
  'consent_required',
  'conflict',
  'unauthenticated',
  'invalid_credentials',
  'csrf_failed',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
