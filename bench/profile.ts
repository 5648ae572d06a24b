import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a function lives, short: a package name, a Kitt file, or node's own. */
function placeOf(url: string): string {
  if (!url) return '(native / idle / gc)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const kitt = /\/(server|common)\/(.*)$/.exec(url);
  return kitt ? `${kitt[1]}/${kitt[2]}` : url;
}

/**
 * Sums a V8 CPU profile's self time per function and per place (package or file), so the report says where a
 * request's time goes without opening DevTools. Prints the top `top` of each.
 */
export function summariseProfile(file: string, top = 15): string {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    const place = placeOf(frame.url);
    const fn = `${frame.functionName || '(anonymous)'}  ${place}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + micros);
    byPlace.set(place, (byPlace.get(place) ?? 0) + micros);
  }
  const table = (title: string, map: Map<string, number>) =>
    [`  ${title}`]
      .concat(
        [...map.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, top)
          .map(([name, micros]) => `    ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`),
      )
      .join('\n');
  return [
    `CPU profile ${path.basename(file)}: ${(total / 1e6).toFixed(1)} s sampled`,
    table('self time by place', byPlace),
    table('self time by function', byFunction),
  ].join('\n');
}

/** The newest main-thread .cpuprofile in `dir` (tsx's loader thread writes one too), or null. */
export function newestProfile(dir: string): string | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs
    .readdirSync(dir)
    .filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f))
    .map((f) => path.join(dir, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  return files[0] ?? null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const target = process.argv[2];
  if (!target) throw new Error('usage: tsx bench/profile.ts <file.cpuprofile | folder>');
  const file = fs.statSync(target).isDirectory() ? newestProfile(target) : target;
  if (!file) throw new Error(`no .cpuprofile in ${target}`);
  console.log(summariseProfile(file));
}
