import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { retentionJob } from './modules/gdpr/job.ts';
import { emailJob } from './modules/notifications/sending.ts';
import { referralExpiryJob } from './modules/referrals/job.ts';

/** A task Kitt runs on a timer in the server process, e.g. retention or sending queued e-mail. */
export interface Job {
  name: string;
  everyMs: number;
  run: (database: Database, config: Config) => Promise<void>;
}

/** The scheduled jobs; each module adds its own. */
export const JOBS: Job[] = [retentionJob, emailJob, referralExpiryJob];

/**
 * Runs each job once shortly after start and then every `everyMs`; one run of a job at a time. A failing run is
 * logged by name only (never with data) and retried at the next tick. Returns a function that stops them all.
 */
export function startJobs(database: Database, config: Config, jobs: Job[] = JOBS): () => void {
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    let running = false;
    const tick = async () => {
      if (running) return;
      running = true;
      try {
        await job.run(database, config);
      } catch (err) {
        console.error(`job ${job.name} failed: ${err instanceof Error ? err.name : 'error'}`);
      } finally {
        running = false;
      }
    };
    timers.push(setTimeout(tick, 5_000), setInterval(tick, job.everyMs));
  }
  return () => timers.forEach((t) => clearTimeout(t));
}
