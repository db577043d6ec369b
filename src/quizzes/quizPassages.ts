// The articles a published quiz is about, as the student reads them on /play: numbered exactly as
// the exports number them (src/export/text/passage.ts), so "sentence 12" in an explanation, a
// worksheet and the page are the same sentence.
import type { DataSource } from 'typeorm';
import { passagesOfArticles, type Passage } from '../export/text/passage';
import { sourcesOfArticles } from './exportStoredQuiz';

/** A quiz's passages are its cited articles; more than this is not a reading passage but a library. */
export const MAX_QUIZ_PASSAGES = 5;

/** The passages of the articles a quiz cites (ids in first-citation order), in one query. */
export async function quizPassages(ds: DataSource, articleIds: readonly string[]): Promise<Passage[]> {
  const ids = articleIds.slice(0, MAX_QUIZ_PASSAGES);
  if (ids.length === 0) return [];
  return passagesOfArticles(ids, await sourcesOfArticles(ds, ids));
}
