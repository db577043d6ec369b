// Issue 4's store figures: bulk ingest rate through the whole pipeline (check, extract, store),
// and the seed event query's p50 with 10 and with 10,000 articles stored.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDataSource } from '../src/db/dataSource';
import { saveArticleFacts } from '../src/events/saveArticleFacts';
import { ingestArticle } from '../src/ingestion/ingestArticle';
import { seedStore } from '../src/seeds/seedStore';
import { EVENT_QUERY, startServerProcess } from './apiThroughput';
import { load } from './load';
import { syntheticArticle } from './syntheticFacts';

const FIXTURES = path.join(__dirname, '../../test/fixtures/articles');
const DESKS = ['metro', 'foreign', 'business', 'science', 'sports', 'culture', 'weather'];

/** Distinct texts made from the fixture articles, so none is refused as a duplicate. */
function articleTexts(count: number): string[] {
  const bases = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => `${bases[i % bases.length]}\nThe ${DESKS[i % DESKS.length]} desk filed this as report ${i + 1}.`);
}

async function bulkIngestRate(database: string, count: number): Promise<string> {
  const ds = await openDataSource({ kind: 'sqlite', path: database });
  try {
    const texts = articleTexts(count);
    const started = process.hrtime.bigint();
    for (const body of texts) {
      await ingestArticle(ds, { title: null, body, url: null, outlet: 'Bench Wire', publishedAt: '2025-03-14', eventId: null });
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return `bulk ingest (check + extract + store, one transaction per article): ${count} articles in ${seconds.toFixed(2)} s = ${(count / seconds).toFixed(0)} articles/s (goal > 50)`;
  } finally {
    await ds.destroy();
  }
}

async function fillTo(database: string, articles: number): Promise<number> {
  const ds = await openDataSource({ kind: 'sqlite', path: database });
  try {
    await seedStore(ds);
    const started = process.hrtime.bigint();
    for (let i = 1; i < articles; i++) await saveArticleFacts(ds, syntheticArticle(i));
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await ds.destroy();
  }
}

async function eventQueryP50(database: string, label: string) {
  // Uncached, so the figure is the store's, not the response cache's.
  const server = await startServerProcess({ DATABASE_PATH: database, RESPONSE_CACHE_SECONDS: '0' });
  try {
    return await load(label, server.graphqlUrl, JSON.stringify({ query: EVENT_QUERY }), 5);
  } finally {
    await server.stop();
  }
}

export async function ingestScaleReport(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-scale-'));
  const big = Number(process.env.BENCH_ARTICLES ?? 10_000);
  try {
    const lines = [await bulkIngestRate(path.join(dir, 'ingest.sqlite'), 200)];
    await fillTo(path.join(dir, 'small.sqlite'), 10);
    const fillSeconds = await fillTo(path.join(dir, 'large.sqlite'), big);
    lines.push(`filled a store with ${big} articles (synthetic, pre-extracted) in ${fillSeconds.toFixed(1)} s`);
    const small = await eventQueryP50(path.join(dir, 'small.sqlite'), '10 articles');
    const large = await eventQueryP50(path.join(dir, 'large.sqlite'), `${big} articles`);
    lines.push(
      `seed event query, uncached, 10 connections: 10 articles p50 ${small.p50} ms (${small.requestsPerSecond.toFixed(0)} req/s); ` +
        `${big} articles p50 ${large.p50} ms (${large.requestsPerSecond.toFixed(0)} req/s)`,
      `p50 ratio ${big}/10 = ${(large.p50 / Math.max(small.p50, 1)).toFixed(2)}x (goal ≤ 1.5x); req/s ratio ${(large.requestsPerSecond / small.requestsPerSecond).toFixed(2)}`,
    );
    return lines.join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
