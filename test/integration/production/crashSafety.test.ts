// SIGKILL in the middle of bulk writes, several times over: SQLite (WAL, synchronous=NORMAL) must
// come back intact, with every article wholly stored (its claims, quantities, event link) or
// absent. NORMAL may lose the last commits on power loss, never on a process crash.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { syntheticArticle } from '../../../bench/syntheticFacts';

const sqliteOnly = process.env.DATABASE_URL ? test.skip : test;
const root = path.join(__dirname, '../../..');

/** Runs the writer until it has committed `commits` articles (plus whatever is in flight), then SIGKILLs it. */
function writeThenKill(file: string, from: number, commits: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', './test/support/swcRegister.cjs', 'test/support/bulkWriter.ts', file, String(from)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
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
