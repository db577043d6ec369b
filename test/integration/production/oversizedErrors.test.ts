// A request full of mistakes gets a short answer, quickly: the number of errors in a response and
// the length of each are bounded, and variables too large to be real are refused before
// graphql-js reads them. (Found by a review: 850 KB, 10^5 unknown input fields, no key needed,
// blocked the event loop for about 4 s and answered a 42 MB error.)
import { startTestServer, type TestServer } from '../../support/server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ NODE_ENV: 'production', RATE_LIMIT_PER_MINUTE: '0', QUERY_COST_PER_MINUTE: '0', LOG_REQUESTS: 'false' });
});
afterAll(() => server?.stop());

interface Answer {
  status: number;
  bytes: number;
  ms: number;
  errors: { message: string; extensions?: { code?: string; [k: string]: unknown } }[];
}

async function send(body: string): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), ms: Date.now() - started, errors: JSON.parse(text).errors ?? [] };
}

function unknownFields(count: number): Record<string, number> {
  const fields: Record<string, number> = {};
  for (let i = 0; i < count; i++) fields[i.toString(36)] = 0;
  return fields;
}

const FILTERED = 'query($f: EntityFilter) { entities(filter: $f) { nodes { id } } }';

test('850 KB of variables with 10^5 unknown input fields: refused in well under a second with one short error', async () => {
  const body = JSON.stringify({ query: FILTERED, variables: { f: unknownFields(100_000) } });
  expect(body.length).toBeGreaterThan(800_000);
  const answer = await send(body);
  expect(answer.status).toBe(400);
  expect(answer.errors).toEqual([{ message: 'Variables hold more values than the limit of 5000.', extensions: { code: 'QUERY_TOO_COMPLEX', maxVariableValues: 5000 } }]);
  expect(answer.bytes).toBeLessThan(500);
  expect(answer.ms).toBeLessThan(1500);
  // The server is free for the next client at once.
  const started = Date.now();
  expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  expect(Date.now() - started).toBeLessThan(200);
});

test('under the values limit, 2,000 unknown fields answer at most 20 errors of at most 1,000 characters, and one counting the rest', async () => {
  const answer = await send(JSON.stringify({ query: FILTERED, variables: { f: unknownFields(2000) } }));
  expect(answer.status).toBe(400);
  expect(answer.errors).toHaveLength(21);
  for (const e of answer.errors) expect(e.message.length).toBeLessThanOrEqual(1000);
  expect(answer.errors[0]!.message).toMatch(/^Variable "\$f" got invalid value \{ 0: 0, 1: 0, .*…$/);
  // graphql-js stops at 50 coercion errors and says so: 51 in all, 20 shown.
  expect(answer.errors[20]).toEqual({ message: '31 more errors not shown.', extensions: { code: 'TOO_MANY_ERRORS', shown: 20, more: 31 } });
  expect(answer.bytes).toBeLessThan(30_000);
});

test('a query with 40 unknown fields lists 20 of its validation errors and counts the other 20', async () => {
  const fields = Array.from({ length: 40 }, (_, i) => `missing${i}`).join(' ');
  const answer = await send(JSON.stringify({ query: `{ ${fields} }` }));
  expect(answer.status).toBe(400);
  expect(answer.errors.slice(0, 20).map((e) => e.message)).toEqual(Array.from({ length: 20 }, (_, i) => `Cannot query field "missing${i}" on type "Query".`));
  expect(answer.errors[20]).toEqual({ message: '20 more errors not shown.', extensions: { code: 'TOO_MANY_ERRORS', shown: 20, more: 20 } });
});
