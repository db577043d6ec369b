// Issues 2 and 13: the representative front-end query (the seed event with its claims, each
// claim's speaker, quantities and evidence) against Apollo's own floor ({ __typename }) and a
// plain node:http server returning the same bytes, all loaded the same way in the same run. The
// uncached figure leads: real traffic is mixed, every write empties the response cache, and a
// second instance does not share the first's. The cached one is beside it, labelled.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { spawn, type ChildProcess } from 'node:child_process';
import { BENCH_ROUNDS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, interleaved, roundsTable, type RoundsResult } from './load';

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
export async function startServerProcess(env: Record<string, string>): Promise<{ graphqlUrl: string; pid: number | undefined; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, [path.join(__dirname, '../src/main.js')], {
    // One load generator on one address would trip the per-address rate limit and cost budget; request logs are
    // left on, as in production.
    env: { ...process.env, NODE_ENV: 'production', PORT: '0', RATE_LIMIT_PER_MINUTE: '0', QUERY_COST_PER_MINUTE: '0', ...env },
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
    pid: child.pid,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/**
 * The shape the goal is judged on: the peers' query (../shared/peers/queries/newsquiz-14.graphql),
 * one event with 14 claims, each with speaker, quantities and evidence, kept here byte for byte.
 */
export const EVENT_14_QUERY = fs.readFileSync(path.join(__dirname, '../../bench/queries/event-14-claims.graphql'), 'utf8');
const PEERS_QUERY = path.join(__dirname, '../../../shared/peers/queries/newsquiz-14.graphql');

function peerShapeNote(): string {
  if (!fs.existsSync(PEERS_QUERY)) return 'peers query not found beside this checkout; bench/queries/event-14-claims.graphql is the copy';
  return fs.readFileSync(PEERS_QUERY, 'utf8').trim() === EVENT_14_QUERY.trim()
    ? 'same text as the peers\' newsquiz-14.graphql'
    : 'DIFFERS from the peers\' newsquiz-14.graphql: the comparison with PostGraphile is not like for like';
}

async function shapeOf(url: string, body: string): Promise<{ bytes: Buffer; objects: number; claims: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const bytes = Buffer.from(await response.arrayBuffer());
  const parsed = JSON.parse(bytes.toString()) as { data?: { events: { nodes: { claims: { edges: unknown[] } }[] } }; errors?: unknown };
  if (response.status !== 200 || parsed.errors || !parsed.data) throw new Error(`event query failed: ${bytes.toString().slice(0, 500)}`);
  return { bytes, objects: countObjects(parsed.data), claims: parsed.data.events.nodes[0]!.claims.edges.length };
}

/** The server process's CPU time so far (user + system, ms), from /proc; null where there is none. */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/**
 * CPU the server spends per request under each Accept-Encoding: on a loaded machine a steadier
 * figure than requests per second. Interleaved rounds of 400 requests, 4 at a time. Compression
 * runs in zlib's thread pool, which is part of the same process, so it is counted.
 */
async function cpuPerRequest(url: string, pid: number | undefined, body: string): Promise<string> {
  const agent = new http.Agent({ keepAlive: true });
  const post = (encoding: string | null) => new Promise<void>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) } }, (res) => {
      res.resume();
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end(body);
  });
  const encodings = [null, 'gzip, deflate, br', 'gzip'];
  const spent = encodings.map(() => 0);
  const perRound = 400;
  try {
    for (const e of encodings) for (let i = 0; i < 50; i++) await post(e);
    for (let round = 0; round < 3; round++) {
      for (const [i, e] of encodings.entries()) {
        const before = cpuMsOf(pid);
        if (before === null) return 'CPU per request: n/a (no /proc)';
        for (let n = 0; n < perRound / 4; n++) await Promise.all([post(e), post(e), post(e), post(e)]);
        spent[i]! += cpuMsOf(pid)! - before;
      }
    }
  } finally {
    agent.destroy();
  }
  const per = (i: number) => (spent[i]! / (3 * perRound)).toFixed(2);
  return `server CPU per event query (3 × 400 requests each, interleaved): identity ${per(0)} ms, brotli ${per(1)} ms, gzip ${per(2)} ms`;
}

/** The bytes the server sends for `body` under each encoding (node:http: fetch would decode them). */
async function compressedSizesOf(url: string, body: string): Promise<{ br: number; gzip: number }> {
  const sizeUnder = (encoding: string) => new Promise<number>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': encoding } }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => (res.headers['content-encoding'] === encoding ? resolve(bytes) : reject(new Error(`asked for ${encoding}, got ${res.headers['content-encoding'] ?? 'identity'}`))));
    });
    req.on('error', reject);
    req.end(body);
  });
  return { br: await sizeUnder('br'), gzip: await sizeUnder('gzip') };
}

