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
