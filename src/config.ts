// Environment → one typed, validated config object. Read once at start-up; nothing else reads
// process.env, so every setting is listed here and in the README.
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { QueryLimits } from './graphql/limits/limitsPlugin';
import type { RateLimit } from './http/rateLimit';

export type Database =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly production: boolean;
  readonly database: Database;
  /** Load the seed article into an empty store on start. */
  readonly seed: boolean;
  /** Introspection and the Sandbox landing page; on by default outside production. */
  readonly introspection: boolean;
  /** Seconds a cached public read may be served before it is recomputed. 0 turns the cache off. */
  readonly responseCacheSeconds: number;
  /**
   * Runs of a query document through graphql-js before it is compiled (graphql-jit) and run as
   * compiled code from then on; 0 compiles at the first run, -1 never.
   */
  readonly compileQueriesAfter: number;
  /** Largest GraphQL response, in JSON bytes; past it the answer is one RESPONSE_TOO_LARGE error. */
  readonly maxResponseBytes: number;
  /** Attempts one share code takes per minute (a class submitting at once fits its burst). */
  readonly attemptRate: RateLimit;
  /** Largest request body express.json accepts, in bytes; larger gets 413. */
  readonly maxBodyBytes: number;
  /**
   * A request unanswered after this many ms gets 503; one whose body has not fully arrived by then
   * gets 408 and its connection closed. 0 waits forever.
   */
  readonly requestTimeoutMs: number;
  /**
   * Worker threads for CPU-heavy work (reading an article, building an event's questions), so the
   * event loop keeps answering; 0 runs it on the event loop. Default: one per core but one.
   */
  readonly workerThreads: number;
  /** Milliseconds one such task may run before it is stopped and the request refused. */
  readonly taskBudgetMs: number;
  /** A request whose headers have not all arrived after this many ms gets 408 and is closed. */
  readonly headersTimeoutMs: number;
  /** How long SIGTERM waits for requests in flight before closing their connections. */
  readonly shutdownGraceMs: number;
  readonly rateLimit: RateLimit;
  /**
   * Query cost points per minute per client (address, and key when sent): each operation spends
   * its requested cost up front and gets back what it did not use. 0 turns the budget off.
   */
  readonly costBudget: RateLimit;
  /** Query limits, checked before an operation runs, plus the parser's token limit. */
  readonly queryLimits: QueryLimits & { readonly maxTokens: number };
  /** Origins allowed to call the API from a browser; "*" for any; empty for same-origin only. */
  readonly corsOrigins: readonly string[];
  /** One JSON line per request on stdout. */
  readonly logRequests: boolean;
  /**
   * Signs download links. Random per process unless set: instances behind one load balancer need
   * the same value, or a link minted by one is refused by another.
   */
  readonly linkSigningSecret: string;
  /**
   * Express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address
   * (rate limits, logs). false: none, the socket's peer is the client.
   */
  readonly trustProxy: boolean | number | string;
}

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}; got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false; got "${raw}"`);
}

/** "true"/"false", a hop count, or addresses/subnets ("loopback, 10.0.0.0/8") as Express reads them. */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[\w.:/,\s-]+$/.test(raw)) throw new ConfigError(`TRUST_PROXY must be true, false, a hop count or addresses; got "${raw}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const url = env.DATABASE_URL;
  let database: Database;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
    database = { kind: 'postgres', url };
  } else {
    database = { kind: 'sqlite', path: path.resolve(env.DATABASE_PATH || 'data/newsquiz.sqlite') };
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    production,
    database,
    seed: flag(env, 'SEED', true),
    introspection: flag(env, 'INTROSPECTION', !production),
    responseCacheSeconds: integer(env, 'RESPONSE_CACHE_SECONDS', 5, 0, 3600),
    compileQueriesAfter: integer(env, 'COMPILE_QUERIES_AFTER', 1, -1, 1_000_000),
    maxResponseBytes: integer(env, 'MAX_RESPONSE_BYTES', 5_000_000, 1_000, 1_000_000_000),
    attemptRate: {
      perMinute: integer(env, 'ATTEMPTS_PER_MINUTE_PER_CODE', 60, 0, 1_000_000),
      burst: integer(env, 'ATTEMPT_BURST_PER_CODE', 60, 1, 1_000_000),
    },
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_000_000, 1_000, 100_000_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30_000, 0, 600_000),
    workerThreads: integer(env, 'WORKER_THREADS', Math.max(1, availableParallelism() - 1), 0, 64),
    taskBudgetMs: integer(env, 'TASK_BUDGET_MS', 15_000, 100, 600_000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 0, 600_000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    // Off outside production so tests and benchmarks from one address are not throttled.
    rateLimit: {
      perMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', production ? 600 : 0, 0, 1_000_000),
      burst: integer(env, 'RATE_LIMIT_BURST', 100, 1, 1_000_000),
    },
    costBudget: {
      perMinute: integer(env, 'QUERY_COST_PER_MINUTE', production ? 100_000 : 0, 0, 1_000_000_000),
      burst: integer(env, 'QUERY_COST_BURST', 20_000, 1, 1_000_000_000),
    },
    queryLimits: {
      maxCost: integer(env, 'MAX_QUERY_COST', 10_000, 1, 10_000_000),
      maxDepth: integer(env, 'MAX_QUERY_DEPTH', 15, 1, 1000),
      maxAliases: integer(env, 'MAX_QUERY_ALIASES', 30, 0, 10_000),
      maxTokens: integer(env, 'MAX_QUERY_TOKENS', 5_000, 100, 1_000_000),
      maxVariableValues: integer(env, 'MAX_VARIABLE_VALUES', 5_000, 10, 1_000_000),
      maxErrors: integer(env, 'MAX_RESPONSE_ERRORS', 20, 1, 10_000),
      costlyCost: integer(env, 'COSTLY_OPERATION_COST', 1_000, 1, 10_000_000),
      costlyAtOnce: integer(env, 'COSTLY_OPERATIONS_AT_ONCE', 2, 1, 1000),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    logRequests: flag(env, 'LOG_REQUESTS', env.NODE_ENV !== 'test'),
    linkSigningSecret: env.LINK_SIGNING_SECRET || randomBytes(32).toString('base64url'),
    trustProxy: trustProxy(env.TRUST_PROXY),
  };
}
