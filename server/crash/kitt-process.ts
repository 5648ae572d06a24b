import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A port nobody listens on right now: the kernel picks one, we close it and hand it to the child. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One Kitt server running as `node --import tsx server/main.ts` in its own process group. */
export interface KittProcess {
  pid: number;
  port: number;
  url: string;
  exited: Promise<Exit>;
  /** The last few kilobytes the process wrote, for failure messages. */
  output(): string;
  stderr(): string;
  /** Resolves once /api/health answers 200; rejects when the process exits first or `timeoutMs` passes. */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL to the whole process group: no shutdown hook, no lock release, no database close. */
  kill9(): Promise<Exit>;
  /** SIGTERM (Kitt's graceful shutdown) and wait for the exit. */
  stop(): Promise<Exit>;
}

const live = new Set<ChildProcess>();

/** Kills every Kitt this helper started and that still runs; for afterAll after a failed test. */
export function killAll(): void {
  for (const child of live) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  live.clear();
}

const keepTail = (text: string, max = 16_000) => (text.length > max ? text.slice(-max) : text);

export interface StartOptions {
  /** The entry point, relative to the repository; Kitt's by default (the benchmark starts a bare Fastify too). */
  script?: string;
  /** Extra node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
}

/** Starts Kitt with `env` added to this process's environment (PORT and a quiet log level are set here). */
export async function startKitt(env: Record<string, string>, options: StartOptions = {}): Promise<KittProcess> {
  const port = await freePort();
  const args = [...(options.nodeArgs ?? []), '--import', 'tsx', options.script ?? 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, KITT_LOG_LEVEL: 'warn', NODE_ENV: 'test', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  live.add(child);
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out = keepTail(out + d.toString())));
  child.stderr!.on('data', (d: Buffer) => (err = keepTail(err + d.toString())));
  let exitedNow: Exit | null = null;
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      live.delete(child);
      exitedNow = { code, signal };
      resolve(exitedNow);
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid!;
  const handle: KittProcess = {
    pid,
    port,
    url,
    exited,
    output: () => `--- stdout ---\n${out}\n--- stderr ---\n${err}`,
    stderr: () => err,
    async ready(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (exitedNow) throw new Error(`Kitt exited (${JSON.stringify(exitedNow)}) before it was ready\n${handle.output()}`);
        try {
          const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
          await res.arrayBuffer();
          if (res.status === 200) return;
        } catch {
          // Not listening yet.
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`Kitt was not ready within ${timeoutMs} ms\n${handle.output()}`);
    },
    async kill9() {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // The group is already gone.
      }
      return exited;
    },
    async stop() {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const timer = setTimeout(() => handle.kill9(), 30_000);
      const exit = await exited;
      clearTimeout(timer);
      return exit;
    },
  };
  return handle;
}

/** True while a process with this pid exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
