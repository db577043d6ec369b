// Difficulty is computed from three stated factors, never guessed:
//
//   score = 0.5 × distractorSimilarity                       (how close the wrong answers are, 0..1)
//         + 0.3 × min(1, (sentencesNeeded − 1) / 2)           (0 for one sentence, 1 for three or more)
//         + 0.2 × (sourceInference ? 1 : 0)                   (reading who says it and how sure, not what)
//
//   level = EASY when score < 0.3, MEDIUM when score < 0.55, HARD otherwise.
//
// Close distractors weigh most because they are what makes a reader hesitate; combining sentences
// and reasoning about sources are the reading skills the product exists to train.
import type { Difficulty, DifficultyLevel } from '../domain/question';

export const DIFFICULTY_WEIGHTS = { similarity: 0.5, sentences: 0.3, source: 0.2 } as const;
export const DIFFICULTY_THRESHOLDS = { medium: 0.3, hard: 0.55 } as const;

export function computeDifficulty(factors: Difficulty['factors']): Difficulty {
  // Rounded first, so the stored factors reproduce the stored score exactly.
  const similarity = round3(clamp01(factors.distractorSimilarity));
  const sentences = Math.max(1, Math.round(factors.sentencesNeeded));
  const score = round3(
    DIFFICULTY_WEIGHTS.similarity * similarity +
      DIFFICULTY_WEIGHTS.sentences * Math.min(1, (sentences - 1) / 2) +
      DIFFICULTY_WEIGHTS.source * (factors.sourceInference ? 1 : 0),
  );
  return {
    level: levelFor(score),
    score,
    factors: { distractorSimilarity: similarity, sentencesNeeded: sentences, sourceInference: factors.sourceInference },
  };
}

export function levelFor(score: number): DifficultyLevel {
  if (score < DIFFICULTY_THRESHOLDS.medium) return 'EASY';
  if (score < DIFFICULTY_THRESHOLDS.hard) return 'MEDIUM';
  return 'HARD';
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The mean, or 0 for no values: a question with nothing to confuse has similarity 0. */
export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
