// What a production deployment promises at the HTTP edge: masked errors, no introspection unless
// asked, CSRF prevention, CORS only for listed origins, probes, request ids and JSON logs, query
// limits answered with 400, body size and rate limits.
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { createApiKey } from '../../../src/access/apiKeys';
import { startApp, type RunningApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createScratchDatabase, type ScratchDatabase } from '../../support/postgres';

const logLines: Record<string, unknown>[] = [];
let app: RunningApp;
let scratch: ScratchDatabase | null = null;
let dir: string;

async function start(env: Record<string, string>): Promise<RunningApp> {
  return startApp(loadConfig({
    NODE_ENV: 'production', PORT: '0', RESPONSE_CACHE_SECONDS: '0', DATABASE_PATH: path.join(dir, `${Object.keys(env).join('-') || 'db'}.sqlite`),
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...env,
  }), { log: (line) => logLines.push(line) });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-prod-'));
  scratch = process.env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  app = await start({ CORS_ORIGINS: 'https://teacher.example', MAX_QUERY_COST: '500', MAX_QUERY_DEPTH: '8', MAX_QUERY_ALIASES: '5', MAX_QUERY_TOKENS: '400', MAX_BODY_BYTES: '20000' });
});
afterAll(async () => {
  await app?.stop();
  await scratch?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

test('an internal error reaches the client as "Internal server error": no SQL, stack or path', async () => {
  await app.dataSource.query('ALTER TABLE timeline_entry RENAME TO timeline_entry_gone');
  try {
    const res = await post({ query: '{ events(first: 1) { nodes { timeline { label } } } }' });
    const body = JSON.parse(res.text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.message).toBe('Internal server error');
    expect(body.errors[0]!.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.text).not.toMatch(/SELECT|timeline_entry|stacktrace|\/work\/|node_modules|\.ts:\d/i);
    // What the client does not see, the log keeps, under the id the client was given.
    const logged = logLines.find((l) => l.msg === 'internal error' && l.requestId === res.headers.get('x-request-id'));
    expect(logged).toMatchObject({ level: 'error', path: 'events.nodes.0.timeline' });
    expect(String(logged!.error)).toMatch(/timeline_entry/);
  } finally {
    await app.dataSource.query('ALTER TABLE timeline_entry_gone RENAME TO timeline_entry');
  }
});

test('errors the client caused are answered, not logged as internal errors', async () => {
  const before = logLines.filter((l) => l.msg === 'internal error').length;
  const res = await post({ query: '{ node(id: "nonsense!") { id } }' });
  expect(JSON.parse(res.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  expect(logLines.filter((l) => l.msg === 'internal error').length).toBe(before);
});

test('a request graphql-js refuses as a whole ("too many errors processing variables") is the client\'s error: answered, not logged', async () => {
  const before = logLines.filter((l) => l.msg === 'internal error').length;
  // 60 unknown fields: under every size limit, over graphql-js's 50 coercion errors.
  const input = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`unknown${i}`, 1]));
  const res = await post({ query: 'query($f: EntityFilter) { entities(filter: $f) { nodes { id } } }', variables: { f: input } });
  expect(res.status).toBe(400);
  const errors = JSON.parse(res.text).errors as { message: string; extensions: { code: string } }[];
  expect(errors.at(-2)).toEqual(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  expect(res.text).not.toContain('Internal server error');
  expect(logLines.filter((l) => l.msg === 'internal error').length).toBe(before);
});

test('production suggests no field, argument, type or input field names ("Did you mean …?")', async () => {
  // Each mistake, and the name graphql-js would have suggested for it.
  const mistakes: [{ query: string; variables?: Record<string, unknown> }, string][] = [
    [{ query: '{ eventz { id } }' }, '"events"'],
    [{ query: '{ events(frist: 1) { nodes { id } } }' }, '"first"'],
    [{ query: 'query($f: EntityFiltr) { entities(filter: $f) { nodes { id } } }' }, '"EntityFilter"'],
    [{ query: 'query($f: EntityFilter) { entities(filter: $f) { nodes { id } } }', variables: { f: { nmae: 'NATO' } } }, '"name"'],
    [{ query: '{ entities(filter: { nmae: "NATO" }) { nodes { id } } }' }, '"name"'],
  ];
  const answers = await Promise.all(mistakes.map(([body]) => post(body)));
  for (const [i, res] of answers.entries()) {
    expect(res.status).toBe(400);
    const errors = JSON.parse(res.text).errors as { message: string }[];
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.message).not.toMatch(/did you mean/i);
      expect(e.message).not.toContain(mistakes[i]![1]);
    }
  }
  // Still told what is wrong, in the client's own words.
  expect(JSON.parse(answers[0]!.text).errors[0].message).toBe('Cannot query field "eventz" on type "Query".');
});

