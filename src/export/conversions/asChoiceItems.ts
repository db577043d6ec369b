// Every question as plain choice items, for formats that only know multiple choice.
// Each conversion or omission is reported, so the teacher knows what changed and why.
import type { Question } from '../../domain/question';
import type { ExportWarning } from '../types';
import type { ChoiceItem } from './choiceItem';
import { matchingAsChoices } from './matchingAsChoices';
import { numericAsChoice } from './numericAsChoice';
import { orderingAsChoice } from './orderingAsChoice';
import { trueFalseAsChoice } from './trueFalseAsChoice';

export interface ChoiceItems {
  readonly items: ChoiceItem[];
  readonly warnings: ExportWarning[];
}

export function asChoiceItems(questions: readonly Question[], formatName: string): ChoiceItems {
  const items: ChoiceItem[] = [];
  const warnings: ExportWarning[] = [];
  const note = (questionId: string, message: string): void => {
    warnings.push({ questionId, message: `${formatName}: ${message}` });
  };
  for (const question of questions) {
    switch (question.kind) {
      case 'MULTIPLE_CHOICE':
      case 'WHO_SAID_IT':
      case 'SOURCE_AND_STANDING':
        items.push({
          questionId: question.id,
          id: question.id,
          prompt: question.prompt,
          options: question.options,
          explanation: question.explanation,
          evidence: question.evidence,
        });
        break;
      case 'TRUE_FALSE':
        items.push(trueFalseAsChoice(question));
        note(question.id, 'TRUE_FALSE written as a two-option choice (True, False).');
        break;
      case 'ORDERING': {
        const item = orderingAsChoice(question);
        if (item === null) note(question.id, 'ORDERING left out: its answer does not name every item.');
        else {
          items.push(item);
          note(question.id, 'ORDERING written as a multiple choice over whole sequences.');
        }
        break;
      }
      case 'MATCHING': {
        const split = matchingAsChoices(question);
        items.push(...split);
        note(question.id, `MATCHING written as ${split.length} multiple-choice questions, one per item to match.`);
        break;
      }
      case 'NUMERIC': {
        const item = numericAsChoice(question);
        if (item === null) {
          note(question.id, 'NUMERIC left out: the format has no numeric answers, and with a tolerance (or a zero answer) a multiple choice would not be exact.');
        } else {
          items.push(item);
          note(question.id, 'NUMERIC written as a multiple choice; the wrong options are half, 1.5 times and double the answer.');
        }
        break;
      }
      case 'FILL_IN_THE_BLANK':
        note(question.id, 'FILL_IN_THE_BLANK left out: the format has no typed answers, and the question has no wrong options to offer.');
        break;
    }
  }
  return { items, warnings };
}
