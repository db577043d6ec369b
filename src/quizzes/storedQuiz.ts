import type { DifficultyLevel, Question, QuestionKind } from '../domain/question';

/** A quiz as stored: its questions are a snapshot, never regenerated. */
export interface StoredQuiz {
  readonly id: string;
  readonly eventId: string;
  readonly ownerId: string | null;
  readonly title: string;
  readonly seed: string;
  readonly requestedCount: number;
  readonly kinds: readonly QuestionKind[];
  readonly difficulty: DifficultyLevel | null;
  readonly warnings: readonly string[];
  readonly createdAt: string;
  /** The current version's questions: a snapshot, changed only by the educator's edits. */
  readonly questions: readonly Question[];
  /** Starts at 1; an edit after students have answered makes the next (see workspace/versioning.ts). */
  readonly version: number;
  /** Stored edits so far; an attempt graded against one revision is refused once another is stored. */
  readonly revision: number;
}
