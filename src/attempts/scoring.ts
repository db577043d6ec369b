// Scoring a whole attempt: each question is worth one point, earned as the engine's credit
// (partial for matching and ordering); an unanswered question earns 0.
import type { StoredResponse } from '../db/entities/attempt';
import type { Question } from '../domain/question';
import { gradeResponse } from '../quiz';
import { gradableResponse } from './responses';

export interface GradedAnswer {
  readonly position: number;
  readonly questionId: string;
  readonly response: StoredResponse | null;
  readonly correct: boolean;
  readonly credit: number;
}

export interface Score {
  readonly points: number;
  readonly maxPoints: number;
  /** 0 to 100. */
  readonly percent: number;
}

export interface GradedAttempt {
  readonly score: Score;
  readonly answers: readonly GradedAnswer[];
}

/** Sums of thirds and quarters drift (0.1 + 0.2); scores are shown and compared to 4 places. */
export function roundScore(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function scoreOf(points: number, maxPoints: number): Score {
  return { points: roundScore(points), maxPoints, percent: maxPoints === 0 ? 0 : roundScore((100 * points) / maxPoints) };
}

export function gradeAttempt(questions: readonly Question[], responses: ReadonlyMap<string, StoredResponse>): GradedAttempt {
  const answers = questions.map((question, position): GradedAnswer => {
    const response = responses.get(question.id) ?? null;
    const grade = response ? gradeResponse(question, gradableResponse(response)) : { correct: false, credit: 0 };
    return { position, questionId: question.id, response, correct: grade.correct, credit: grade.credit };
  });
  return { score: scoreOf(answers.reduce((sum, a) => sum + a.credit, 0), questions.length), answers };
}