test('outside production the suggestions stay: they help a developer', async () => {
  const dev = await start({ NODE_ENV: 'development' });
  try {
    const res = await fetch(dev.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ eventz { id } }' }) });
    expect((await res.json()).errors[0].message).toMatch(/Did you mean "event" or "events"\?/);
  } finally {
    await dev.stop();
  }
});

test('the play and results pages send a Content-Security-Policy that allows only this server, and refuse framing, sniffing and referrers', async () => {
  const paths = ['/play', '/play?code=nonsense', '/play/K7QMX4PB', '/play/review', '/quizzes/UXVpejox/results'];
  for (const p of paths) {
    const res = await fetch(`${app.url}${p}`, { redirect: 'manual' });
    expect({ p, type: res.headers.get('content-type') }).toEqual({ p, type: expect.stringMatching(/^text\/html/) });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp.split('; ')).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "frame-ancestors 'none'"]));
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  }
  for (const asset of ['/assets/web/style.css', '/assets/web/play.js']) {
    expect((await fetch(`${app.url}${asset}`)).headers.get('x-content-type-options')).toBe('nosniff');
  }
});

test('export downloads, which may be answer keys, are never stored by a browser or proxy: Cache-Control no-store', async () => {
  const { secret } = await createApiKey(app.dataSource, { role: 'EDUCATOR', name: 'no-store test' });
  const auth = { authorization: `Bearer ${secret}` };
  const events = JSON.parse((await post({ query: '{ events(first: 1) { nodes { id } } }' })).text).data.events.nodes;
  const made = await post({ query: 'mutation($id: ID!) { generateQuiz(input: { eventId: $id, count: 3, seed: "no-store" }) { quiz { id export(format: GIFT) { downloadPath } } } }', variables: { id: events[0].id } }, auth);
  const quiz = JSON.parse(made.text).data.generateQuiz.quiz as { id: string; export: { downloadPath: string } };
  const answers = [
    await fetch(`${app.url}${quiz.export.downloadPath}`),
    await fetch(`${app.url}/quizzes/${quiz.id}/export/moodle-xml`, { headers: auth }),
    await fetch(`${app.url}/quizzes/${quiz.id}/export/qti21`, { headers: auth }),
    await fetch(`${app.url}/quizzes/${quiz.id}/export/gift`),
  ];
  expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 401]);
  for (const r of answers) {
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  }
});

test('introspection is off in production unless INTROSPECTION turns it on', async () => {
  const res = await post({ query: '{ __schema { queryType { name } } }' });
  expect(res.status).toBe(400);
  expect(res.text).toContain('GRAPHQL_VALIDATION_FAILED');
  const open = await start({ INTROSPECTION: 'true' });
  try {
    const r = await fetch(open.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }) });
    expect(await r.json()).toEqual(expect.objectContaining({ data: { __schema: { queryType: { name: 'Query' } } } }));
  } finally {
    await open.stop();
  }
});

test('CSRF prevention refuses simple requests a browser form or <img> could send', async () => {
  const form = await fetch(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) });
  expect(form.status).toBe(400);
  const get = await fetch(`${app.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`);
  expect(get.status).toBe(400);
  const preflighted = await fetch(`${app.graphqlUrl}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': '1' } });
  expect(preflighted.status).toBe(200);
});

test('CORS answers listed origins only', async () => {
  const preflight = (origin: string) =>
    fetch(app.graphqlUrl, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  const allowed = await preflight('https://teacher.example');
  expect(allowed.status).toBe(204);
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://teacher.example');
  expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
  const other = await preflight('https://evil.example');
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
  const simple = await post({ query: '{ __typename }' }, { origin: 'https://evil.example' });
  expect(simple.headers.get('access-control-allow-origin')).toBeNull();
});

test('/healthz says the process is up, /readyz that the database answers', async () => {
  expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${app.url}/readyz`);
  expect(ready.status).toBe(200);
});

