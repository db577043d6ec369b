// One generator per question kind; a newcomer finds "where are true/false questions made?" here.
import type { QuestionKind } from '../../domain/question';
import { causeEffectQuestions } from './causeEffect';
import { mainIdeaQuestions } from './mainIdea';
import { notSupportedQuestions } from './notSupported';
import { sourceComparisonQuestions } from './sourceComparison';
import { fillInTheBlankQuestions } from './fillInTheBlank';
import { matchingQuestions } from './matching';
import { multipleChoiceQuestions } from './multipleChoice';
import { numericQuestions } from './numeric';
import { orderingQuestions } from './ordering';
import { sourceAndStandingQuestions } from './sourceAndStanding';
import { trueFalseQuestions } from './trueFalse';
import type { QuestionGenerator } from './types';
import { whoSaidItQuestions } from './whoSaidIt';

/**
 * Comprehension questions (main idea, cause and effect, …) are choice-shaped: they ride on a kind
 * every exporter and the grader already handle, and say what they test in `skill`.
 */
export const COMPREHENSION_GENERATORS: Readonly<Partial<Record<QuestionKind, readonly QuestionGenerator[]>>> = {
  MULTIPLE_CHOICE: [mainIdeaQuestions, causeEffectQuestions, notSupportedQuestions],
  SOURCE_AND_STANDING: [sourceComparisonQuestions],
};

const withComprehension =
  (kind: QuestionKind, generator: QuestionGenerator): QuestionGenerator =>
  (index) => [...generator(index), ...(COMPREHENSION_GENERATORS[kind] ?? []).flatMap((g) => g(index))];

const RECALL_GENERATORS: Readonly<Record<QuestionKind, QuestionGenerator>> = {
  MULTIPLE_CHOICE: multipleChoiceQuestions,
  TRUE_FALSE: trueFalseQuestions,
  WHO_SAID_IT: whoSaidItQuestions,
  NUMERIC: numericQuestions,
  FILL_IN_THE_BLANK: fillInTheBlankQuestions,
  MATCHING: matchingQuestions,
  ORDERING: orderingQuestions,
  SOURCE_AND_STANDING: sourceAndStandingQuestions,
};

export const GENERATORS: Readonly<Record<QuestionKind, QuestionGenerator>> = Object.fromEntries(
  Object.entries(RECALL_GENERATORS).map(([kind, g]) => [kind, withComprehension(kind as QuestionKind, g)]),
) as Record<QuestionKind, QuestionGenerator>;
