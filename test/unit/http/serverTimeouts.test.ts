import http from 'node:http';
import { serverTimeoutOptions } from '../../../src/http/serverTimeouts';

test('the defaults: headers within 10 s, the whole request within 30 s, checked every second', () => {
  expect(serverTimeoutOptions({ headersMs: 10_000, requestMs: 30_000 })).toEqual({ headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1000 });
});

test('a headers timeout longer than the request timeout is cut to it, which Node would otherwise refuse', () => {
  expect(() => http.createServer({ headersTimeout: 5000, requestTimeout: 1000 })).toThrow(/headersTimeout/);
  const options = serverTimeoutOptions({ headersMs: 5000, requestMs: 1000 });
  expect(options).toMatchObject({ headersTimeout: 1000, requestTimeout: 1000, connectionsCheckingInterval: 250 });
  expect(() => http.createServer(options).close()).not.toThrow();
});

test('0 waits forever: with the request timeout off the headers timeout still holds, and with both off nothing is checked often', () => {
  expect(serverTimeoutOptions({ headersMs: 400, requestMs: 0 })).toEqual({ headersTimeout: 400, requestTimeout: 0, connectionsCheckingInterval: 100 });
  expect(serverTimeoutOptions({ headersMs: 0, requestMs: 0 })).toEqual({ headersTimeout: 0, requestTimeout: 0, connectionsCheckingInterval: 30_000 });
});
