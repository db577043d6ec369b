import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createTestStore } from '../support/postgres';

const TABLES = ['article', 'event', 'news_entity', 'entity_alias', 'mention', 'claim', 'claim_subject', 'quantity', 'relation', 'timeline_entry'];

test('starting twice on the same database loads the seed once: the second start changes nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-seed-'));
  // On PostgreSQL both starts share one scratch database, as on SQLite one file.
  const store = await createTestStore(path.join(dir, 'db.sqlite'));
  const config = loadConfig({ PORT: '0', ...store.env });
  expect(config.database.kind).toBe(process.env.DATABASE_URL ? 'postgres' : 'sqlite');
  const counts = async () => {
    const app = await startApp(config);
    try {
      const result: Record<string, number> = {};
      for (const table of TABLES) {
        const [row] = await app.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
        result[table] = Number(row.n);
      }
      return result;
    } finally {
      await app.stop();
    }
  };
  const first = await counts();
  expect(first.article).toBe(1);
  expect(first.claim).toBeGreaterThan(20);
  expect(await counts()).toEqual(first);
  await store.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});
