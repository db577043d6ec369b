import type { DataSource } from 'typeorm';
import { articlesById } from '../events/batches';
import { exportQuiz, type ExportedFile, type ExportFormat } from '../export';
import { citedArticleIds } from '../export/text/sourceNames';
import type { QuizSource } from '../export/types';
import type { StoredQuiz } from './storedQuiz';

/** The stored quiz as a file, its citations naming articles by title, outlet and date. */
export async function exportStoredQuiz(ds: DataSource, quiz: StoredQuiz, format: ExportFormat): Promise<ExportedFile> {
  const sources = await sourcesOfArticles(ds, citedArticleIds(quiz.questions));
  return exportQuiz({ id: quiz.id, title: quiz.title, questions: quiz.questions, sources }, format);
}

/** The articles the quiz's evidence quotes (with their text and sentences, for formats that carry the passage), in one query; an article since deleted is just left out. */
export async function sourcesOfArticles(ds: DataSource, articleIds: readonly string[]): Promise<QuizSource[]> {
  // Domain ids are the stored integers' decimal text; anything else cannot be a stored article.
  const ids = articleIds.map(Number).filter(Number.isSafeInteger);
  if (ids.length === 0) return [];
  const articles = await articlesById(ds, ids);
  return articles.flatMap((a) => (a === null ? [] : [{ id: a.id, title: a.title, outlet: a.outlet, publishedAt: a.publishedAt, url: a.url, body: a.body, sentences: a.sentences }]));
}

/** The download route's path segment for a format: /quizzes/:id/export/moodle-xml. */
export const formatSlug = (format: ExportFormat): string => format.toLowerCase().replace(/_/g, '-');
