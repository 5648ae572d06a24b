import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Config } from './config.ts';
import type { Database } from './db/client.ts';
import { startJobs, type Job } from './jobs.ts';

const database = {} as Database;
const config = {} as Config;

describe('scheduled jobs', () => {
  afterEach(() => vi.useRealTimers());

  it('runs each job shortly after start and then on its interval, and stops when told', async () => {
    vi.useFakeTimers();
    const runs: number[] = [];
    const job: Job = { name: 'count', everyMs: 60_000, run: async () => void runs.push(Date.now()) };
    const stop = startJobs(database, config, [job]);
    await vi.advanceTimersByTimeAsync(4_999);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(600_000);
    expect(runs).toHaveLength(2);
  });

  it('never starts a run while the previous one is still going', async () => {
    vi.useFakeTimers();
    let active = 0;
    let most = 0;
    const job: Job = {
      name: 'slow',
      everyMs: 1_000,
      run: async () => {
        active += 1;
        most = Math.max(most, active);
        await new Promise((resolve) => setTimeout(resolve, 5_500));
        active -= 1;
      },
    };
    const stop = startJobs(database, config, [job]);
    await vi.advanceTimersByTimeAsync(20_000);
    stop();
    expect(most).toBe(1);
  });

  it('logs a failing run by the job name and the error type only, and runs again at the next tick', async () => {
    vi.useFakeTimers();
    const logged: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line));
    let calls = 0;
    const job: Job = {
      name: 'fails',
      everyMs: 1_000,
      run: async () => {
        calls += 1;
        throw new TypeError('Anna Andersson 19900101-1234');
      },
    };
    const stop = startJobs(database, config, [job]);
    await vi.advanceTimersByTimeAsync(6_000);
    stop();
    spy.mockRestore();
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(logged[0]).toBe('job fails failed: TypeError');
    expect(logged.join('\n')).not.toContain('Anna');
  });
});
