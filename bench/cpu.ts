import fs from 'node:fs';
import os from 'node:os';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime; 100 on every common Linux build. */
const TICKS = 100;

function ticksOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** The backends serving `database`, and the shared WAL writer, checkpointer and background writer. */
function postgresPids(database: string | null): number[] {
  if (!database || !fs.existsSync('/proc')) return [];
  const shared = /^postgres: .*(walwriter|checkpointer|background writer)/;
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmd.startsWith('postgres') && (cmd.includes(` ${database} `) || shared.test(cmd));
      } catch {
        return false;
      }
    });
}

export interface CpuSnapshot {
  at: number;
  server: number;
  postgres: Map<number, number>;
  self: number;
  machineIdle: number;
  machineTotal: number;
}

function machineTimes() {
  let idle = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    idle += cpu.times.idle;
    total += cpu.times.idle + cpu.times.user + cpu.times.sys + cpu.times.nice + cpu.times.irq;
  }
  return { idle, total };
}

/** CPU used so far by the server process, by PostgreSQL for `database` (when given), and by this process. */
export function snapshot(serverPid: number, database: string | null = null): CpuSnapshot {
  const postgres = new Map(postgresPids(database).map((pid) => [pid, ticksOf(pid)]));
  const m = machineTimes();
  return { at: Date.now(), server: ticksOf(serverPid), postgres, self: ticksOf(process.pid), machineIdle: m.idle, machineTotal: m.total };
}

/** CPU milliseconds per request of each side between two snapshots, and how busy the whole machine was. */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): string | null {
  if (requests === 0 || !fs.existsSync('/proc')) return null;
  const ms = (ticks: number) => ((ticks * 1000) / TICKS / requests).toFixed(2);
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) postgres += ticks - (before.postgres.get(pid) ?? 0);
  const busy = 1 - (after.machineIdle - before.machineIdle) / Math.max(1, after.machineTotal - before.machineTotal);
  return (
    `  CPU per request: server ${ms(after.server - before.server)} ms, PostgreSQL ${after.postgres.size ? `${ms(postgres)} ms` : '–'}, ` +
    `load generator ${ms(after.self - before.self)} ms; machine ${(100 * busy).toFixed(0)} % busy (${os.cpus().length} CPUs)`
  );
}
