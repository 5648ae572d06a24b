import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { DEFAULT_DEMO_PASSWORD } from '../config.ts';
import { openPglite, openPostgres, type Database } from '../db/client.ts';
import { seededRandom } from '../demo/numbers.ts';
import { urlFor, withAdminClient } from '../test/backends.ts';
import { checkDatabase } from './checks.ts';
import { isAlive, killAll, repoRoot, startKitt, type KittProcess } from './kitt-process.ts';
import { newLedger, readBack, signIn, WriteLoad, type AckedParticipant, type ApiUser, type Ledger } from './load.ts';

// kill -9 under write load, restart on the same data, and check that nothing acknowledged was lost.
// KITT_CRASH_FULL=1 runs 20 trials per backend; KITT_CRASH_SEED repeats a run's choice of kill moments.
const FULL = process.env.KITT_CRASH_FULL === '1';
const TRIALS = FULL ? 20 : 5;
const SEED = Number(process.env.KITT_CRASH_SEED) || Date.now() % 1_000_000;
const WRITERS = ['amf.handlaggare@sjostad.example', 'af.handlaggare@sjostad.example'];
const CLIENTS_PER_WRITER = 3;
/** Every fifth restart is killed again while it starts (recovery, migrations, listen), before any load. */
const STARTUP_KILL_EVERY = 5;

const random = seededRandom(SEED);
const between = (min: number, max: number) => Math.round(min + random() * (max - min));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterAll(() => killAll());

interface Target {
  env: Record<string, string>;
  /** The data folder whose lock file a kill leaves behind; null on PostgreSQL. */
  dataDir: string | null;
  open(): Promise<Database>;
}

interface Summary {
  trials: number;
  startupKills: number;
  ackedParticipants: number;
  ackedConsents: number;
  ackedChecked: number;
  readBackViaApi: number;
  unanswered: number;
  committedUnacked: number;
  auditEvents: number;
}

/** After a kill the lock file is stale: it names a dead Kitt (an earlier one when the kill came before the takeover). */
function checkStaleLock(target: Target, killed: KittProcess, killedPids: number[]) {
  killedPids.push(killed.pid);
  if (!target.dataDir) return;
  const lockPath = path.join(target.dataDir, 'kitt.lock');
  if (!fs.existsSync(lockPath)) return;
  const held = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as { pid: number };
  expect(killedPids, 'the lock names a killed Kitt').toContain(held.pid);
  expect(isAlive(held.pid)).toBe(false);
}

async function restart(target: Target): Promise<KittProcess> {
  const kitt = await startKitt(target.env);
  await kitt.ready(90_000);
  return kitt;
}

const recent = (list: AckedParticipant[], trial: number) => list.filter((p) => p.trial === trial).slice(-100);

/** Reads back through the API what the previous trial acknowledged, and a sample of everything older. */
async function readBackAfterRestart(kitt: KittProcess, ledger: Ledger, previousTrial: number): Promise<number> {
  const last = recent(ledger.participants, previousTrial);
  const sample = ledger.participants.filter(() => random() < 0.05).slice(0, 50);
  const participants = [...last, ...sample];
  const ids = new Set(participants.map((p) => p.id));
  const consents = ledger.consents.filter((c) => ids.has(c.participantId));
  const problems = await readBack(kitt.url, participants, consents);
  expect(problems, `after the restart following trial ${previousTrial}`).toEqual([]);
  return participants.length + consents.length;
}

async function crashTrials(target: Target, trials: number): Promise<Summary> {
  const ledger = newLedger();
  let startupKills = 0;
  const killedPids: number[] = [];
  let readBackViaApi = 0;
  let kitt = await startKitt(target.env);
  await kitt.ready(180_000);
  const users: ApiUser[] = [];
  for (const email of WRITERS) users.push(await signIn(kitt.url, email, DEFAULT_DEMO_PASSWORD));

  for (let trial = 1; trial <= trials; trial++) {
    if (trial > 1) {
      if (trial % STARTUP_KILL_EVERY === 0) {
        const starting = await startKitt(target.env);
        await sleep(between(100, 2500));
        const exit = await starting.kill9();
        startupKills++;
        checkStaleLock(target, starting, killedPids);
        if (exit.code !== null && exit.code !== 0) throw new Error(`Kitt failed while starting:\n${starting.output()}`);
      }
      kitt = await restart(target);
      readBackViaApi += await readBackAfterRestart(kitt, ledger, trial - 1);
    }
    const load = new WriteLoad(kitt.url, users, ledger, trial);
    load.start(CLIENTS_PER_WRITER);
    await sleep(between(300, 3000));
    const exit = await kitt.kill9();
    await load.stop();
    expect(exit.signal, kitt.output()).toBe('SIGKILL');
    checkStaleLock(target, kitt, killedPids);
  }

  kitt = await restart(target);
  readBackViaApi += await readBackAfterRestart(kitt, ledger, trials);
  const stopped = await kitt.stop();
  expect(stopped.code, kitt.output()).toBe(0);
  if (target.dataDir) expect(fs.existsSync(path.join(target.dataDir, 'kitt.lock')), 'a clean stop releases the lock').toBe(false);
  expect(ledger.unexpected, 'answers that were neither 2xx nor a lost connection').toEqual([]);

  const database = await target.open();
  try {
    const check = await checkDatabase(database.db, ledger);
    expect(check.problems).toEqual([]);
    return {
      trials,
      startupKills,
      ackedParticipants: ledger.participants.length,
      ackedConsents: ledger.consents.length,
      ackedChecked: check.ackedChecked,
      readBackViaApi,
      unanswered: ledger.unanswered,
      committedUnacked: check.committedUnacked,
      auditEvents: check.auditEvents,
    };
  } finally {
    await database.close();
  }
}

