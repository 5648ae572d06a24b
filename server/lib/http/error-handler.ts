import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode } from '../../../common/errors.ts';
import { AppError, messageOf, statusOf } from '../errors.ts';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '53300']);

/** True for errors that mean the database cannot be reached right now, not that the request was wrong. */
export function isUnavailable(err: unknown): boolean {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const { code, message } = e as { code?: string; message?: string };
    if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if (
      message &&
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection/i.test(
        message,
      )
    )
      return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

function send(reply: FastifyReply, code: ErrorCode, details?: unknown, message?: string) {
  const body: { error: { code: ErrorCode; message: string; details?: unknown } } = { error: { code, message: message ?? messageOf(code) } };
  if (details !== undefined) body.error.details = details;
  return reply.status(statusOf(code)).send(body);
}

// PostgreSQL data exceptions that only a client's value can cause: NUL in text (22021, 22P05) and a date outside
// PostgreSQL's calendar, such as year 0000 (22007, 22008). The transaction has rolled back; the request was wrong.
const INPUT_DATA_CODES = new Set(['22007', '22008', '22021', '22P05']);

/** The SQLSTATE of an input data exception anywhere in the error's cause chain, or null. */
function inputDataCode(err: unknown): string | null {
  let e: unknown = err;
  for (let depth = 0; e && depth < 4; depth++) {
    const { code } = e as { code?: string };
    if (code && INPUT_DATA_CODES.has(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** The one error handler: stable codes for everything a client can cause, 503 when the database is away, never a stack. */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      if (err.code === 'rate_limited') reply.header('retry-after', '60');
      return send(reply, err.code, err.details, err.message);
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      const details = fe.validation.map((v) => ({
        path: v.instancePath || `/${fe.validationContext ?? ''}`,
        keyword: v.keyword,
        message: v.message,
      }));
      return send(reply, 'validation_failed', details);
    }
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return send(reply, 'payload_too_large');
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
      return send(reply, fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? 'unsupported_media_type' : 'validation_failed');
    }
    if (fe.statusCode === 429) {
      reply.header('retry-after', '60');
      return send(reply, 'rate_limited');
    }
    if (isUnavailable(err)) {
      request.log.warn({ code: (err as { code?: string }).code }, 'database unavailable');
      reply.header('retry-after', '5');
      return send(reply, 'unavailable');
    }
    const dataCode = inputDataCode(err);
    if (dataCode) {
      request.log.warn({ code: dataCode }, 'value rejected by the database');
      return send(reply, 'validation_failed');
    }
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
      // Malformed JSON, an empty JSON body, a bad header: the client's request, described without echoing it.
      return send(reply, fe.statusCode === 404 ? 'not_found' : 'validation_failed');
    }
    // The message may quote input over several lines (a failed query lists its parameters: names, personal numbers),
    // so only the error's type, code and `at` frames are logged.
    const frames = err.stack
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 7)
      .join('\n');
    request.log.error({ type: err.name, code: fe.code, frames }, 'unexpected error');
    return send(reply, 'internal');
  });
}

/**
 * Errors Fastify raises before routing (a malformed percent-encoding, an over-long path parameter) get the same
 * shape as every other error, without echoing the path.
 */
export function frameworkErrorHandler(err: FastifyError, _request: FastifyRequest, reply: FastifyReply) {
  return send(
    reply,
    'validation_failed',
    undefined,
    err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A path parameter is too long.' : 'The address is not valid.',
  );
}
