import fs from 'node:fs';
import path from 'node:path';
import { lockDataDir } from '../db/lock.ts';

// One contender in the lock race of crash.test.ts. In each round, at an agreed moment (spinning, so contenders in
// different processes start within microseconds), it takes the lock of that round's data folder the way Kitt's
// start does and keeps it. Prints the rounds it locked as JSON.
//
// Every write pauses 20 ms first, as when the process is descheduled or the disk stalls between creating the lock
// file and writing its pid: it widens a window that exists anyway, so the race shows in a few rounds, not thousands.
const writeSync = fs.writeSync;
const pause = new Int32Array(new SharedArrayBuffer(4));
fs.writeSync = ((...args: Parameters<typeof fs.writeSync>) => {
  Atomics.wait(pause, 0, 0, 20);
  return (writeSync as (...a: unknown[]) => number)(...args);
}) as typeof fs.writeSync;
const [base, at, rounds, spacing] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5])];
// Each lock taken adds an exit listener to release it; this process takes one per round.
process.setMaxListeners(rounds + 10);
const locked: number[] = [];
for (let round = 0; round < rounds; round++) {
  while (Date.now() < at + round * spacing) {
    // Spin: a timer would wake the contenders a millisecond or more apart.
  }
  try {
    lockDataDir(path.join(base, String(round)));
    locked.push(round);
  } catch {
    // Refused: another contender holds the folder, as it should be.
  }
}
// Keep the locks a while: exiting releases them, and a contender that reaches the last round later would then take
// that folder's lock rightly, after the release, which the test would count as both holding it.
Atomics.wait(pause, 0, 0, 3000);
console.log(JSON.stringify(locked));
