// One JSON line per request (method, path, status, duration, request id), and the request id
// echoed in X-Request-Id so a client's report can be matched to the server's log line. An id
// the client sends is kept when it looks like one; anything else is replaced, so a log line
// cannot be forged or bloated through the header.
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export type LogLine = (entry: Record<string, unknown>) => void;

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const stdoutLog: LogLine = (entry) => process.stdout.write(`${JSON.stringify(entry)}\n`);

export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

export function requestLog(log: LogLine | null) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req.headers['x-request-id']);
    // Read now: mounted routers rewrite req.url while they handle it. The query string stays
    // out of the log (it may carry a whole operation and its variables).
    const path = req.path;
    res.locals.requestId = requestId;
    // Also on the request itself, so handlers downstream (Apollo's error log) see the id in use.
    req.headers['x-request-id'] = requestId;
    res.setHeader('X-Request-Id', requestId);
    if (log) {
      // 'close' fires also when the client goes away before the response ends (status then 499-like).
      res.once('close', () => {
        log({
          level: 'info',
          time: new Date().toISOString(),
          msg: 'request',
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
          requestId,
          ...(res.writableFinished ? {} : { aborted: true }),
        });
      });
    }
    next();
  };
}
