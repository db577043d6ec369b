// CORS for the origins CORS_ORIGINS lists ("*" for any). None listed: no CORS headers, so a
// browser only lets same-origin pages call the API. A few lines instead of the `cors` package,
// which is not a dependency of ours.
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'content-type, authorization, x-request-id, apollo-require-preflight, x-apollo-operation-name';

export function corsFor(origins: readonly string[]) {
  const any = origins.includes('*');
  const allowed = new Set(origins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    if (origin && (any || allowed.has(origin))) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id, retry-after, etag, ratelimit-limit, ratelimit-remaining, ratelimit-reset, ratelimit-policy, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset');
    }
    // The answer depends on Origin: a shared cache must not serve one origin's answer to another.
    if (!any) res.append('Vary', 'Origin');
    if (req.method === 'OPTIONS' && origin && req.headers['access-control-request-method']) {
      if (any || allowed.has(origin)) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
      }
      res.status(204).end();
      return;
    }
    next();
  };
}
