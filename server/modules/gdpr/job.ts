import type { Job } from '../../jobs.ts';
import { runRetention } from './retention.ts';

/** Retention (gallring), once a day: removes what has passed its period and logs each removal. */
export const retentionJob: Job = {
  name: 'retention',
  everyMs: 24 * 60 * 60 * 1000,
  run: async (database) => {
    await runRetention(database.db);
  },
};
