// RESPONSE_CACHE_SECONDS across instances: a write through one instance is seen by the writer at
// once and by another instance over the same store within the cache's lifetime, not later (and,
// while the other instance's copy is young, not sooner: the bound is real, and so is the cache).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createScratchDatabase, type ScratchDatabase } from '../../support/postgres';
import { startTestServer, type TestServer } from '../../support/server';

const CACHE_SECONDS = 2;
let scratch: ScratchDatabase | null = null;
let dir: string;
let writer: TestServer;
let reader: TestServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-cache-'));
  scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  const shared: Record<string, string> = scratch ? { DATABASE_URL: scratch.url } : { DATABASE_PATH: path.join(dir, 'shared.sqlite') };
  writer = await startTestServer({ ...shared, RESPONSE_CACHE_SECONDS: String(CACHE_SECONDS) });
  reader = await startTestServer({ ...shared, RESPONSE_CACHE_SECONDS: String(CACHE_SECONDS) });
});
afterAll(async () => {
  await writer?.stop();
  await reader?.stop();
  await scratch?.drop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const COUNT = '{ events { totalCount } }';
async function eventCount(server: TestServer): Promise<number> {
  const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: COUNT }) });
  expect(res.headers.get('cache-control')).toBe(`max-age=${CACHE_SECONDS}, public`);
  return ((await res.json()) as { data: { events: { totalCount: number } } }).data.events.totalCount;
}

test('another instance sees a write within RESPONSE_CACHE_SECONDS', async () => {
  const before = await eventCount(writer);
  expect(await eventCount(reader)).toBe(before);
  const cachedAt = Date.now();

  const teacher = (await writer.createKey('EDUCATOR', 'cache bound')).auth;
  const res = await writer.gql('mutation($b: String!) { ingestArticle(input: { body: $b }) { created } }', {
    b: 'The port authority said on Tuesday that the ferry terminal would reopen in May. "Passengers will board from the north quay," a spokeswoman told reporters.',
  }, teacher);
  expect(res.errors).toBeUndefined();

  // The writer drops its own cache at once.
  expect(await eventCount(writer)).toBe(before + 1);
  // The reader still holds its copy while it is young (skipped if this machine took too long).
  if (Date.now() - cachedAt < (CACHE_SECONDS * 1000) / 2) expect(await eventCount(reader)).toBe(before);

  let seenAt: number | null = null;
  while (Date.now() - cachedAt < CACHE_SECONDS * 1000 + 3000) {
    if ((await eventCount(reader)) === before + 1) {
      seenAt = Date.now();
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(seenAt).not.toBeNull();
  // Within the bound, give or take the polling step and a slow machine's request time.
  expect(seenAt! - cachedAt).toBeLessThan(CACHE_SECONDS * 1000 + 1500);
});
