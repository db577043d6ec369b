// What would give a question's answer away if a reader saw it: the answer's words, every name of an
// entity answer, every way of writing a figure. Shared by the give-away rules and quiz selection.
import type { Question } from '../../domain/question';
import type { FactIndex } from '../facts/factIndex';
import { numberForms } from '../text/numbers';
import { optionMeaning } from './optionMeaning';

export function answerTexts(question: Question, index: FactIndex): string[] {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const correct = question.options.find((o) => o.id === question.answer.optionId);
      if (correct === undefined) return [];
      const meaning = optionMeaning(index, correct.text);
      if (meaning.type === 'entity') return index.namesOf(meaning.entity);
      if (meaning.type === 'number') return numberForms(meaning.value);
      // A standing phrase ("Did not confirm the claim") is a wording, not a content a prompt could leak.
      if (meaning.type === 'standing') return [];
      return [correct.text];
    }
    case 'NUMERIC':
      return numberForms(question.answer.value);
    case 'FILL_IN_THE_BLANK':
      return [...question.answer.accepted];
    case 'TRUE_FALSE':
    case 'MATCHING':
    case 'ORDERING':
      return [];
  }
}

/** Everything a reader sees of a question: prompt, options, items. */
export function visibleText(question: Question): string {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      return [question.prompt, ...question.options.map((o) => o.text)].join(' \n ');
    case 'MATCHING':
      return [question.prompt, ...question.left.map((i) => i.text), ...question.right.map((i) => i.text)].join(' \n ');
    case 'ORDERING':
      return [question.prompt, ...question.items.map((i) => i.text)].join(' \n ');
    default:
      return question.prompt;
  }
}