export async function apiThroughputReport(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-bench-'));
  const database = path.join(dir, 'bench.sqlite');
  const uncached = await startServerProcess({ DATABASE_PATH: database, RESPONSE_CACHE_SECONDS: '0' });
  const cached = await startServerProcess({ DATABASE_PATH: database });
  try {
    const event14 = JSON.stringify({ query: EVENT_14_QUERY });
    const event50 = JSON.stringify({ query: EVENT_QUERY });
    const shape14 = await shapeOf(uncached.graphqlUrl, event14);
    const shape50 = await shapeOf(uncached.graphqlUrl, event50);
    const cachedShape = await shapeOf(cached.graphqlUrl, event14);
    if (!cachedShape.bytes.equals(shape14.bytes)) throw new Error('the cached and uncached servers answer the event query differently');
    const plain = await plainServer(shape14.bytes);
    let results: RoundsResult[];
    try {
      results = await interleaved([
        { label: 'event query, 14 claims, response cache OFF', url: uncached.graphqlUrl, body: event14 },
        { label: 'event query, 14 claims, response cache on', url: cached.graphqlUrl, body: event14 },
        { label: 'Apollo { __typename } floor (cache off)', url: uncached.graphqlUrl, body: JSON.stringify({ query: '{ __typename }' }) },
        { label: `event query, ${shape50.claims} claims (README), cache OFF`, url: uncached.graphqlUrl, body: event50 },
        { label: 'node:http, the 14-claim bytes', url: plain.url, body: event14 },
        // Issue 12: what a browser gets (Accept-Encoding: gzip, deflate, br), against the row above it.
        { label: 'event query, 14 claims, cache OFF, brotli', url: uncached.graphqlUrl, body: event14, headers: { 'accept-encoding': 'gzip, deflate, br' } },
        { label: 'event query, 14 claims, cache OFF, gzip', url: uncached.graphqlUrl, body: event14, headers: { 'accept-encoding': 'gzip' } },
      ]);
    } finally {
      plain.close();
    }
    const [uncached14, cached14, floor, uncached50, http, brotli14, gzip14] = results as [RoundsResult, RoundsResult, RoundsResult, RoundsResult, RoundsResult, RoundsResult, RoundsResult];
    const compressedSizes = await compressedSizesOf(uncached.graphqlUrl, event14);
    const compressionCpu = await cpuPerRequest(uncached.graphqlUrl, uncached.pid, event14);
    const pct = (r: RoundsResult) => (r.mean / floor.mean) * 100;
    const spread = (r: RoundsResult) => `${((r.min / floor.max) * 100).toFixed(0)}–${((r.max / floor.min) * 100).toFixed(0)}%`;
    const tail = uncached14.p99 / Math.max(uncached14.p50, 1);
    return [
      `API throughput — autocannon, 10 connections, ${BENCH_WARMUP_SECONDS} s warm-up each, then ${BENCH_ROUNDS} interleaved rounds of ${BENCH_SECONDS} s, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`,
      `event query: ${shape14.claims} claims, ${shape14.objects} objects, ${shape14.bytes.length} bytes (${peerShapeNote()}); README shape: ${shape50.claims} claims, ${shape50.bytes.length} bytes`,
      roundsTable(results, floor),
      `UNCACHED event query (14 claims) = ${pct(uncached14).toFixed(1)}% of the floor (rounds ${spread(uncached14)}; goal ≥ 60%): ${pct(uncached14) >= 60 ? 'met' : 'NOT met'}`,
      `  its p99 = ${tail.toFixed(2)}× its p50 (goal ≤ 2.5×): ${tail <= 2.5 ? 'met' : 'NOT met'}`,
      `  README shape (${shape50.claims} claims), uncached = ${pct(uncached50).toFixed(1)}% of the floor`,
      `cached event query (14 claims, a response-cache hit: no SQL, no execution) = ${pct(cached14).toFixed(1)}% of the floor (rounds ${spread(cached14)})`,
      `Apollo floor = ${((floor.mean / http.mean) * 100).toFixed(1)}% of plain node:http`,
      `compressed (issue 12): brotli ${compressedSizes.br} bytes at ${((brotli14.mean / uncached14.mean) * 100).toFixed(1)}% of the uncompressed req/s, gzip ${compressedSizes.gzip} bytes at ${((gzip14.mean / uncached14.mean) * 100).toFixed(1)}% (uncompressed ${shape14.bytes.length} bytes)`,
      `  ${compressionCpu}`,
    ].join('\n');
  } finally {
    await uncached.stop();
    await cached.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
