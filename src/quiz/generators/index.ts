// One generator per question kind; a newcomer finds "where are true/false questions made?" here.
import type { QuestionKind } from '../../domain/question';
import { fillInTheBlankQuestions } from './fillInTheBlank';
import { matchingQuestions } from './matching';
import { multipleChoiceQuestions } from './multipleChoice';
import { numericQuestions } from './numeric';
import { orderingQuestions } from './ordering';
import { sourceAndStandingQuestions } from './sourceAndStanding';
import { trueFalseQuestions } from './trueFalse';
import type { QuestionGenerator } from './types';
import { whoSaidItQuestions } from './whoSaidIt';

export const GENERATORS: Readonly<Record<QuestionKind, QuestionGenerator>> = {
  MULTIPLE_CHOICE: multipleChoiceQuestions,
  TRUE_FALSE: trueFalseQuestions,
  WHO_SAID_IT: whoSaidItQuestions,
  NUMERIC: numericQuestions,
  FILL_IN_THE_BLANK: fillInTheBlankQuestions,
  MATCHING: matchingQuestions,
  ORDERING: orderingQuestions,
  SOURCE_AND_STANDING: sourceAndStandingQuestions,
};
