import type { DataSource } from 'typeorm';
import { saveArticleFacts, type SavedArticle } from '../events/saveArticleFacts';
import { readSeedFacts } from './readSeed';

/** Loads the seed article; a second load finds the same text stored and writes nothing. */
export function seedStore(dataSource: DataSource): Promise<SavedArticle> {
  return saveArticleFacts(dataSource, readSeedFacts());
}
