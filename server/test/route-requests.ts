import type { App } from '../lib/http/app-type.ts';
import type { Session } from './harness.ts';

/** Fills `:name` segments and a trailing `*` of a route's url; a parameter without a value throws. */
export function fillPath(url: string, params: Record<string, string> = {}): string {
  return url.replace(/:(\w+)|\*$/g, (whole, name: string | undefined) => {
    const value = params[name ?? '*'];
    if (value === undefined) throw new Error(`no value for ${whole} in ${url}`);
    return name ? encodeURIComponent(value) : value;
  });
}

/** OpenAPI writes `/a/{id}` where Fastify writes `/a/:id`. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

export interface Answer {
  status: number;
  body: any;
  payload: string;
}

const parse = (payload: string) => {
  try {
    return payload ? JSON.parse(payload) : null;
  } catch {
    return undefined;
  }
};

/**
 * Sends a request as the session's user (or without a session when null), with the CSRF token on every
 * state-changing request, as the web app does.
 */
export async function callAs(app: App, session: Session | null, method: string, url: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (session) {
    headers.cookie = session.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  }
  const res = await app.inject({
    method: method as 'GET',
    url,
    headers,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: res.statusCode, body: parse(res.payload), payload: res.payload };
}
