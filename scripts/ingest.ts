// `npm run ingest -- <file or folder> [--published YYYY-MM-DD] [--event <event id>]`
// Reads plain-text (.txt) and HTML (.html, .htm) articles into the store the server uses
// (DATABASE_PATH or DATABASE_URL). A summary at the end; exit code 1 when any file failed.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { loadConfig } from '../src/config';
import { openDataSource } from '../src/db/dataSource';
import { BadInputError } from '../src/errors';
import { idOf } from '../src/graphql/common/globalId';
import { articleTextFromHtml } from '../src/ingest';
import { ingestArticle } from '../src/ingestion/ingestArticle';

const READABLE = /\.(txt|html?)$/i;

function parseArgs(argv: string[]) {
  const paths: string[] = [];
  let publishedAt: string | null = null;
  let eventId: number | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--published') publishedAt = argv[++i] ?? null;
    else if (arg === '--event') eventId = idOf('Event', argv[++i] ?? '', '--event');
    else paths.push(arg);
  }
  if (paths.length === 0) throw new BadInputError('usage: npm run ingest -- <file or folder>… [--published YYYY-MM-DD] [--event <event id>]');
  return { paths, publishedAt, eventId };
}

function filesUnder(target: string): string[] {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(target, entry.name)) : READABLE.test(entry.name) ? [path.join(target, entry.name)] : []))
    .sort();
}

async function main(): Promise<number> {
  const { paths, publishedAt, eventId } = parseArgs(process.argv.slice(2));
  const files = paths.flatMap(filesUnder);
  const dataSource = await openDataSource(loadConfig().database);
  const failed: { file: string; reason: string }[] = [];
  let created = 0;
  let duplicates = 0;
  const bar = files.length > 1 ? new SingleBar({ format: 'ingesting [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : null;
  bar?.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      bar?.increment(0, { file: path.basename(file) });
      try {
        const raw = fs.readFileSync(file, 'utf8');
        const html = /\.html?$/i.test(file) ? articleTextFromHtml(raw) : null;
        const saved = await ingestArticle(dataSource, {
          title: html?.title ?? null,
          body: html?.text ?? raw,
          url: null,
          outlet: null,
          publishedAt,
          eventId,
        });
        if (saved.created) created++;
        else duplicates++;
      } catch (error) {
        failed.push({ file, reason: error instanceof Error ? error.message : String(error) });
      }
      bar?.increment(1);
    }
  } finally {
    bar?.stop();
    await dataSource.destroy();
  }
  console.log(`${files.length} file(s): ${created} stored, ${duplicates} already stored, ${failed.length} failed`);
  for (const f of failed) console.error(`failed: ${f.file}: ${f.reason}`);
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
