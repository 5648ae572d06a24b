import fs from 'node:fs';
import path from 'node:path';

/** Raised when another live process holds the data folder. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`Kitt is already running on the data folder ${dataDir} (process ${pid}); stop it or set KITT_DATA_DIR to another folder.`);
  }
}

interface Holder {
  pid: number;
  /** The process's start time in clock ticks since boot (Linux), so a reused pid is not mistaken for the holder. */
  started: string | null;
}

function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(file: string): Holder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' && parsed.pid > 0 ? { pid: parsed.pid, started: parsed.started ?? null } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the data folder's lock file, creating missing parent folders. PGlite does not lock its folder and two
 * processes on one folder corrupt it, so Kitt refuses a second process. The lock file appears whole or not at all
 * (written aside, then hard-linked into place), and a lock left by a dead process is taken over by renaming it away
 * first, so of two processes starting at once exactly one wins. Returns a function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'kitt.lock');
  const me: Holder = { pid: process.pid, started: startTimeOf(process.pid) };
  const draft = path.join(dataDir, `kitt.lock.${process.pid}.new`);
  fs.writeFileSync(draft, JSON.stringify({ ...me, startedAt: new Date().toISOString() }));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        fs.linkSync(draft, lockPath);
        return releaser(lockPath);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid);
      takeOverStale(lockPath, dataDir);
    }
    throw new Error(`Could not take the lock on ${dataDir}`);
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/** Moves a dead holder's lock aside; if a live process locked the folder in between, puts its lock back and refuses. */
function takeOverStale(lockPath: string, dataDir: string) {
  const claimed = `${lockPath}.${process.pid}.stale`;
  try {
    fs.renameSync(lockPath, claimed);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const holder = readHolder(claimed);
  if (holder && holder.pid !== process.pid && isAlive(holder)) {
    try {
      fs.linkSync(claimed, lockPath);
    } finally {
      fs.rmSync(claimed, { force: true });
    }
    throw new DataDirLockedError(dataDir, holder.pid);
  }
  fs.rmSync(claimed, { force: true });
}

function releaser(lockPath: string) {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
  };
  process.once('exit', release);
  return release;
}
