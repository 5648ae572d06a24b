import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { readConfig } from '../../config.ts';
import { openPostgres, type Database } from '../../db/client.ts';
import { adminUrl, backend, templateDbName, withAdminClient } from '../../test/backends.ts';
import { tcpProxy } from '../../test/tcp-proxy.ts';
import type { App } from './app-type.ts';

// Only a database server can go away under a running Kitt; the embedded database lives in the process.
describe.runIf(backend() === 'postgres')('when PostgreSQL cannot be reached', () => {
  const name = `kitt_unavailable_${process.pid}`;
  let proxy: Awaited<ReturnType<typeof tcpProxy>>;
  let database: Database;
  let app: App;

  beforeAll(async () => {
    await withAdminClient((c) => c.query(`create database ${name} template ${templateDbName}`));
    const url = new URL(adminUrl());
    proxy = await tcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.host = `127.0.0.1:${proxy.port}`;
    url.pathname = `/${name}`;
    database = openPostgres(url.toString(), { max: 4 });
    app = await buildApp({ database, config: readConfig({ DATABASE_URL: url.toString() }), logger: false });
  });

  afterAll(async () => {
    await app.close();
    await database.close().catch(() => {});
    await proxy.close();
    await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it('answers 503 unavailable with Retry-After, and recovers without a restart', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok', database: 'postgresql' });
    proxy.cut();
    for (const url of ['/api/health', '/api/me']) {
      const res = await app.inject({
        method: 'GET',
        url,
        headers: { cookie: `kitt_session=${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${'x'.repeat(43)}` },
      });
      expect(res.statusCode, url).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.json().error.code).toBe('unavailable');
      expect(res.payload).not.toMatch(/ECONN|postgres|at .*\.ts/);
    }
    proxy.restore();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await app.inject({ method: 'GET', url: '/api/health' })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
