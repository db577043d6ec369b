// What a client is told about its limits, through real HTTP: the request rate limit in
// RateLimit-* / X-RateLimit-* headers (Retry-After on 429), and each operation's cost in
// extensions.cost { requested actual remaining limit }, spent from a per-client points budget.
import { startTestServer, type TestServer } from '../support/server';

async function post(server: TestServer, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(server.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[]; extensions?: any } };
}

describe('request rate limit headers', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '6', RATE_LIMIT_BURST: '3', CORS_ORIGINS: 'https://app.example' });
  });
  afterAll(() => server.stop());

  test('each answer says how many requests are left and when the bucket is full; 429 adds Retry-After', async () => {
    const answers = [];
    // From a page of an allowed origin: a browser lets its script read only the headers exposed.
    for (let i = 0; i < 4; i++) answers.push(await post(server, '{ __typename }', {}, { origin: 'https://app.example' }));
    const exposed = answers[0]!.headers.get('access-control-expose-headers')!.split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['retry-after', 'etag', 'ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'x-ratelimit-remaining']));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers.map((a) => a.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0', '0']);
    for (const a of answers) {
      expect(a.headers.get('ratelimit-limit')).toBe('3');
      expect(a.headers.get('x-ratelimit-limit')).toBe('3');
      expect(a.headers.get('x-ratelimit-remaining')).toBe(a.headers.get('ratelimit-remaining'));
      // 6 a minute: one every 10 s, 30 s to refill three.
      expect(a.headers.get('ratelimit-policy')).toBe('3;w=30');
    }
    // One token spent: full again in about 10 s; three spent: about 30 s.
    expect(Number(answers[0]!.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(9);
    expect(Number(answers[0]!.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(10);
    expect(Number(answers[2]!.headers.get('ratelimit-reset'))).toBeGreaterThan(20);
    const retryAfter = Number(answers[3]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(answers[3]!.body.errors![0].extensions.code).toBe('RATE_LIMITED');
  });
});

test('without a rate limit no rate limit headers are sent, and extensions.cost has no remaining budget', async () => {
  const server = await startTestServer();
  try {
    const res = await post(server, '{ events(first: 5) { nodes { id } } }');
    expect(res.headers.get('ratelimit-limit')).toBeNull();
    expect(res.headers.get('x-ratelimit-remaining')).toBeNull();
    expect(res.body.extensions.cost).toEqual({ requested: 6, actual: 1 + res.body.data.events.nodes.length, remaining: null, limit: 10_000 });
  } finally {
    await server.stop();
  }
});

describe('query cost budget', () => {
  let server: TestServer;
  beforeAll(async () => {
    // One point a second: the refill during a test is a few points at most.
    server = await startTestServer({ QUERY_COST_PER_MINUTE: '60', QUERY_COST_BURST: '300' });
  });
  afterAll(() => server.stop());

  test('requested counts the page asked for, actual what came back, remaining what the budget keeps', async () => {
    const res = await post(server, '{ events(first: 100) { totalCount nodes { id } } }');
    const { totalCount } = res.body.data.events;
    expect(totalCount).toBeLessThan(100);
    const cost = res.body.extensions.cost;
    expect(cost.requested).toBe(101);
    expect(cost.actual).toBe(1 + totalCount);
    // Only the actual cost is kept from the budget (plus a second or two of refill).
    expect(cost.remaining).toBeGreaterThanOrEqual(300 - cost.actual);
    expect(cost.remaining).toBeLessThanOrEqual(300 - cost.actual + 3);
  });

  test('a plain list counts its real size: nodes(ids:) with one id naming nothing', async () => {
    const { body } = await post(server, '{ events(first: 1) { nodes { id } } }');
    const id = body.data.events.nodes[0].id as string;
    const res = await post(server, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [id, Buffer.from('Event:999999').toString('base64url')] });
    expect(res.body.data.nodes[1]).toBeNull();
    expect(res.body.extensions.cost).toMatchObject({ requested: 2, actual: 1 });
  });

  test('an operation asking for more than is left gets 429 with Retry-After, and spends nothing', async () => {
    // A server of its own: its bucket starts full.
    await server.stop();
    server = await startTestServer({ QUERY_COST_PER_MINUTE: '60', QUERY_COST_BURST: '300' });
    // Requests 1 + 100 * (1 + 1 + 2) = 401 points, more than the bucket's 300: it runs only on a
    // full bucket, and takes it all on account until its result says what it really cost.
    const big = '{ events(first: 100) { nodes { claims(first: 2) { nodes { id } } } } }';
    const answers: Awaited<ReturnType<typeof post>>[] = [];
    for (let i = 0; i < 3 && !answers.some((a) => a.status === 429); i++) answers.push(await post(server, big));
    const refused = answers.find((a) => a.status === 429)!;
    expect(refused).toBeDefined();
    const ran = answers.filter((a) => a.status === 200);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    const before = ran[ran.length - 1]!.body.extensions.cost;
    expect(before.requested).toBe(401);
    expect(before.actual).toBeLessThan(100);

    expect(refused.body.data).toBeUndefined();
    const error = refused.body.errors![0];
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', cost: { requested: 401, actual: 0 } });
    expect(error.message).toMatch(/^This operation costs 401 points and \d+ are left of your budget: try again in \d+ s/);
    // Short of a full bucket by what the last run cost, refilled at a point a second.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(before.actual);
    expect(error.extensions.retryAfter).toBe(Number(refused.headers.get('retry-after')));

    // The refusal took nothing: what was left is still there for a small operation.
    const small = await post(server, '{ events(first: 1) { nodes { id } } }');
    expect(small.status).toBe(200);
    expect(error.extensions.cost.remaining).toBeGreaterThanOrEqual(before.remaining);
    expect(small.body.extensions.cost.remaining).toBeGreaterThanOrEqual(error.extensions.cost.remaining - small.body.extensions.cost.actual);
    expect(small.body.extensions.cost.remaining).toBeLessThanOrEqual(error.extensions.cost.remaining - small.body.extensions.cost.actual + 2);
  });
});
