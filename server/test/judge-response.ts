import { ERROR_CODES } from '../../common/errors.ts';

/** Text that must never reach a client: stack frames, source paths, SQL and driver messages. */
const STACK = /\n\s+at\s|\.ts:\d+|\.js:\d+:\d+|node_modules|file:\/\//;
/** Signs that a path traversal reached the project's or the system's files. */
const FILES = /root:x:0:0|export async function buildApp|"name": "kitt"|DATABASE_URL=/;
const SQL =
  /\b(select\s.+\sfrom|insert\s+into|update\s+\w+\s+set|delete\s+from|syntax error at|relation "|violates|duplicate key|invalid input syntax|byte sequence|SQLSTATE|drizzle|DatabaseError|pglite|Failed query)/i;

/**
 * What is wrong with an answer, or null: a 5xx, a file served from outside the public folders, an error without the
 * stable `{ error: { code, message, details? } }` shape and a code from common/errors.ts, or a stack trace or SQL text
 * in an error body.
 */
export function problemWith(status: number, contentType: string | undefined, payload: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (FILES.test(payload)) return 'a file from outside the public folders in the body';
  if (STACK.test(payload) && status >= 400) return 'a stack trace in the body';
  if (status < 400) return null;
  if (!contentType?.startsWith('application/json')) return `error with content type ${contentType}`;
  let body: unknown;
  try {
    body = JSON.parse(payload);
  } catch {
    return 'error body is not JSON';
  }
  const error = (body as { error?: Record<string, unknown> })?.error;
  if (!error || Object.keys(body as object).length !== 1) return `not the error shape: ${payload.slice(0, 120)}`;
  if (Object.keys(error).some((k) => !['code', 'message', 'details'].includes(k))) return `unexpected error keys: ${Object.keys(error)}`;
  if (!(ERROR_CODES as readonly unknown[]).includes(error.code)) return `unknown error code ${String(error.code)}`;
  if (typeof error.message !== 'string') return 'error message is not a string';
  if (SQL.test(payload)) return `SQL or driver text in the body: ${payload.slice(0, 120)}`;
  return null;
}
