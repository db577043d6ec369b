// `npm run ingest -- <folder>`: every readable file in, a summary out, and a non-zero exit that
// names each file that failed and why.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const root = path.join(__dirname, '../..');
const fixtures = path.join(__dirname, '../fixtures/articles');

function ingest(args: string[], databasePath: string) {
  const run = spawnSync(process.execPath, ['-r', './test/support/swcRegister.cjs', 'scripts/ingest.ts', ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', DATABASE_PATH: databasePath, SEED: 'false' },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const skipOnPostgres = process.env.DATABASE_URL ? test.skip : test;

skipOnPostgres('a folder of text and HTML is ingested; a bad file fails the run by name and reason; a rerun stores nothing twice', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsquiz-cli-'));
  try {
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(inbox);
    const texts = fs.readdirSync(fixtures).filter((f) => f.endsWith('.txt')).slice(0, 2);
    for (const f of texts) fs.copyFileSync(path.join(fixtures, f), path.join(inbox, f));
    const html = fs.readdirSync(fixtures).find((f) => f.endsWith('.html'));
    if (html) fs.copyFileSync(path.join(fixtures, html), path.join(inbox, html));
    fs.writeFileSync(path.join(inbox, 'empty.txt'), '  \n ');
    fs.writeFileSync(path.join(inbox, 'notes.json'), '{}');
    const db = path.join(dir, 'cli.sqlite');
    const good = texts.length + (html ? 1 : 0);

    const first = ingest([inbox, '--published', '2025-03-14'], db);
    expect(first.code).toBe(1);
    expect(first.out).toContain(`${good + 1} file(s): ${good} stored, 0 already stored, 1 failed`);
    expect(first.err).toMatch(/failed: .*empty\.txt: The article text is empty\./);
    const stored = new Database(db, { readonly: true });
    expect((stored.prepare('SELECT COUNT(*) AS n FROM article').get() as { n: number }).n).toBe(good);
    stored.close();

    fs.rmSync(path.join(inbox, 'empty.txt'));
    const again = ingest([inbox], db);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`${good} file(s): 0 stored, ${good} already stored, 0 failed`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

skipOnPostgres('without a path it explains how to call it', () => {
  const run = ingest([], path.join(os.tmpdir(), 'unused.sqlite'));
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/usage: npm run ingest -- <file or folder>/);
});
