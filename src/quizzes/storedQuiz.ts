import type { DifficultyLevel, Question, QuestionKind } from '../domain/question';

/** A generated quiz as stored: its questions are a snapshot, never regenerated. */
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
  readonly questions: readonly Question[];
}
