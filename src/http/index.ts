// The HTTP concerns around the GraphQL endpoint, in the order a request meets them: its id and
// log line first (so even refused requests are logged), then CORS, the rate limit (probes exempt),
// and the timeout.
import type { RequestHandler } from 'express';
import type { Config } from '../config';
import { corsFor } from './cors';
import { PROBE_PATHS } from './health';
import { rateLimit } from './rateLimit';
import { requestLog, type LogLine } from './requestLog';
import { requestTimeout } from './requestTimeout';

export { healthRoutes } from './health';
export { jsonErrors } from './errorHandler';
export { serverTimeoutOptions } from './serverTimeouts';
export { stdoutLog, type LogLine } from './requestLog';

export function frontMiddleware(config: Config, log: LogLine | null): RequestHandler[] {
  const limited = rateLimit(config.rateLimit);
  const unlessProbe: RequestHandler = (req, res, next) => (PROBE_PATHS.has(req.path) ? next() : limited(req, res, next));
  return [requestLog(log), corsFor(config.corsOrigins), unlessProbe, requestTimeout(config.requestTimeoutMs)];
}
