// What a citation calls each article the quiz quotes. A class reads the file, so the store's
// internal ids must never show: an article is named by its title, or by its place in the quiz.
import type { Question } from '../../domain/question';
import type { ExportableQuiz, QuizSource } from '../types';

/** The name a citation gives the article with this id. */
export type SourceName = (articleId: string) => string;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * "17 Oct 2024": day-month-year with the month as a word reads the same in every country, which
 * 10/17/2024 does not. Formatted by hand, not with Intl, so the bytes never depend on the locale.
 */
export function readableDate(isoDate: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (match === null) return null;
  const [, year, month, day] = match;
  const monthName = MONTHS[Number(month) - 1];
  const dayNumber = Number(day);
  if (monthName === undefined || dayNumber < 1 || dayNumber > 31) return null;
  return `${dayNumber} ${monthName} ${year}`;
}

/** “Title” (Outlet, 17 Oct 2024), leaving out whatever is unknown; null without a title. */
export function titledName(source: QuizSource): string | null {
  const title = source.title?.trim() ?? '';
  if (title === '') return null;
  const details = [source.outlet?.trim() ?? '', source.publishedAt === null ? '' : readableDate(source.publishedAt) ?? ''].filter((d) => d !== '');
  return details.length === 0 ? `“${title}”` : `“${title}” (${details.join(', ')})`;
}

/** Every article the questions cite, once each, in the order a reader first meets it. */
export function citedArticleIds(questions: readonly Question[]): string[] {
  return [...new Set(questions.flatMap((q) => q.evidence.map((e) => e.articleId)))];
}

/**
 * Names for the quiz's articles. An article with a title is named by it. Without one, a quiz that
 * cites a single article calls it "the article"; otherwise untitled articles are "article 1",
 * "article 2"… numbered by first citation among the untitled ones, so the numbers run without
 * gaps and follow the quiz, not the order rows happened to be stored in.
 */
export function sourceNames(quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): SourceName {
  const byId = new Map((quiz.sources ?? []).map((s) => [s.id, s]));
  const cited = citedArticleIds(quiz.questions);
  const names = new Map<string, string>();
  let untitled = 0;
  for (const id of cited) {
    const source = byId.get(id);
    const titled = source === undefined ? null : titledName(source);
    if (titled !== null) names.set(id, titled);
    else if (cited.length === 1) names.set(id, 'the article');
    else names.set(id, `article ${++untitled}`);
  }
  // An id no question cites has no place in the quiz's order; it can only come from a caller
  // citing outside the quiz's evidence, and even then must not leak the id.
  const uncited = cited.length === 0 ? 'the article' : 'another article';
  return (articleId) => names.get(articleId) ?? uncited;
}

/** For a name opening a sentence or a caption: "The article", "Article 2"; a title is left as is. */
export function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
