import pg from 'pg';
import { buildApp } from '../server/app.ts';
import { readConfig } from '../server/config.ts';
import { openPostgres } from '../server/db/client.ts';

/**
 * Counts the PostgreSQL round trips (queries sent by the pg client, BEGIN and COMMIT included) of each route's
 * request, in-process on the benchmark database: the first request of a session (session cache cold) and the
 * mean of the next `n` (cache warm, as in the measured run).
 */
export async function countRoundTrips(
  url: string,
  email: string,
  password: string,
  paths: Record<string, () => string>,
  n = 50,
): Promise<Record<string, { first: number; warm: number }>> {
  let count = 0;
  const original = pg.Client.prototype.query;
  const database = openPostgres(url, { max: 2 });
  const app = await buildApp({ database, config: { ...readConfig({}), databaseUrl: url, demo: false }, logger: false });
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result: Record<string, { first: number; warm: number }> = {};
    for (const [name, path] of Object.entries(paths)) {
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
      const cookie = `kitt_session=${login.cookies.find((c) => c.name === 'kitt_session')!.value}`;
      const read = async () => {
        const before = count;
        const res = await app.inject({ method: 'GET', url: path(), headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(`${name}: ${res.statusCode} ${res.payload.slice(0, 200)}`);
        return count - before;
      };
      const first = await read();
      let warm = 0;
      for (let i = 0; i < n; i++) warm += await read();
      result[name] = { first, warm: warm / n };
    }
    return result;
  } finally {
    pg.Client.prototype.query = original;
    await app.close();
    await database.close();
  }
}
