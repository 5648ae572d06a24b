import { buildApp } from './app.ts';
import { DEFAULT_DEMO_PASSWORD, readConfig } from './config.ts';
import { isEmpty, openConfiguredDatabase } from './db/open.ts';
import { DataDirLockedError } from './db/lock.ts';
import { seedDemo } from './demo/seed.ts';
import { startJobs } from './jobs.ts';
import { setClockOffsetDays } from './lib/dates.ts';

/** Reads the configuration, opens and migrates the database, loads demo data on first start, and listens. */
async function main() {
  const config = readConfig();
  if (config.clockOffsetDays > 0) {
    setClockOffsetDays(config.clockOffsetDays);
    console.warn(`Kitt's clock runs ${config.clockOffsetDays} days ahead (KITT_CLOCK_OFFSET_DAYS).`);
  }
  let opened;
  try {
    opened = await openConfiguredDatabase(config);
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  const { database, release } = opened;
  let demo = null;
  if (config.demo && (await isEmpty(database))) demo = await seedDemo(database.db, config.demoPassword);

  const app = await buildApp({ database, config });
  let stopJobs = () => {};
  const shutdown = async () => {
    stopJobs();
    await app.close().catch(() => {});
    await database.close().catch(() => {});
    release();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  await app.listen({ port: config.port, host: config.host });
  stopJobs = startJobs(database, config);
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
  console.log(`\nKitt is running at ${url} (${where})`);
  if (demo || config.demo) {
    const shown = config.demoPassword === DEFAULT_DEMO_PASSWORD ? config.demoPassword : '(the one in KITT_DEMO_PASSWORD)';
    console.log(`Demo logins, password ${shown}:`);
    const { DEMO_USERS } = await import('./demo/data.ts');
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(34)} ${u.note}`);
  }
  console.log(`API reference: ${url}/api/docs\n`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
