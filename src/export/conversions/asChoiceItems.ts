// Every question as plain choice items, for formats that only know multiple choice.
// Each conversion or omission is reported, so the teacher knows what changed and why.
import type { Question } from '../../domain/question';
import type { ExportWarning } from '../types';
import type { ChoiceItem } from './choiceItem';
import { matchingAsChoices } from './matchingAsChoices';
import { numericAsChoice } from './numericAsChoice';
import { orderingAsChoice, orderingAsEarliestChoice } from './orderingAsChoice';
import { trueFalseAsChoice } from './trueFalseAsChoice';

export interface ChoiceItems {
  readonly items: ChoiceItem[];
  readonly warnings: ExportWarning[];
}

/** What the target format can hold, so a conversion can pick a shape that fits instead of one that is left out. */
export interface ChoiceRoom {
  readonly maxOptions?: number;
  readonly maxOptionLength?: number;
}

export function asChoiceItems(questions: readonly Question[], formatName: string, room: ChoiceRoom = {}): ChoiceItems {
  const maxOptions = room.maxOptions ?? Number.POSITIVE_INFINITY;
  const maxOptionLength = room.maxOptionLength ?? Number.POSITIVE_INFINITY;
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
        if (item === null) {
          note(question.id, 'ORDERING left out: its answer does not name every item.');
          break;
        }
        const fits = item.options.length <= maxOptions && item.options.every((o) => o.text.length <= maxOptionLength);
        const earliest = fits ? null : orderingAsEarliestChoice(question, Math.min(maxOptions, 4));
        if (earliest !== null && earliest.options.every((o) => o.text.length <= maxOptionLength)) {
          items.push(earliest);
          note(question.id, 'ORDERING written as "which happened first?" over its items: whole sequences are too long for the format\'s answers.');
        } else {
          items.push(item);
          note(question.id, 'ORDERING written as a multiple choice over whole sequences.');
        }
        break;
      }
      case 'MATCHING': {
        const split = matchingAsChoices(question, maxOptions);
        items.push(...split);
        const capped = question.right.length > maxOptions ? `, each offering its match and ${maxOptions - 1} of the others` : '';
        note(question.id, `MATCHING written as ${split.length} multiple-choice questions, one per item to match${capped}.`);
        break;
      }
      case 'NUMERIC': {
        const item = numericAsChoice(question);
        if (item === null) {
          note(question.id, 'NUMERIC left out: the format has no numeric answers, and with a tolerance (or a zero answer) a multiple choice would not be exact.');
        } else {
          items.push(item);
          note(question.id, 'NUMERIC written as a multiple choice; the wrong options are multiples of the answer (half, 1.5 times, double, or triple in place of a wrong 1).');
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
