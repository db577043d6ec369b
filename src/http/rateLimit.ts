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

  /**
   * Takes `count` tokens for `key` (a request is one; a query's cost budget spends points): 0 when
   * allowed, else the seconds until that many are available. More than the bucket holds waits for
   * a full bucket and takes it all, so an operation larger than the burst is slowed, not barred.
   */
  take(key: string, count = 1): number {
    const bucket = this.refill(key);
    const needed = Math.min(count, this.limit.burst);
    if (bucket.tokens >= needed) {
      bucket.tokens -= needed;
      return 0;
    }
    return Math.ceil((needed - bucket.tokens) / this.perMs / 1000);
  }

  /** Gives back tokens taken on account (a query that returned less than it asked for). */
  give(key: string, count: number): void {
    if (count <= 0) return;
    const bucket = this.refill(key);
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + count);
  }

  /** What `key` has left, and the seconds until its bucket is full again (the IETF draft's reset). */
  state(key: string): { remaining: number; reset: number } {
    const bucket = this.buckets.get(key);
    if (!bucket) return { remaining: this.limit.burst, reset: 0 };
    const tokens = Math.min(this.limit.burst, bucket.tokens + (this.now() - bucket.at) * this.perMs);
    return { remaining: Math.floor(tokens), reset: Math.ceil((this.limit.burst - tokens) / this.perMs / 1000) };
  }

  get limitPerBucket(): number {
    return this.limit.burst;
  }

  private get perMs(): number {
    return this.limit.perMinute / 60_000;
  }

  private refill(key: string): Bucket {
    const now = this.now();
    const perMs = this.perMs;
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs);
    bucket.at = now;
    if (!this.buckets.has(key) && this.buckets.size >= MAX_BUCKETS) this.sweep(now, perMs);
    this.buckets.set(key, bucket);
    return bucket;
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

export const addressOf = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/** The bearer token's hash (no lookup: limiting must stay cheaper than the work it protects). */
export function apiKeyOf(req: Request): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match ? createHash('sha256').update(match[1]!).digest('base64url') : null;
}

/**
 * The client's standing in the headers of draft-ietf-httpapi-ratelimit-headers (RateLimit-Limit,
 * -Remaining, -Reset in seconds, and the policy: `burst;w=seconds to refill it`), and under the
 * X-RateLimit-* names GitHub's and many clients' code read. Of the address's and the key's
 * buckets, the one with less left is the one that will refuse first.
 */
function setRateLimitHeaders(res: Response, limit: RateLimit, standing: { remaining: number; reset: number }): void {
  const window = Math.ceil((limit.burst / limit.perMinute) * 60);
  for (const prefix of ['RateLimit', 'X-RateLimit']) {
    res.setHeader(`${prefix}-Limit`, String(limit.burst));
    res.setHeader(`${prefix}-Remaining`, String(standing.remaining));
    res.setHeader(`${prefix}-Reset`, String(standing.reset));
  }
  res.setHeader('RateLimit-Policy', `${limit.burst};w=${window}`);
}

export function rateLimit(limit: RateLimit) {
  const byAddress = new TokenBuckets(limit);
  const byKey = new TokenBuckets(limit);
  return (req: Request, res: Response, next: NextFunction) => {
    if (limit.perMinute <= 0) return next();
    const key = apiKeyOf(req);
    const address = addressOf(req);
    const wait = byAddress.take(address) || (key === null ? 0 : byKey.take(key));
    const standings = [byAddress.state(address), ...(key === null ? [] : [byKey.state(key)])];
    const tightest = standings.reduce((a, b) => (b.remaining < a.remaining ? b : a));
    setRateLimitHeaders(res, limit, wait === 0 ? tightest : { remaining: 0, reset: Math.max(wait, tightest.reset) });
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    res.status(429).json({ errors: [{ message: `Too many requests: try again in ${wait} s.`, extensions: { code: 'RATE_LIMITED', retryAfter: wait } }] });
  };
}
