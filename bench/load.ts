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
