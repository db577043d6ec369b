// db:backup copies the store while the server is writing to it; the copy opens, passes its
// integrity check and holds what was committed before it started.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupSqlite } from '../../../src/db/backup';
import { startTestServer } from '../../support/server';

const sqliteOnly = process.env.DATABASE_URL ? test.skip : test;

sqliteOnly('a backup taken during writes is a consistent copy', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-backup-'));
  const live = path.join(dir, 'live.sqlite');
  const server = await startTestServer({ DATABASE_PATH: live });
  try {
    const events = await server.gql<{ events: { nodes: { id: string }[] } }>('{ events(first: 1) { nodes { id } } }');
    const eventId = events.data!.events.nodes[0]!.id;
    const { auth } = await server.createKey('EDUCATOR', 'backup test');
    const generate = (seed: string) =>
      server.gql('mutation($input: GenerateQuizInput!) { generateQuiz(input: $input) { quiz { id } } }', { input: { eventId, count: 3, seed } }, auth);
    expect((await generate('before')).errors).toBeUndefined();
    // Writes keep landing while the copy is made.
    const writes = Promise.all(Array.from({ length: 10 }, (_, i) => generate(`during-${i}`)));
    const result = await backupSqlite(live, path.join(dir, 'copy', 'backup.sqlite'));
    await writes;
    const copy = new Database(result.destination, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((copy.prepare('SELECT COUNT(*) AS n FROM article').get() as { n: number }).n).toBe(1);
      expect((copy.prepare('SELECT COUNT(*) AS n FROM quiz').get() as { n: number }).n).toBeGreaterThanOrEqual(1);
    } finally {
      copy.close();
    }
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
