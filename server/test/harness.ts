import { afterAll } from 'vitest';
import { buildApp } from '../app.ts';
import { readConfig, type Config } from '../config.ts';
import type { Database } from '../db/client.ts';
import type { App } from '../lib/http/app-type.ts';
import { freshDatabase } from './backends.ts';

export interface TestContext {
  app: App;
  database: Database;
  config: Config;
}

/** A Kitt app on a fresh migrated database of the project's backend; closed after the file's tests. */
export async function testApp(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, dispose } = await freshDatabase();
  const config: Config = { ...readConfig({}), loginAttemptsPerWindow: 10_000, publicReadsPerMinute: 100_000, ...overrides };
  const app = await buildApp({ database, config, logger: false });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await dispose();
  });
  return { app, database, config };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  get(url: string): Promise<{ status: number; body: any }>;
  send(method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<{ status: number; body: any }>;
}

const parse = (payload: string) => {
  try {
    return payload ? JSON.parse(payload) : null;
  } catch {
    return payload;
  }
};

/** Signs in through the API and returns a client that sends the session cookie and the CSRF token. */
export async function signIn(app: App, email: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login failed for ${email}: ${res.statusCode} ${res.payload}`);
  const setCookie = res.cookies.find((c) => c.name === 'kitt_session');
  const cookie = `kitt_session=${setCookie!.value}`;
  const me = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
  const csrfToken = (JSON.parse(me.payload) as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    async get(url) {
      const r = await app.inject({ method: 'GET', url, headers: { cookie } });
      return { status: r.statusCode, body: parse(r.payload) };
    },
    async send(method, url, body) {
      const r = await app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrfToken },
        ...(body === undefined ? {} : { payload: body as object }),
      });
      return { status: r.statusCode, body: parse(r.payload) };
    },
  };
}
