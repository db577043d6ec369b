// Child process for the crash test: saves synthetic articles to the store argv[2] names (a SQLite
// file, or a postgres:// URL), starting at index argv[3], one transaction each, printing
// "saved <i>" after each commit, until it is killed.
import 'reflect-metadata';
import { openDataSource } from '../../src/db/dataSource';
import { saveArticleFacts } from '../../src/events/saveArticleFacts';
import { syntheticArticle } from '../../bench/syntheticFacts';

async function main(): Promise<void> {
  const [, , store, from] = process.argv;
  const dataSource = await openDataSource(store!.startsWith('postgres://') ? { kind: 'postgres', url: store! } : { kind: 'sqlite', path: store! });
  for (let i = Number(from); ; i++) {
    await saveArticleFacts(dataSource, syntheticArticle(i));
    process.stdout.write(`saved ${i}\n`);
  }
}

void main();
