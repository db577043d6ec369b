// Seconds to answer, from the question's computed difficulty, snapped to a format's allowed values.
import type { DifficultyLevel } from '../../domain/question';

const SECONDS_BY_LEVEL: Record<DifficultyLevel, number> = { EASY: 20, MEDIUM: 30, HARD: 60 };

/** The smallest allowed value that gives at least the wanted time (or the largest allowed). */
export function timeLimit(level: DifficultyLevel, allowed: readonly number[]): number {
  const wanted = SECONDS_BY_LEVEL[level];
  const sorted = [...allowed].sort((a, b) => a - b);
  return sorted.find((seconds) => seconds >= wanted) ?? (sorted[sorted.length - 1] as number);
}
