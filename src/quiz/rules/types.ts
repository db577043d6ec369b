import type { Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';

export interface Violation {
  readonly rule: string;
  readonly questionId: string;
  readonly message: string;
}

/** A rule about one question on its own: it holds in the bank as well as in a quiz. */
export interface QuestionRule {
  readonly name: string;
  check(question: Question, index: FactIndex): string[];
}

/** A rule about questions together: it holds for a quiz handed to a class, not for the whole bank. */
export interface QuizRule {
  readonly name: string;
  check(questions: readonly Question[], index: FactIndex): Violation[];
}
