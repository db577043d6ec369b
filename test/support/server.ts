// Starts the real server on a free port over a fresh SQLite file, and talks to it over HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'typeorm';
import { createApiKey, revokeApiKey } from '../../src/access/apiKeys';
import type { Role } from '../../src/access/viewer';
import { startApp, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createScratchDatabase } from './postgres';

export interface TestServer extends RunningApp {
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** Makes a key the way `npm run keys -- create` does; `auth` is the header to send with it. */
  createKey(role: Role, name: string): Promise<TestKey>;
  revokeKey(id: number): Promise<void>;
  /** SQL statements the server ran since the last reset (SELECT and writes). */
  queries: { count: number; reset(): void };
}

export interface TestKey {
  readonly id: number;
  readonly secret: string;
  readonly auth: { authorization: string };
}

export interface GqlResponse<T> {
  status: number;
  data: T | null;
  errors?: { message: string; extensions?: { code?: string; [k: string]: unknown }; path?: string[] }[];
  extensions?: Record<string, unknown>;
}

class CountingLogger implements Logger {
  count = 0;
  logQuery(query: string) {
    if (/^(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA|SELECT version)/i.test(query)) return;
    this.count++;
    if (process.env.LOG_SQL) console.log(query.slice(0, 160));
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
}

export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-test-'));
  const logger = new CountingLogger();
  const scratch = process.env.DATABASE_URL && !env.DATABASE_URL ? await createScratchDatabase(process.env.DATABASE_URL) : null;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_PATH: path.join(dir, 'test.sqlite'),
    RESPONSE_CACHE_SECONDS: '0',
    // Every query compiled at its first run, so the suite guards the path repeated queries take.
    COMPILE_QUERIES_AFTER: '0',
    ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    ...env,
  });
  const app = await startApp(config, { logger });
  return {
    ...app,
    async stop() {
      await app.stop();
      await scratch?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    async createKey(role, name) {
      const { key, secret } = await createApiKey(app.dataSource, { role, name });
      return { id: key.id, secret, auth: { authorization: `Bearer ${secret}` } };
    },
    async revokeKey(id) {
      await revokeApiKey(app.dataSource, id);
    },
    queries: { get count() { return logger.count; }, reset() { logger.count = 0; } },
    async gql(query, variables, headers = {}) {
      const response = await fetch(app.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as Omit<GqlResponse<never>, 'status'>;
      return { status: response.status, ...body } as never;
    },
  };
}