function report(name: string, s: Summary) {
  console.log(
    `[crash] ${name}: ${s.trials} kill -9 trials under load (+${s.startupKills} during start-up), seed ${SEED}; ` +
      `${s.ackedChecked} acknowledged writes checked in the database (${s.ackedParticipants} participants, ${s.ackedConsents} consents), ` +
      `${s.readBackViaApi} read back through the API after restarts; ${s.unanswered} requests died in flight, ` +
      `${s.committedUnacked} of those committed whole; ${s.auditEvents} audit events verified.`,
  );
  expect(s.ackedParticipants, 'the load made progress').toBeGreaterThan(0);
}

describe('crash safety', () => {
  test(`PGlite: ${TRIALS} kill -9 trials under write load lose no acknowledged write`, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitt-crash-'));
    try {
      const summary = await crashTrials(
        {
          dataDir: dir,
          env: { KITT_DATA_DIR: dir, KITT_DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD },
          open: () => openPglite(path.join(dir, 'pgdata')),
        },
        TRIALS,
      );
      report('PGlite', summary);
    } finally {
      killAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test(`PostgreSQL: ${TRIALS} kill -9 trials under write load lose no acknowledged write`, async () => {
    const name = `kitt_crash_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await withAdminClient((c) => c.query(`create database ${name}`));
    try {
      const url = urlFor(name);
      const summary = await crashTrials(
        {
          dataDir: null,
          env: { DATABASE_URL: url, KITT_DEMO: '1', KITT_DEMO_PASSWORD: DEFAULT_DEMO_PASSWORD },
          open: async () => openPostgres(url, { max: 2 }),
        },
        TRIALS,
      );
      report('PostgreSQL', summary);
    } finally {
      killAll();
      await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
    }
  });

  test('a second Kitt on the same data folder exits non-zero with a one-line message', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kitt-lock-'));
    try {
      const first = await startKitt({ KITT_DATA_DIR: dir });
      await first.ready(180_000);
      const second = await startKitt({ KITT_DATA_DIR: dir });
      const exit = await Promise.race([second.exited, sleep(60_000).then(() => null)]);
      expect(exit, 'the second process exits by itself').not.toBeNull();
      expect(exit!.code, second.output()).not.toBe(0);
      expect(exit!.code).not.toBeNull();
      const lines = second.stderr().trim().split('\n');
      expect(lines, second.output()).toHaveLength(1);
      expect(lines[0]).toMatch(/already running on the data folder/);
      const health = await fetch(`${first.url}/api/health`);
      expect(health.status, 'the first keeps running').toBe(200);
      const held = JSON.parse(fs.readFileSync(path.join(dir, 'kitt.lock'), 'utf8')) as { pid: number };
      expect(held.pid, 'the lock still names the first').toBe(first.pid);
      expect((await first.stop()).code).toBe(0);
    } finally {
      killAll();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Found by this test: the lock file used to be created empty and its pid written after, and a stale lock was removed
  // by path; a contender in between took the lock too. lock.ts now links a whole file into place and renames a stale one away.
  test('Kitts starting at the same moment on one data folder never both take the lock', async () => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'kitt-race-'));
    const rounds = 10;
    const contender = (at: number) =>
      new Promise<number[]>((resolve, reject) => {
        const args = ['--import', 'tsx', 'server/crash/lock-race-worker.ts', base, String(at), String(rounds), '100'];
        const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.on('exit', () => {
          try {
            resolve(JSON.parse(out) as number[]);
          } catch {
            reject(new Error(`lock race worker printed ${out}`));
          }
        });
      });
    // Odd rounds start from the stale lock a killed Kitt leaves behind (a pid no process has).
    for (let r = 0; r < rounds; r++) {
      fs.mkdirSync(path.join(base, String(r)));
      if (r % 2 === 1)
        fs.writeFileSync(path.join(base, String(r), 'kitt.lock'), JSON.stringify({ pid: 2 ** 31 - 2, startedAt: '2026-01-01T00:00:00Z' }));
    }
    try {
      const at = Date.now() + 4000;
      const [a, b] = await Promise.all([contender(at), contender(at)]);
      const doubleLocked = Array.from({ length: rounds }, (_, r) => r).filter((r) => a.includes(r) && b.includes(r)).length;
      const unlocked = Array.from({ length: rounds }, (_, r) => r).filter((r) => !a.includes(r) && !b.includes(r)).length;
      console.log(`[crash] lock race: both contenders took the lock in ${doubleLocked} of ${rounds} simultaneous starts`);
      expect(doubleLocked).toBe(0);
      expect(unlocked, 'one contender takes each folder').toBe(0);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });
});
