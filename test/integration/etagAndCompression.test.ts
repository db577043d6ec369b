// Conditional GETs and compressed answers, through real HTTP with node:http (fetch would decode
// the body and hide what the server sent): GET queries and persisted queries carry an ETag and
// answer 304 to If-None-Match; answers over 1 KB come as brotli or gzip, as the client accepts.
import { createHash } from 'node:crypto';
import http from 'node:http';
import zlib from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

interface Raw { status: number; headers: http.IncomingHttpHeaders; body: Buffer }

function raw(method: 'GET' | 'POST', path: string, headers: Record<string, string> = {}, body?: string): Promise<Raw> {
  const url = new URL(path, server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

// Over 1 KB: the seed event's claims.
const EVENT = '{ events(first: 1) { nodes { id title claims(first: 20) { nodes { id paraphrase quote } } } } }';
const getPath = (query: string, extra: Record<string, string> = {}) => `/graphql?${new URLSearchParams({ query, ...extra })}`;
// Apollo's CSRF prevention lets a GET run only with a header no plain browser form sends.
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

test('a GET query carries an ETag and answers 304, with no body, when If-None-Match names it', async () => {
  const first = await raw('GET', getPath(EVENT), PREFLIGHT);
  expect(first.status).toBe(200);
  const etag = first.headers.etag!;
  expect(etag).toMatch(/^W\/"[0-9a-f]+-[\w-]+"$/);
  const again = await raw('GET', getPath(EVENT), { ...PREFLIGHT, 'if-none-match': etag });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);
  expect(again.headers.etag).toBe(etag);
  // A different answer has a different tag, and a stale tag gets the full answer.
  const other = await raw('GET', getPath('{ events(first: 1) { nodes { id } } }'), { ...PREFLIGHT, 'if-none-match': etag });
  expect(other.status).toBe(200);
  expect(other.headers.etag).not.toBe(etag);
  expect(JSON.parse(other.body.toString()).data.events.nodes).toHaveLength(1);
});

test('POSTs are not conditional: no ETag, and If-None-Match changes nothing', async () => {
  const res = await raw('POST', '/graphql', { 'if-none-match': '*' }, JSON.stringify({ query: EVENT }));
  expect(res.status).toBe(200);
  expect(res.headers.etag).toBeUndefined();
});

test('a persisted query by its hash alone, over GET, gets the same ETag and a 304', async () => {
  const sha256Hash = createHash('sha256').update(EVENT).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
  const registered = await raw('GET', getPath(EVENT, { extensions }), PREFLIGHT);
  expect(registered.status).toBe(200);
  const byHash = await raw('GET', `/graphql?${new URLSearchParams({ extensions })}`, PREFLIGHT);
  expect(byHash.status).toBe(200);
  expect(byHash.headers.etag).toBe(registered.headers.etag);
  const revalidated = await raw('GET', `/graphql?${new URLSearchParams({ extensions })}`, { ...PREFLIGHT, 'if-none-match': registered.headers.etag! });
  expect(revalidated.status).toBe(304);
});

test('an answer over 1 KB comes compressed as the client accepts, and decodes to the plain answer', async () => {
  const body = JSON.stringify({ query: EVENT });
  const plain = await raw('POST', '/graphql', {}, body);
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.length).toBeGreaterThan(1024);
  expect(plain.headers.vary).toMatch(/Accept-Encoding/i);

  const br = await raw('POST', '/graphql', { 'accept-encoding': 'gzip, deflate, br' }, body);
  expect(br.headers['content-encoding']).toBe('br');
  expect(br.body.length).toBeLessThan(plain.body.length / 2);
  expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);

  const gzip = await raw('POST', '/graphql', { 'accept-encoding': 'gzip' }, body);
  expect(gzip.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gzip.body).equals(plain.body)).toBe(true);
  expect(gzip.headers['content-type']).toBe(plain.headers['content-type']);

  const refused = await raw('POST', '/graphql', { 'accept-encoding': 'br;q=0, gzip;q=0' }, body);
  expect(refused.headers['content-encoding']).toBeUndefined();
  expect(refused.body.equals(plain.body)).toBe(true);
});

test('a small answer is sent as it is, and a compressed GET keeps its ETag and 304', async () => {
  const small = await raw('POST', '/graphql', { 'accept-encoding': 'br, gzip' }, JSON.stringify({ query: '{ __typename }' }));
  expect(small.headers['content-encoding']).toBeUndefined();
  expect(JSON.parse(small.body.toString()).data).toEqual({ __typename: 'Query' });

  const compressed = await raw('GET', getPath(EVENT), { ...PREFLIGHT, 'accept-encoding': 'br' });
  expect(compressed.headers['content-encoding']).toBe('br');
  const plain = await raw('GET', getPath(EVENT), PREFLIGHT);
  // One tag for one answer, whichever encoding carried it.
  expect(compressed.headers.etag).toBe(plain.headers.etag);
  expect((await raw('GET', getPath(EVENT), { ...PREFLIGHT, 'accept-encoding': 'br', 'if-none-match': compressed.headers.etag! })).status).toBe(304);
});

test('pages are compressed too', async () => {
  const page = await raw('GET', '/play', { 'accept-encoding': 'gzip' });
  expect(page.status).toBe(200);
  const html = page.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(page.body) : page.body;
  expect(page.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
  if (html.length >= 1024) expect(page.headers['content-encoding']).toBe('gzip');
  expect(html.toString()).toMatch(/<html/i);
});
