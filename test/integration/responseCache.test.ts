// The public response cache: hits are byte-identical to fresh answers, a write in this process is
// seen at once, and requests with credentials are never served from it.
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE_SECONDS: '60' });
});
afterAll(() => server?.stop());

async function raw(query: string, headers: Record<string, string> = {}): Promise<{ text: string; cacheControl: string | null }> {
  const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
  return { text: await res.text(), cacheControl: res.headers.get('cache-control') };
}

const EVENT = '{ events(first: 1) { nodes { id title claims(first: 5) { totalCount nodes { paraphrase speaker { name } } } } } }';

test('a cached answer is byte for byte the fresh one, with the same Cache-Control', async () => {
  server.queries.reset();
  const fresh = await raw(EVENT);
  const afterFresh = server.queries.count;
  const hit = await raw(EVENT);
  expect(afterFresh).toBeGreaterThan(0);
  expect(server.queries.count).toBe(afterFresh);
  expect(hit).toEqual(fresh);
  expect(fresh.cacheControl).toBe('max-age=60, public');
});

test('a write in this process is visible to the next read', async () => {
  const count = '{ events { totalCount } }';
  const before = JSON.parse((await raw(count)).text).data.events.totalCount as number;
  const teacher = (await server.createKey('EDUCATOR', 'cache tests')).auth;
  const res = await server.gql('mutation($b: String!) { ingestArticle(input: { body: $b }) { created } }', {
    b: 'The city council said on Monday that the harbour bridge would close for repairs for six weeks. "Traffic will be diverted through the tunnel," the mayor told reporters.',
  }, teacher);
  expect(res.errors).toBeUndefined();
  expect(JSON.parse((await raw(count)).text).data.events.totalCount).toBe(before + 1);
});

test('requests that carry credentials are answered fresh', async () => {
  await raw(EVENT);
  server.queries.reset();
  await raw(EVENT, { authorization: 'Bearer not-a-real-key' });
  expect(server.queries.count).toBeGreaterThan(0);
});
