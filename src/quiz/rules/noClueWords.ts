// Rules: no "all/none of the above", and no absolute words (always, never, all, none, only) in
// options or true/false statements, where test-wise students read them as clues.
import type { Question } from '../../domain/question';
import { absoluteWordsIn, isCatchAllOption } from '../text/clues';
import type { QuestionRule } from './types';

function optionTexts(question: Question): string[] {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return question.options.map((o) => o.text);
    case 'TRUE_FALSE':
      return [question.prompt];
    case 'MATCHING':
      return question.right.map((i) => i.text);
    default:
      return [];
  }
}

export const noCatchAllOptions: QuestionRule = {
  name: 'no-catch-all-options',
  check: (question) => optionTexts(question).filter(isCatchAllOption).map((t) => `option “${t}” is a catch-all`),
};

export const noAbsoluteClues: QuestionRule = {
  name: 'no-absolute-clues',
  check: (question) =>
    optionTexts(question).flatMap((t) => {
      const words = absoluteWordsIn(t);
      return words.length === 0 ? [] : [`“${t}” uses the absolute word${words.length > 1 ? 's' : ''} ${words.join(', ')}`];
    }),
};
