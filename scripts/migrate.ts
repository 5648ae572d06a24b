import { readConfig } from '../server/config.ts';
import { openConfiguredDatabase } from '../server/db/open.ts';

/** `npm run db:migrate`: applies the committed migrations to the configured database (Kitt also does so at start). */
const { database, release } = await openConfiguredDatabase(readConfig());
console.log(`Migrations applied (${database.kind}).`);
await database.close();
release();
