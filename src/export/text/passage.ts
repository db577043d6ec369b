// The article a quiz is about, for formats that can carry it with the questions: its text and
// an attribution naming where it comes from, so a class reads the passage as the source wrote it.
// Sentences are numbered as every citation counts them (text/evidence.ts `sentenceNumber`, and
// the engine's explanations, "(sentence 3)"), so "sentence 12" in an explanation, a worksheet's
// key and /play all point at the same words.
import type { Sentence } from '../../domain/facts';
import { splitSentences } from '../../ingest/sentences';
import type { ExportableQuiz, QuizSource } from '../types';
import { sentenceNumber } from './evidence';
import { citedArticleIds, readableDate } from './sourceNames';

export interface PassageSentence {
  /** As a reader counts: 1 for the first sentence. */
  readonly number: number;
  readonly text: string;
}

export interface Passage {
  readonly articleId: string;
  /** The title, or "The article" when it has none. */
  readonly heading: string;
  /** "Source: Kyiv Independent, 5 Nov 2024, https://…": what is known, in that order. */
  readonly attribution: string;
  readonly body: string;
  readonly url: string | null;
  /** The body's paragraphs, each a run of numbered sentences. */
  readonly paragraphs: readonly (readonly PassageSentence[])[];
}

/**
 * The stored sentences (what the evidence's sentenceIndex counts) grouped into the body's
 * paragraphs: a new paragraph wherever a line break separates two sentences. Without stored
 * sentences the body is split as ingestion splits it, which gives the same indices.
 */
export function numberedParagraphs(body: string, stored: readonly Sentence[] | null | undefined): PassageSentence[][] {
  const sentences = [...(stored !== null && stored !== undefined && stored.length > 0 ? stored : splitSentences(body))].sort((a, b) => a.index - b.index);
  const paragraphs: PassageSentence[][] = [];
  let previousEnd: number | null = null;
  for (const sentence of sentences) {
    const between = previousEnd === null ? '' : body.slice(previousEnd, sentence.start);
    if (previousEnd === null || between.includes('\n')) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push({ number: sentenceNumber(sentence.index), text: sentence.text });
    previousEnd = sentence.end;
  }
  return paragraphs;
}

/** Every cited article whose text the quiz carries, in the order the questions first cite them. */
export function passagesOf(quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): Passage[] {
  return passagesOfArticles(citedArticleIds(quiz.questions), quiz.sources ?? []);
}

/** The passages of these articles, in this order, for those whose text the sources carry. */
export function passagesOfArticles(articleIds: readonly string[], sources: readonly QuizSource[]): Passage[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return articleIds.flatMap((id) => {
    const source = byId.get(id);
    const body = source?.body ?? '';
    if (source === undefined || body.trim() === '') return [];
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
        paragraphs: numberedParagraphs(body, source.sentences),
      },
    ];
  });
}

/** "[1] First sentence. [2] Second." A paragraph's sentences run on; paragraphs are one line each. */
export function numberedParagraphText(paragraph: readonly PassageSentence[]): string {
  return paragraph.map((s) => `[${s.number}] ${s.text}`).join(' ');
}

/** The passage as plain text for formats without markup: heading, attribution, numbered paragraphs. */
export function passagePlainText(passage: Passage): string {
  return [passage.heading, passage.attribution, SENTENCE_NUMBERS_NOTE, ...passage.paragraphs.map(numberedParagraphText)].join('\n\n');
}

/** Says what the bracketed numbers are, so a class reads "sentence 12" in an explanation as [12]. */
export const SENTENCE_NUMBERS_NOTE = 'Sentences are numbered [1], [2], … as the explanations cite them.';

type Note = { questionId: null; message: string };

/** Why a format without room for the passage leaves it out, for its warnings. */
export function passageLeftOut(formatName: string, quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): Note[] {
  return passagesOf(quiz).length === 0
    ? []
    : [{ questionId: null, message: `${formatName}: the format has no place for a reading passage, so the article's text is not included; share it with the class separately.` }];
}

/** For formats that carry the passage: a warning when the quiz cites an article whose text it does not have. */
export function passageMissing(formatName: string, quiz: Pick<ExportableQuiz, 'questions' | 'sources'>): Note[] {
  const carried = new Set(passagesOf(quiz).map((p) => p.articleId));
  const missing = citedArticleIds(quiz.questions).filter((id) => !carried.has(id));
  if (missing.length === 0) return [];
  return [{ questionId: null, message: `${formatName}: the text of ${missing.length === 1 ? 'a cited article' : `${missing.length} cited articles`} is not available, so that passage is not included.` }];
}
