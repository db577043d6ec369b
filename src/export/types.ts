// The shapes every writer shares. Kept apart from index.ts so writers never import the dispatcher.
import type { Sentence } from '../domain/facts';
import type { Question } from '../domain/question';

export interface ExportableQuiz {
  readonly id: string;
  readonly title: string;
  readonly questions: readonly Question[];
  /**
   * The articles the questions' evidence quotes, so citations can name them as a reader would
   * (by title, outlet and date). Optional: without it, or for an article missing from it,
   * citations fall back to "the article" or "article 1", never the store's id.
   */
  readonly sources?: readonly QuizSource[];
}

/** An article as a citation names it: `id` matches `Evidence.articleId`; the rest may be unknown. */
export interface QuizSource {
  readonly id: string;
  readonly title: string | null;
  readonly outlet: string | null;
  /** ISO date (YYYY-MM-DD), as the store keeps it. */
  readonly publishedAt: string | null;
  /** Where the article was published, for a passage's attribution; optional, unknown when absent. */
  readonly url?: string | null;
  /** The article's text, for formats that carry the passage with the questions; optional. */
  readonly body?: string | null;
  /** The stored sentences of `body` (what Evidence.sentenceIndex counts), for numbering the passage; optional. */
  readonly sentences?: readonly Sentence[] | null;
}

/** Something the teacher must know about the file: a question left out or changed, and why. */
export interface ExportWarning {
  readonly questionId: string | null;
  readonly message: string;
}

export interface ExportedFile {
  readonly filename: string;
  readonly mediaType: string;
  readonly content: Buffer;
  /** True when `content` is not UTF-8 text (zip, xlsx): the API then sends it base64-encoded. */
  readonly binary: boolean;
  readonly warnings: ExportWarning[];
}
