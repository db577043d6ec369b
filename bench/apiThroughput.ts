// Issue 2's benchmark: the representative front-end query (the seed event with its claims, each
// claim's speaker, quantities and evidence) against Apollo's own floor ({ __typename }) and a
// plain node:http server returning the same bytes, all loaded the same way in the same run.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { load, table, type LoadResult } from './load';

export const EVENT_QUERY = `query SeedEvent {
  events(first: 1) {
    nodes {
      id title summary date { text start end }
      claims(first: 50) {
        totalCount
        edges {
          cursor
          node {
            id paraphrase quote standing modality
            speaker { id name kind description }
            quantities { id value approximate unit counts }
            evidence { sentenceIndex start end text }
          }
        }
      }
    }
  }
}`;

function countObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countObjects(v), 0);
  if (value && typeof value === 'object') return 1 + Object.values(value).reduce((n: number, v) => n + countObjects(v), 0);
  return 0;
}

async function plainServer(bytes: Buffer): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': bytes.length });
      res.end(bytes);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

/** The real server, started as in production (its own process, NODE_ENV=production). */
export async function startServerProcess(env: Record<string, string>): Promise<{ graphqlUrl: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, '../src/main.js')], {
    // One load generator on one address would trip the per-address rate limit; request logs are
    // left on, as in production.
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const graphqlUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /ready at (\S+)/.exec(out);
      if (!match) return;
      // From here on, only drain the request logs so the child never blocks on a full pipe.
      child.stdout!.off('data', onData);
      child.stdout!.resume();
      resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before it was ready`)));
  });
  return {
    graphqlUrl,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

export async function apiThroughputReport(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-bench-'));
  const database = path.join(dir, 'bench.sqlite');
  const cached = await startServerProcess({ DATABASE_PATH: database });
  const uncached = await startServerProcess({ DATABASE_PATH: database, RESPONSE_CACHE_SECONDS: '0' });
  try {
    const body = JSON.stringify({ query: EVENT_QUERY });
    const response = await fetch(cached.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const objects = countObjects(JSON.parse(bytes.toString()).data);
    const plain = await plainServer(bytes);
    const results: LoadResult[] = [];
    try {
      results.push(await load('node:http, same bytes', plain.url, body));
    } finally {
      plain.close();
    }
    const floor = await load('Apollo { __typename } (floor)', cached.graphqlUrl, JSON.stringify({ query: '{ __typename }' }));
    const event = await load('event query, response cache on (default)', cached.graphqlUrl, body);
    const eventUncached = await load('event query, response cache off', uncached.graphqlUrl, body);
    results.push(floor, event, eventUncached);
    const ratio = (event.requestsPerSecond / floor.requestsPerSecond) * 100;
    return [
      `API throughput — autocannon, 10 connections, ${process.env.BENCH_SECONDS ?? 10} s each, ${os.cpus().length} cores`,
      `event query: ${objects} objects, ${bytes.length} bytes`,
      table(results, floor),
      `event query (cached) = ${ratio.toFixed(1)}% of the { __typename } floor (goal ≥ 75%): ${ratio >= 75 ? 'met' : 'NOT met'}`,
      `event query (uncached) = ${((eventUncached.requestsPerSecond / floor.requestsPerSecond) * 100).toFixed(1)}% of the floor`,
      `Apollo floor = ${((floor.requestsPerSecond / results[0]!.requestsPerSecond) * 100).toFixed(1)}% of plain node:http`,
    ].join('\n');
  } finally {
    await uncached.stop();
    await cached.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
