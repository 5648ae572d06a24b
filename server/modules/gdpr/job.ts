import type { Job } from '../../jobs.ts';
import { runRetention } from './retention.ts';

/** Retention (gallring), once a day: removes what has passed its period and logs each removal. */
export const retentionJob: Job = {
  name: 'retention',
  everyMs: 24 * 60 * 60 * 1000,
  run: async (database) => {
    const run = await runRetention(database.db);
    // Counts only: which person failed stays out of the log.
    if (run.failures > 0) console.error(`job retention: ${run.failures} participant(s) failed and will be tried again`);
  },
};
