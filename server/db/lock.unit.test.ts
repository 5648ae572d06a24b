import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.ts';

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kitt-lock-')), 'a', 'b', 'data');

/** A pid that certainly belonged to a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('the data folder lock', () => {
  it('creates missing parent folders and writes this process’s pid', () => {
    const dir = tmp();
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kitt.lock'), 'utf8')).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(path.join(dir, 'kitt.lock'))).toBe(false);
  });

  it('refuses a folder held by a live process, naming the folder and the process', () => {
    const dir = tmp();
    fs.mkdirSync(dir, { recursive: true });
    // The test runner's parent process is alive for the whole test.
    fs.writeFileSync(path.join(dir, 'kitt.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`already running on the data folder .*process ${process.ppid}`));
  });

  it.each([
    ['a lock left by a killed process', () => JSON.stringify({ pid: deadPid() })],
    ['a half-written lock file', () => '{"pi'],
    ['an empty lock file', () => ''],
    [
      'a lock whose pid now belongs to another process (started at another time)',
      () => JSON.stringify({ pid: process.ppid, started: '1' }),
    ],
  ])('takes over %s', (_name, content) => {
    const dir = tmp();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'kitt.lock'), content());
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'kitt.lock'), 'utf8')).pid).toBe(process.pid);
    release();
  });
});
