import type { NextFunction, Request, Response } from 'express';
import { rateLimit, TokenBuckets } from '../../../src/http/rateLimit';

/** Sends one request through the middleware; returns the status it got (200 when passed on). */
function send(middleware: ReturnType<typeof rateLimit>, ip: string, authorization?: string): number {
  let status = 200;
  const req = { ip, socket: {}, headers: authorization ? { authorization } : {} } as unknown as Request;
  const res = {
    setHeader: () => res,
    status(code: number) {
      status = code;
      return res;
    },
    json: () => res,
  } as unknown as Response;
  middleware(req, res, (() => undefined) as NextFunction);
  return status;
}

const limit = { perMinute: 60, burst: 2 };

test('one API key used from many addresses is limited as one client', () => {
  const middleware = rateLimit(limit);
  expect(['10.0.0.1', '10.0.0.2', '10.0.0.3'].map((ip) => send(middleware, ip, 'Bearer nq_same'))).toEqual([200, 200, 429]);
});

test('rotating made-up keys from one address does not escape the address limit', () => {
  const middleware = rateLimit(limit);
  expect(['Bearer a', 'Bearer b', 'Bearer c'].map((key) => send(middleware, '10.0.0.9', key))).toEqual([200, 200, 429]);
});

test('clients without keys are limited by address, each on its own', () => {
  const middleware = rateLimit(limit);
  expect([send(middleware, 'x'), send(middleware, 'x'), send(middleware, 'y'), send(middleware, 'x')]).toEqual([200, 200, 200, 429]);
});

test('a limit of 0 per minute turns limiting off', () => {
  const middleware = rateLimit({ perMinute: 0, burst: 1 });
  expect([1, 2, 3].map(() => send(middleware, 'x'))).toEqual([200, 200, 200]);
});

test('memory stays bounded however many clients come by', () => {
  const buckets = new TokenBuckets({ perMinute: 60, burst: 5 }, () => 0);
  for (let i = 0; i < 50_000; i++) buckets.take(`client ${i}`);
  expect(buckets.size).toBeLessThanOrEqual(10_000);
});

test('a bucket spends and gives back several tokens at once, never holding more than its burst', () => {
  let now = 0;
  const buckets = new TokenBuckets({ perMinute: 60, burst: 10 }, () => now);
  expect(buckets.take('c', 7)).toBe(0);
  expect(buckets.state('c')).toEqual({ remaining: 3, reset: 7 });
  // 5 more than the 3 left: 2 tokens short at one a second.
  expect(buckets.take('c', 5)).toBe(2);
  buckets.give('c', 4);
  expect(buckets.state('c').remaining).toBe(7);
  buckets.give('c', 100);
  expect(buckets.state('c')).toEqual({ remaining: 10, reset: 0 });
  now = 1_000;
  expect(buckets.take('c', 50)).toBe(0);
  expect(buckets.state('c').remaining).toBe(0);
});

test('each response states the tighter of the address and key buckets in RateLimit-* and X-RateLimit-* headers', () => {
  const middleware = rateLimit({ perMinute: 60, burst: 3 });
  const headers: Record<string, string>[] = [];
  const sendRecording = (ip: string, authorization?: string) => {
    const set: Record<string, string> = {};
    const req = { ip, socket: {}, headers: authorization ? { authorization } : {} } as unknown as Request;
    const res = {
      setHeader: (name: string, value: string) => void (set[name] = value),
      status: () => res,
      json: () => res,
    } as unknown as Response;
    middleware(req, res, (() => undefined) as NextFunction);
    headers.push(set);
  };
  sendRecording('10.0.0.1', 'Bearer k');
  sendRecording('10.0.0.2', 'Bearer k');
  sendRecording('10.0.0.2');
  expect(headers.map((h) => h['RateLimit-Remaining'])).toEqual(['2', '1', '1']);
  expect(headers[0]).toMatchObject({ 'RateLimit-Limit': '3', 'X-RateLimit-Limit': '3', 'X-RateLimit-Remaining': '2', 'RateLimit-Reset': '1', 'RateLimit-Policy': '3;w=3' });
  sendRecording('10.0.0.3', 'Bearer k');
  sendRecording('10.0.0.3', 'Bearer k');
  expect(headers[4]).toMatchObject({ 'RateLimit-Remaining': '0', 'Retry-After': expect.stringMatching(/^[1-9]/) });
});
