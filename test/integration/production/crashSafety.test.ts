// SIGKILL in the middle of bulk writes, several times over: SQLite (WAL, synchronous=NORMAL) must
// come back intact, with every article wholly stored (its claims, quantities, event link) or
// absent. NORMAL may lose the last commits on power loss, never on a process crash. On PostgreSQL
// (npm run test:postgres) the writer is killed the same way with a transaction open: the store
// must hold the same whole articles and no row of the one it was writing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { syntheticArticle } from '../../../bench/syntheticFacts';
import { createScratchDatabase } from '../../support/postgres';

const sqliteOnly = process.env.DATABASE_URL ? test.skip : test;
const postgresOnly = process.env.DATABASE_URL ? test : test.skip;
const root = path.join(__dirname, '../../..');

/** Runs the writer until it has committed `commits` articles (plus whatever is in flight), then SIGKILLs it. */
function writeThenKill(store: string, from: number, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './test/support/swcRegister.cjs', 'test/support/bulkWriter.ts', store, String(from)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let saved = 0;
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.on('data', (c: Buffer) => {
      saved += (c.toString().match(/saved/g) ?? []).length;
      // Killed mid-transaction, not between them: the next article is already being written.
      if (saved >= commits) child.kill('SIGKILL');
    });
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(saved) : reject(new Error(`writer exited ${code}: ${err}`))));
  });
}

sqliteOnly('killed five times mid-write, the store is intact and every article all or nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-crash-'));
  const file = path.join(dir, 'crash.sqlite');
  try {
    let next = 1;
    const runs = 5;
    for (let run = 0; run < runs; run++) {
      const saved = await writeThenKill(file, next, 3 + run * 2);
      // Start after the last article that might have committed unreported.
      next += saved + 1;
    }
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const articles = db.prepare('SELECT id, body FROM article').all() as { id: number; body: string }[];
      const count = (sql: string, id: number) => (db.prepare(sql).get(id) as { n: number }).n;
      for (const a of articles) {
        const index = Number(/report (\d+)\./.exec(a.body)![1]);
        const expected = syntheticArticle(index);
        expect({ index, claims: count('SELECT COUNT(*) AS n FROM claim WHERE article_id = ?', a.id) }).toEqual({ index, claims: expected.claims.length });
        expect(count('SELECT COUNT(*) AS n FROM quantity WHERE article_id = ?', a.id)).toBe(expected.quantities.length);
        expect(count('SELECT COUNT(*) AS n FROM event_article WHERE article_id = ?', a.id)).toBe(1);
      }
      // Nothing orphaned by a half-written article.
      for (const table of ['claim', 'quantity', 'mention', 'event_article']) {
        expect({ table, orphans: (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE article_id NOT IN (SELECT id FROM article)`).get() as { n: number }).n }).toEqual({ table, orphans: 0 });
      }
      console.log(`crash safety: ${runs} SIGKILLs mid-write; ${articles.length} articles stored whole, integrity_check ok`);
      expect(articles.length).toBeGreaterThanOrEqual(3 + 5 + 7 + 9 + 11);
    } finally {
      db.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

postgresOnly('PostgreSQL: killed five times mid-write, every article all or nothing and no partial rows', async () => {
  const scratch = await createScratchDatabase(process.env.DATABASE_URL!);
  try {
    let next = 1;
    const runs = 5;
    for (let run = 0; run < runs; run++) {
      const saved = await writeThenKill(scratch.url, next, 3 + run * 2);
      next += saved + 1;
    }
    const client = new Client({ connectionString: scratch.url });
    await client.connect();
    try {
      const count = async (sql: string, id: number) => Number((await client.query<{ n: string }>(sql, [id])).rows[0]!.n);
      const articles = (await client.query<{ id: number; body: string }>('SELECT id, body FROM article')).rows;
      for (const a of articles) {
        const index = Number(/report (\d+)\./.exec(a.body)![1]);
        const expected = syntheticArticle(index);
        expect({ index, claims: await count('SELECT COUNT(*) AS n FROM claim WHERE article_id = $1', a.id) }).toEqual({ index, claims: expected.claims.length });
        expect(await count('SELECT COUNT(*) AS n FROM quantity WHERE article_id = $1', a.id)).toBe(expected.quantities.length);
        expect(await count('SELECT COUNT(*) AS n FROM event_article WHERE article_id = $1', a.id)).toBe(1);
      }
      for (const table of ['claim', 'quantity', 'mention', 'event_article']) {
        const orphans = Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM ${table} WHERE article_id NOT IN (SELECT id FROM article)`)).rows[0]!.n);
        expect({ table, orphans }).toEqual({ table, orphans: 0 });
      }
      // An event is written with its first article: none may be left without one.
      const bare = Number((await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM event WHERE id NOT IN (SELECT event_id FROM event_article)')).rows[0]!.n);
      expect(bare).toBe(0);
      // The killed writers' transactions are gone, not left open holding locks.
      const open = Number((await client.query<{ n: string }>("SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'")).rows[0]!.n);
      expect(open).toBe(0);
      console.log(`crash safety (PostgreSQL): ${runs} SIGKILLs mid-write; ${articles.length} articles stored whole`);
      expect(articles.length).toBeGreaterThanOrEqual(3 + 5 + 7 + 9 + 11);
    } finally {
      await client.end();
    }
  } finally {
    await scratch.drop();
  }
}, 120_000);
