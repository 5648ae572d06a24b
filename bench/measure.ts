import autocannon from 'autocannon';

export interface MeasureOptions {
  label: string;
  url: string;
  connections: number;
  /** Seconds measured, after `warmup` seconds that are not. */
  duration: number;
  warmup: number;
  headers?: Record<string, string>;
  /** The path of each request: a fixed one, or a new one per request (e.g. a random participant). */
  path: string | (() => string);
}

export interface Measurement {
  label: string;
  responses: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Answers by status code, and requests that got none. */
  statuses: Record<number, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function run(options: MeasureOptions, seconds: number, onResponse?: (status: number, ms: number) => void): Promise<autocannon.Result> {
  const nextPath = typeof options.path === 'function' ? options.path : null;
  // Without a callback autocannon returns its event emitter, which is also a promise of the result.
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration: seconds,
    headers: options.headers,
    timeout: 10,
    requests: [
      {
        method: 'GET',
        path: nextPath ? nextPath() : (options.path as string),
        ...(nextPath ? { setupRequest: (req: autocannon.Request) => ({ ...req, path: nextPath() }) } : {}),
      },
    ],
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  if (onResponse) instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => onResponse(status, ms));
  return instance;
}

/**
 * Runs autocannon against `url`: a warm-up (JIT, connection pools, caches), then the measured run. Latencies are
 * collected per response (autocannon's own summary has p97.5 but no p95).
 */
export async function measure(options: MeasureOptions): Promise<Measurement> {
  if (options.warmup > 0) await run(options, options.warmup);
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const started = process.hrtime.bigint();
  const result = await run(options, options.duration, (status, ms) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sorted = Float64Array.from(latencies).sort();
  const non2xx = Object.entries(statuses).reduce((n, [code, count]) => (Number(code) >= 200 && Number(code) < 300 ? n : n + count), 0);
  return {
    label: options.label,
    responses: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1]! : NaN,
    statuses,
    non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '–');

/** One line per measurement, aligned. */
export function formatMeasurement(m: Measurement): string {
  const codes = Object.entries(m.statuses)
    .map(([code, count]) => `${code}×${count}`)
    .join(' ');
  return (
    `${m.label.padEnd(34)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${ms(m.p50).padStart(9)}   p95 ${ms(m.p95).padStart(9)}   ` +
    `p99 ${ms(m.p99).padStart(9)}   max ${ms(m.max).padStart(9)}   non-2xx ${m.non2xx}, errors ${m.errors}, timeouts ${m.timeouts}   [${codes}]`
  );
}
