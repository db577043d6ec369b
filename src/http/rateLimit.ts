// Per-client rate limits: token buckets in this process's memory, one per client address and one
// per API key. Every request spends from its address's bucket, so rotating made-up keys gains
// nothing; a request with a key also spends from the key's, so one educator's key cannot outrun
// the limit by spreading over addresses. Each instance limits on its own, so N instances allow N
// times the rate; a shared store can replace the maps later.
import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface RateLimit {
  /** Tokens added per minute; 0 turns the limit off. */
  readonly perMinute: number;
  /** Bucket size: how many requests a client may send at once after being idle. */
  readonly burst: number;
}

/** Buckets kept at most, per limiter: about 1 MB. */
const MAX_BUCKETS = 10_000;

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
    if (!this.buckets.has(key) && this.buckets.size >= MAX_BUCKETS) this.sweep(now, perMs);
    this.buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / perMs / 1000);
  }

  get size(): number {
    return this.buckets.size;
  }

  /**
   * Full buckets carry no information: dropping them bounds memory under many clients. If every
   * bucket is busy, the oldest go (the Map keeps insertion order), which at worst forgives them.
   */
  private sweep(now: number, perMs: number): void {
    for (const [key, b] of this.buckets) if (b.tokens + (now - b.at) * perMs >= this.limit.burst) this.buckets.delete(key);
    for (const key of this.buckets.keys()) {
      if (this.buckets.size < MAX_BUCKETS * 0.9) break;
      this.buckets.delete(key);
    }
  }
}

const addressOf = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** The bearer token's hash (no lookup: limiting must stay cheaper than the work it protects). */
export function apiKeyOf(req: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? createHash('sha256').update(match[1]!).digest('base64url') : null;
}

export function rateLimit(limit: RateLimit) {
  const byAddress = new TokenBuckets(limit);
  const byKey = new TokenBuckets(limit);
  return (req: Request, res: Response, next: NextFunction) => {
    if (limit.perMinute <= 0) return next();
    const key = apiKeyOf(req);
    const wait = byAddress.take(addressOf(req)) || (key === null ? 0 : byKey.take(key));
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({ errors: [{ message: `Too many requests: try again in ${wait} s.`, extensions: { code: 'RATE_LIMITED', retryAfter: wait } }] });
  };
}
