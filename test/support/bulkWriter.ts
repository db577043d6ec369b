// Child process for the crash test: saves synthetic articles to the SQLite file in argv[2],
// starting at index argv[3], one transaction each, printing "saved <i>" after each commit,
// until it is killed.
import 'reflect-metadata';
import { openDataSource } from '../../src/db/dataSource';
import { saveArticleFacts } from '../../src/events/saveArticleFacts';
import { syntheticArticle } from '../../bench/syntheticFacts';

async function main(): Promise<void> {
  const [, , file, from] = process.argv;
  const dataSource = await openDataSource({ kind: 'sqlite', path: file! });
  for (let i = Number(from); ; i++) {
    await saveArticleFacts(dataSource, syntheticArticle(i));
    process.stdout.write(`saved ${i}\n`);
  }
}

void main();
