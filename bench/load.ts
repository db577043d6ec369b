// Loads one URL with autocannon in a separate process, so the load generator does not share the
// server's event loop (it still shares the machine's two cores, as every compared run does).
import { execFile } from 'node:child_process';
import path from 'node:path';

export interface LoadResult {
  readonly label: string;
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly non2xx: number;
  readonly errors: number;
}

export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const autocannonBin = path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

export function load(label: string, url: string, body: string, seconds = BENCH_SECONDS, headers: Record<string, string> = {}): Promise<LoadResult> {
  const extra = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}=${value}`]);
  const args = [autocannonBin, '-c', '10', '-d', String(seconds), '-m', 'POST', '-H', 'content-type=application/json', ...extra, '-b', body, '--json', url];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) return reject(error);
      const r = JSON.parse(stdout) as {
        requests: { average: number };
        latency: { p50: number; p99: number };
        non2xx: number;
        errors: number;
      };
      resolve({ label, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors });
    });
  });
}

export function table(results: readonly LoadResult[], baseline: LoadResult): string {
  const rows = results.map((r) =>
    [r.label.padEnd(46), r.requestsPerSecond.toFixed(0).padStart(8), `${r.p50} ms`.padStart(8), `${r.p99} ms`.padStart(8),
      `${((r.requestsPerSecond / baseline.requestsPerSecond) * 100).toFixed(1)}%`.padStart(10), String(r.non2xx + r.errors).padStart(7)].join(' '),
  );
  const header = ['run'.padEnd(46), 'req/s'.padStart(8), 'p50'.padStart(8), 'p99'.padStart(8), `vs ${baseline.label.split(' ')[0]}`.padStart(10), 'failed'.padStart(7)].join(' ');
  return [header, ...rows].join('\n');
}

export interface Target {
  readonly label: string;
  readonly url: string;
  readonly body: string;
  /** Extra request headers (e.g. Accept-Encoding, as a browser sends it). */
  readonly headers?: Record<string, string>;
}

/** One target's rounds: each round's figure, and their mean, min and max. */
export interface RoundsResult {
  readonly label: string;
  readonly runs: readonly LoadResult[];
  readonly mean: number;
  readonly min: number;
  readonly max: number;
  /** Means of the rounds' latency percentiles. */
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
}

export const BENCH_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
export const BENCH_WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);

/**
 * Every target warmed up once, then loaded in interleaved rounds (A B C, A B C): on a machine
 * shared with other work, a slow minute then lowers every target's figure alike instead of one.
 */
export async function interleaved(targets: readonly Target[], rounds = BENCH_ROUNDS): Promise<RoundsResult[]> {
  for (const t of targets) await load(`${t.label} (warm-up)`, t.url, t.body, BENCH_WARMUP_SECONDS, t.headers);
  const runs: LoadResult[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, t] of targets.entries()) runs[i]!.push(await load(t.label, t.url, t.body, BENCH_SECONDS, t.headers));
  }
  return targets.map((t, i) => {
    const figures = runs[i]!.map((r) => r.requestsPerSecond);
    const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    return {
      label: t.label,
      runs: runs[i]!,
      mean: mean(figures),
      min: Math.min(...figures),
      max: Math.max(...figures),
      p50: mean(runs[i]!.map((r) => r.p50)),
      p99: mean(runs[i]!.map((r) => r.p99)),
      failed: runs[i]!.reduce((n, r) => n + r.non2xx + r.errors, 0),
    };
  });
}

export function roundsTable(results: readonly RoundsResult[], baseline: RoundsResult): string {
  const width = Math.max(...results.map((r) => r.label.length)) + 1;
  const header = ['run'.padEnd(width), 'req/s'.padStart(7), 'min'.padStart(7), 'max'.padStart(7), 'p50'.padStart(8), 'p99'.padStart(8),
    `÷ floor`.padStart(8), 'failed'.padStart(7)].join(' ');
  const rows = results.map((r) =>
    [r.label.padEnd(width), r.mean.toFixed(0).padStart(7), r.min.toFixed(0).padStart(7), r.max.toFixed(0).padStart(7),
      `${r.p50.toFixed(1)} ms`.padStart(8), `${r.p99.toFixed(1)} ms`.padStart(8),
      `${((r.mean / baseline.mean) * 100).toFixed(1)}%`.padStart(8), String(r.failed).padStart(7)].join(' '),
  );
  return [header, ...rows].join('\n');
}
