// Class statistics over a quiz's attempts, in the classical-test-theory terms Moodle's quiz
// statistics report uses. Pure: attempts in, numbers out; no store, no clock.
//
// Definitions (each question is worth one point; credit is 0..1):
// - Facility index: mean credit on the question over all attempts (unanswered = 0), 0..1. For
//   all-or-nothing questions it equals the share of attempts that got it right, also reported.
// - Upper and lower groups: attempts ranked by total points, highest first, ties broken by
//   submission order (earlier first); each group holds round(27% of attempts), at least one, and
//   none when there are fewer than two attempts.
// - Discrimination index D = mean credit in the upper group − mean credit in the lower group,
//   from −1 to 1. Near 0 the question does not tell strong students from weak ones; below 0 the
//   weak do better than the strong, which usually means a wrong key or a misleading prompt.
// - Option counts (choice and true/false questions): how many attempts chose each option, overall
//   and in each group. A distractor nobody chose is doing no work; a key that the upper group
//   chooses less often than some distractor is suspect.

export interface OptionKey {
  readonly id: string;
  /** Whether this option is the key (the right answer). */
  readonly correct: boolean;
}

export interface QuestionForStatistics {
  readonly id: string;
  /** The options a student picks from, or null for questions without options (numeric, text, …). */
  readonly options: readonly OptionKey[] | null;
}

export interface AnswerForStatistics {
  readonly answered: boolean;
  readonly credit: number;
  readonly correct: boolean;
  /** The option chosen, for option questions; null when unanswered or not an option question. */
  readonly choice: string | null;
}

export interface AttemptForStatistics {
  /** Submission order: ties in points rank the earlier attempt first. */
  readonly order: number;
  readonly points: number;
  readonly maxPoints: number;
  /** One per question, in the quiz's order. */
  readonly answers: readonly AnswerForStatistics[];
}

export interface OptionStatistics {
  readonly optionId: string;
  readonly correct: boolean;
  readonly count: number;
  /** count / attempts, 0..1 (0 with no attempts). */
  readonly share: number;
  readonly upperCount: number;
  readonly lowerCount: number;
  /** A distractor no attempt chose (only flagged once there are attempts). */
  readonly neverChosen: boolean;
}

export interface QuestionStatistics {
  readonly questionId: string;
  readonly position: number;
  readonly answeredCount: number;
  readonly correctShare: number;
  readonly facility: number;
  readonly upperMeanCredit: number | null;
  readonly lowerMeanCredit: number | null;
  readonly discrimination: number | null;
  readonly options: readonly OptionStatistics[] | null;
  /** Distractors never chosen. */
  readonly unusedDistractors: readonly string[];
  /** Some distractor was chosen more often than the key by the upper group. */
  readonly suspectKey: boolean;
}

export interface ScoreBin {
  /** Percent, inclusive. */
  readonly from: number;
  /** Percent, exclusive, except the last bin which includes 100. */
  readonly to: number;
  readonly count: number;
}

export interface QuizStatistics {
  readonly attemptCount: number;
  readonly meanPercent: number | null;
  readonly medianPercent: number | null;
  readonly meanPoints: number | null;
  readonly groupSize: number;
  readonly scoreDistribution: readonly ScoreBin[];
  readonly questions: readonly QuestionStatistics[];
}

export const GROUP_FRACTION = 0.27;
export const SCORE_BINS = 10;

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function groupSize(attempts: number): number {
  return attempts < 2 ? 0 : Math.max(1, Math.round(GROUP_FRACTION * attempts));
}

export function percentOf(attempt: AttemptForStatistics): number {
  return attempt.maxPoints === 0 ? 0 : (100 * attempt.points) / attempt.maxPoints;
}

/** Ten bins of ten percentage points; 100% falls in the last. */
export function scoreDistribution(percents: readonly number[]): ScoreBin[] {
  const width = 100 / SCORE_BINS;
  const counts = new Array<number>(SCORE_BINS).fill(0);
  for (const p of percents) counts[Math.min(SCORE_BINS - 1, Math.max(0, Math.floor(p / width)))]!++;
  return counts.map((count, i) => ({ from: i * width, to: (i + 1) * width, count }));
}

/** Upper and lower groups, as defined above. */
export function rankGroups<T extends AttemptForStatistics>(attempts: readonly T[]): { upper: T[]; lower: T[] } {
  const ranked = [...attempts].sort((a, b) => b.points - a.points || a.order - b.order);
  const size = groupSize(attempts.length);
  return { upper: ranked.slice(0, size), lower: size === 0 ? [] : ranked.slice(-size) };
}

function optionStatistics(
  question: QuestionForStatistics,
  position: number,
  attempts: readonly AttemptForStatistics[],
  upper: readonly AttemptForStatistics[],
  lower: readonly AttemptForStatistics[],
): OptionStatistics[] | null {
  if (!question.options) return null;
  const chose = (group: readonly AttemptForStatistics[], id: string) => group.filter((a) => a.answers[position]?.choice === id).length;
  return question.options.map((o) => {
    const count = chose(attempts, o.id);
    return {
      optionId: o.id,
      correct: o.correct,
      count,
      share: attempts.length === 0 ? 0 : round(count / attempts.length),
      upperCount: chose(upper, o.id),
      lowerCount: chose(lower, o.id),
      neverChosen: !o.correct && attempts.length > 0 && count === 0,
    };
  });
}

export function quizStatistics(questions: readonly QuestionForStatistics[], attempts: readonly AttemptForStatistics[]): QuizStatistics {
  const percents = attempts.map(percentOf);
  const { upper, lower } = rankGroups(attempts);
  const meanCredit = (group: readonly AttemptForStatistics[], position: number) =>
    mean(group.map((a) => a.answers[position]?.credit ?? 0));
  const orNull = (value: number | null) => (value === null ? null : round(value));

  return {
    attemptCount: attempts.length,
    meanPercent: orNull(mean(percents)),
    medianPercent: orNull(median(percents)),
    meanPoints: orNull(mean(attempts.map((a) => a.points))),
    groupSize: upper.length,
    scoreDistribution: scoreDistribution(percents),
    questions: questions.map((question, position): QuestionStatistics => {
      const answers = attempts.map((a) => a.answers[position]);
      const upperMean = meanCredit(upper, position);
      const lowerMean = meanCredit(lower, position);
      const options = optionStatistics(question, position, attempts, upper, lower);
      const key = options?.find((o) => o.correct);
      return {
        questionId: question.id,
        position,
        answeredCount: answers.filter((a) => a?.answered).length,
        correctShare: orNull(mean(answers.map((a) => (a?.correct ? 1 : 0)))) ?? 0,
        facility: orNull(mean(answers.map((a) => a?.credit ?? 0))) ?? 0,
        upperMeanCredit: orNull(upperMean),
        lowerMeanCredit: orNull(lowerMean),
        discrimination: upperMean === null || lowerMean === null ? null : round(upperMean - lowerMean),
        options,
        unusedDistractors: (options ?? []).filter((o) => o.neverChosen).map((o) => o.optionId),
        suspectKey: key !== undefined && (options ?? []).some((o) => !o.correct && o.upperCount > key.upperCount),
      };
    }),
  };
}
