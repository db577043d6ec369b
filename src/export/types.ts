// The shapes every writer shares. Kept apart from index.ts so writers never import the dispatcher.
import type { Question } from '../domain/question';

export interface ExportableQuiz {
  readonly id: string;
  readonly title: string;
  readonly questions: readonly Question[];
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
