// Node's own limits on how long a client may take to *send* a request. The requestTimeout
// middleware answers a slow handler, but it cannot help a client that trickles its headers (no
// handler runs until they are complete) and its 503 leaves a trickled body's connection open.
// Node answers both with 408 and closes the connection, so a slow client holds no socket for long.
import type { ServerOptions } from 'node:http';

export interface ServerTimeouts {
  /** Receiving the request line and headers; 0 waits forever. */
  readonly headersMs: number;
  /** Receiving the whole request, headers and body; 0 waits forever. */
  readonly requestMs: number;
}

export function serverTimeoutOptions({ headersMs, requestMs }: ServerTimeouts): ServerOptions {
  // Node refuses a headers timeout longer than the request timeout (the body cannot come first).
  const headersTimeout = requestMs > 0 && (headersMs === 0 || headersMs > requestMs) ? requestMs : headersMs;
  const shortest = Math.min(...[headersTimeout, requestMs].filter((ms) => ms > 0));
  return {
    headersTimeout,
    requestTimeout: requestMs,
    // Node checks for expired requests on this interval (30 s by default, which let a slow client
    // wait up to 30 s past its limit): a quarter of the shortest limit, at most once a second.
    connectionsCheckingInterval: Number.isFinite(shortest) ? Math.max(25, Math.min(1000, Math.floor(shortest / 4))) : 30_000,
  };
}
