import { ERROR_CODES, type ErrorCode } from '../../../common/errors.ts';

/** An error answer from the API, reduced to its stable code; the UI translates `errors.<code>`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, taken from GET /api/me; sent on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

function codeFor(status: number, body: unknown): { code: ErrorCode; message: string; details?: unknown } {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && KNOWN_CODES.has(error.code)) {
    return {
      code: error.code as ErrorCode,
      message: typeof error.message === 'string' ? error.message : error.code,
      details: error.details,
    };
  }
  // A body we do not recognise (a proxy page, an empty answer): fall back on the status.
  if (status === 401) return { code: 'unauthenticated', message: 'unauthenticated' };
  if (status === 403) return { code: 'forbidden', message: 'forbidden' };
  if (status === 404) return { code: 'not_found', message: 'not_found' };
  if (status === 429) return { code: 'rate_limited', message: 'rate_limited' };
  if (status === 502 || status === 503 || status === 504) return { code: 'unavailable', message: 'unavailable' };
  return { code: 'internal', message: `HTTP ${status}` };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * Calls the API on the same origin with the session cookie. `operation` names what the user was
 * doing, so an error report says more than a status code.
 */
export async function request<T>(method: Method, path: string, body?: unknown, operation?: string): Promise<T> {
  try {
    return await send<T>(method, path, body, operation);
  } catch (error) {
    // A token gone stale (the session was renewed in another tab) is fetched again, and the write tried once more.
    if (!(error instanceof ApiError && error.code === 'csrf_failed') || !(await refreshCsrfToken())) throw error;
    return send<T>(method, path, body, operation);
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  try {
    const me = await send<{ csrfToken: string }>('GET', '/api/me', undefined, 'refresh CSRF token');
    setCsrfToken(me.csrfToken);
    return true;
  } catch {
    return false;
  }
}

async function send<T>(method: Method, path: string, body: unknown, operation?: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'unavailable', `${operation ?? method + ' ' + path}: network error`);
  }

  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown = null;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
  }
  if (!response.ok) {
    const { code, message, details } = codeFor(response.status, parsed);
    throw new ApiError(response.status, code, `${operation ?? method + ' ' + path}: ${message}`, details);
  }
  return parsed as T;
}

export const http = {
  get: <T>(path: string, operation?: string) => request<T>('GET', path, undefined, operation),
  post: <T>(path: string, body?: unknown, operation?: string) => request<T>('POST', path, body ?? {}, operation),
  patch: <T>(path: string, body: unknown, operation?: string) => request<T>('PATCH', path, body, operation),
  put: <T>(path: string, body: unknown, operation?: string) => request<T>('PUT', path, body, operation),
  delete: <T>(path: string, operation?: string) => request<T>('DELETE', path, undefined, operation),
};

/** Builds a query string from the defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
