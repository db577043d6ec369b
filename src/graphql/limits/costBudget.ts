// Each client's query cost budget, as Shopify's and GitHub's GraphQL APIs keep one: points that
// refill at a steady rate into a bucket of fixed size. The client is its address and, when it
// sends one, its API key, as for the request rate limit (src/http/rateLimit.ts): made-up keys do
// not buy a fresh budget, and one key does not get more by moving between addresses.
import { TokenBuckets, type RateLimit } from '../../http/rateLimit';

export interface CostBudget<TContext> {
  /** Takes `points` from every bucket of the client, or none: null when taken, else why not. */
  spend(context: TContext, points: number): { retryAfter: number; remaining: number } | null;
  /**
   * Keeps `actual` of the `requested` points spent and gives the rest back (of an operation larger
   * than the bucket, only what was taken: the whole bucket). Returns the points left, the least of
   * the client's buckets.
   */
  refund(context: TContext, requested: number, actual: number): number;
}

export function costBudget<TContext>(limit: RateLimit, clientsOf: (context: TContext) => readonly string[]): CostBudget<TContext> {
  const buckets = new TokenBuckets(limit);
  const remaining = (clients: readonly string[]) => Math.min(...clients.map((c) => buckets.state(c).remaining));
  return {
    spend(context, points) {
      const clients = clientsOf(context);
      const taken: string[] = [];
      for (const client of clients) {
        const wait = buckets.take(client, points);
        if (wait > 0) {
          for (const t of taken) buckets.give(t, Math.min(points, limit.burst));
          return { retryAfter: wait, remaining: remaining(clients) };
        }
        taken.push(client);
      }
      return null;
    },
    refund(context, requested, actual) {
      const clients = clientsOf(context);
      const unused = Math.min(requested, limit.burst) - actual;
      for (const client of clients) buckets.give(client, unused);
      return remaining(clients);
    },
  };
}
