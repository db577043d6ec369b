// The article a quiz is about, for formats that can carry it with the questions: its text and
// an attribution naming where it comes from, so a class reads the passage as the source wrote it.
import { readableDate } from './sourceNames';
import type { ExportableQuiz } from '../types';
import { citedArticleIds } from './sourceNames';

export interface Passage {
  readonly articleId: string;
  /** The title, or "The article" when it has none. */
  readonly heading: string;
  /** "Source: Kyiv Independent, 5 Nov 2024, https://…": what is known, in that order. */
  readonly attribution: string;
  readonly body: string;
  readonly url: string | null;
}

/** Every cited article whose text the quiz carries, in the order the questions first cite them. */
export function passagesOf(quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): Passage[] {
  const byId = new Map((quiz.sources ?? []).map((s) => [s.id, s]));
  return citedArticleIds(quiz.questions).flatMap((id) => {
    const source = byId.get(id);
    const body = source?.body?.trim() ?? '';
    if (source === undefined || body === '') return [];
    const title = source.title?.trim() ?? '';
    const date = source.publishedAt === null ? null : readableDate(source.publishedAt);
    const url = source.url?.trim() ?? '';
    const details = [source.outlet?.trim() ?? '', date ?? '', url].filter((d) => d !== '');
    return [
      {
        articleId: id,
        heading: title === '' ? 'The article' : title,
        attribution: details.length === 0 ? 'Source: not recorded' : `Source: ${details.join(', ')}`,
        body,
        url: url === '' ? null : url,
      },
    ];
  });
}

/** Why a format without room for the passage leaves it out, for its warnings. */
export function passageLeftOut(formatName: string, quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): { questionId: null; message: string }[] {
  return passagesOf(quiz).length === 0
    ? []
    : [{ questionId: null, message: `${formatName}: the format has no place for a reading passage, so the article's text is not included; share it with the class separately.` }];
}
