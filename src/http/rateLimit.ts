// Per-client rate limit: a token bucket per key, in this process's memory. Each instance limits
// on its own, so N instances allow N times the rate; a shared store can replace the map later.
// The key is the client address now; once API keys exist, pass a `keyOf` that returns the key.
import type { NextFunction, Request, Response } from 'express';

export interface RateLimit {
  /** Tokens added per minute; 0 turns the limit off. */
  readonly perMinute: number;
  /** Bucket size: how many requests a client may send at once after being idle. */
  readonly burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly limit: RateLimit, private readonly now: () => number = Date.now) {}

  /** Takes a token for `key`: 0 when allowed, else the seconds until one is available. */
  take(key: string): number {
    const now = this.now();
    const perMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    if (this.buckets.size > 10_000) this.sweep(now, perMs);
    return Math.ceil((1 - bucket.tokens) / perMs / 1000);
  }

  /** Full buckets carry no information: dropping them bounds memory under many addresses. */
  private sweep(now: number, perMs: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.limit.burst) this.buckets.delete(key);
  }
}

export function rateLimit(limit: RateLimit, keyOf: (req: Request) => string = (req) => req.ip ?? req.socket.remoteAddress ?? 'unknown') {
  const buckets = new TokenBuckets(limit);
  return (req: Request, res: Response, next: NextFunction) => {
    if (limit.perMinute <= 0) return next();
    const wait = buckets.take(keyOf(req));
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({ errors: [{ message: `Too many requests: try again in ${wait} s.`, extensions: { code: 'RATE_LIMITED', retryAfter: wait } }] });
  };
}