test('every request gets one JSON log line with its id, echoed in X-Request-Id', async () => {
  logLines.length = 0;
  const given = await post({ query: '{ __typename }' }, { 'x-request-id': 'client-abc.123' });
  expect(given.headers.get('x-request-id')).toBe('client-abc.123');
  const made = await post({ query: '{ __typename }' }, { 'x-request-id': 'bad id\twith "quotes"' });
  const madeId = made.headers.get('x-request-id')!;
  expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
  await new Promise((r) => setTimeout(r, 20));
  expect(logLines).toEqual([
    expect.objectContaining({ method: 'POST', path: '/graphql', status: 200, requestId: 'client-abc.123', durationMs: expect.any(Number) }),
    expect.objectContaining({ requestId: madeId }),
  ]);
});

test('too deep, too many aliases, too costly or too many tokens: 400 with the measure and the limit', async () => {
  const deep = await post({ query: '{ events { nodes { claims { nodes { speaker { claims { nodes { speaker { name } } } } } } } } }' });
  expect(deep.status).toBe(400);
  expect(JSON.parse(deep.text).errors[0]).toMatchObject({ message: 'Query is nested 9 levels deep; the limit is 8.', extensions: { code: 'QUERY_TOO_COMPLEX' } });

  const aliases = await post({ query: `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
  expect(aliases.status).toBe(400);
  expect(aliases.text).toContain('6 aliases; the limit is 5');

  const costly = await post({ query: '{ events(first: 100) { nodes { claims(first: 10) { nodes { id } } } } }' });
  expect(costly.status).toBe(400);
  const error = JSON.parse(costly.text).errors[0];
  expect(error.message).toMatch(/^Query cost 1201 exceeds the limit of 500/);
  expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 1201, maxCost: 500 });

  const tokens = await post({ query: `{ ${'__typename '.repeat(500)} }` });
  expect(tokens.status).toBe(400);
  expect(tokens.text).toContain('tokens');
});

test('every answered operation reports its cost', async () => {
  const res = JSON.parse((await post({ query: '{ events(first: 2) { nodes { id } } }' })).text);
  // Asked for a page of two; got a page (one object) of however many events there are.
  expect(res.extensions.cost).toEqual({ requested: 3, actual: 1 + res.data.events.nodes.length, remaining: expect.any(Number), limit: 500 });
});

test('a body over MAX_BODY_BYTES gets 413 as JSON, broken JSON a 400', async () => {
  const big = await post({ query: '{ __typename }', variables: { pad: 'x'.repeat(30_000) } });
  expect(big.status).toBe(413);
  expect(JSON.parse(big.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  const broken = await fetch(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
  expect(broken.status).toBe(400);
  expect(await broken.text()).not.toMatch(/at .*\.js|node_modules/);
});

test('behind a trusted proxy, each forwarded client has its own rate limit', async () => {
  const send = (app: RunningApp, client: string) =>
    fetch(app.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: '{"query":"{ __typename }"}' }).then((r) => r.status);
  const proxied = await start({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '1', TRUST_PROXY: 'loopback' });
  const direct = await start({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '1' });
  try {
    expect([await send(proxied, '203.0.113.1'), await send(proxied, '203.0.113.2'), await send(proxied, '203.0.113.1')]).toEqual([200, 200, 429]);
    // Not trusted: the header is anyone's to write, so the socket's address counts.
    expect([await send(direct, '203.0.113.1'), await send(direct, '203.0.113.2')]).toEqual([200, 429]);
  } finally {
    await proxied.stop();
    await direct.stop();
  }
});

test('liveness and readiness probes are never rate-limited, while the same address is', async () => {
  const limited = await start({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '2' });
  try {
    const probes: number[] = [];
    for (let i = 0; i < 20; i++) {
      probes.push((await fetch(`${limited.url}/healthz`)).status, (await fetch(`${limited.url}/readyz`)).status);
    }
    expect(probes).toEqual(Array(40).fill(200));
    const api = [];
    for (let i = 0; i < 3; i++) api.push((await fetch(limited.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' })).status);
    expect(api).toEqual([200, 200, 429]);
  } finally {
    await limited.stop();
  }
});

test('past the burst, a client gets 429 with Retry-After', async () => {
  const limited = await start({ RATE_LIMIT_PER_MINUTE: '60', RATE_LIMIT_BURST: '3' });
  try {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await fetch(limited.graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  } finally {
    await limited.stop();
  }
});
