// On PostgreSQL every test server gets a database of its own, made from the one DATABASE_URL
// names (used only as a maintenance connection) and dropped when the server stops, so suites
// running in parallel jest workers never see each other's rows.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function onMaintenance<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(maintenanceUrl: string): Promise<ScratchDatabase> {
  // Only [a-z0-9_]: the name is spliced into DDL, which cannot take parameters.
  const name = `newsquiz_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onMaintenance(maintenanceUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // FORCE ends connections a pool has not yet closed (PostgreSQL 13+).
    drop: () => onMaintenance(maintenanceUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * The store a test's servers share: under `npm run test:postgres` (DATABASE_URL set) a scratch
 * PostgreSQL database, otherwise the SQLite file `file`. `env` is what to give loadConfig,
 * startTestServer or startServerProcess; `database` what openDataSource takes.
 */
export interface TestStore {
  readonly env: Record<string, string>;
  readonly database: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  drop(): Promise<void>;
}

export async function createTestStore(file: string): Promise<TestStore> {
  const maintenance = process.env.DATABASE_URL;
  if (!maintenance) return { env: { DATABASE_PATH: file }, database: { kind: 'sqlite', path: file }, drop: async () => undefined };
  const scratch = await createScratchDatabase(maintenance);
  return { env: { DATABASE_URL: scratch.url }, database: { kind: 'postgres', url: scratch.url }, drop: () => scratch.drop() };
}
