// A store as large as an attacker would find in production, written straight to the store (a
// SQLite file, or under test:postgres a scratch database):
// many short synthetic articles (their speakers and places recur, so one entity is named in
// every article) and some long ones (bodies of tens of thousands of characters).
import type { Database } from '../../src/config';
import { openDataSource } from '../../src/db/dataSource';
import { saveArticleFacts } from '../../src/events/saveArticleFacts';
import { syntheticArticle } from '../../bench/syntheticFacts';

export async function writeLargeStore(database: Database, shortArticles: number, longArticles: number): Promise<void> {
  const dataSource = await openDataSource(database);
  try {
    for (let i = 0; i < shortArticles; i++) await saveArticleFacts(dataSource, syntheticArticle(i));
    // 400 claims of about 100 characters: a body of about 40,000 characters.
    for (let i = 0; i < longArticles; i++) await saveArticleFacts(dataSource, syntheticArticle(shortArticles + i, 400));
  } finally {
    await dataSource.destroy();
  }
}
