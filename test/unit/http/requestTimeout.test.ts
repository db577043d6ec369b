// REQUEST_TIMEOUT_MS: an answer slower than the limit becomes a 503 with Retry-After, over a real
// HTTP server, and the handler's late answer is dropped rather than crashing the process.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { loadConfig } from '../../../src/config';
import { requestTimeout } from '../../../src/http/requestTimeout';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const servers: http.Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server whose one route answers after `delay` ms, behind requestTimeout(limit). */
async function serve(limit: number, delay: number): Promise<{ url: string; late: Promise<Error | null> }> {
  let reportLate: (e: Error | null) => void = () => {};
  const late = new Promise<Error | null>((resolve) => (reportLate = resolve));
  const app = express();
  app.use(requestTimeout(limit));
  app.post('/slow', express.json(), async (_req, res) => {
    await sleep(delay);
    try {
      if (!res.headersSent) res.json({ ok: true });
      reportLate(null);
    } catch (e) {
      reportLate(e as Error);
    }
  });
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow`, late };
}

const post = (url: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });

test('an answer slower than the limit gets 503, Retry-After and a TIMEOUT error naming the limit', async () => {
  const { url, late } = await serve(100, 600);
  // The 503 comes while the slow handler is still running (not a wall-clock bound: the machine may be loaded).
  let handlerDone = false;
  void late.then(() => (handlerDone = true));
  const res = await post(url);
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('1');
  expect(await res.json()).toEqual({ errors: [{ message: 'Request took longer than 100 ms.', extensions: { code: 'TIMEOUT' } }] });
  expect(handlerDone).toBe(false);
  expect(await late).toBeNull();
});

test('an answer within the limit is untouched', async () => {
  const { url } = await serve(2000, 20);
  const res = await post(url);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ ok: true });
});

test('0 waits for ever', async () => {
  const { url } = await serve(0, 300);
  const res = await post(url);
  expect(res.status).toBe(200);
});

test('REQUEST_TIMEOUT_MS is read as whole milliseconds from 0 to 600000, 30000 by default', () => {
  expect(loadConfig({}).requestTimeoutMs).toBe(30_000);
  expect(loadConfig({ REQUEST_TIMEOUT_MS: '0' }).requestTimeoutMs).toBe(0);
  expect(loadConfig({ REQUEST_TIMEOUT_MS: '600000' }).requestTimeoutMs).toBe(600_000);
  expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '600001' })).toThrow('REQUEST_TIMEOUT_MS must be an integer from 0 to 600000; got "600001"');
  expect(() => loadConfig({ REQUEST_TIMEOUT_MS: '1.5' })).toThrow('REQUEST_TIMEOUT_MS must be an integer');
});
