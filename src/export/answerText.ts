// The right answer of any question, as a sentence for an answer key (worksheet and Markdown).
import type { Question } from '../domain/question';
import { readableNumber } from './text/numbers';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function optionLetter(index: number): string {
  return LETTERS[index] ?? String(index + 1);
}

/** 66.9 - 0.1 is 66.80000000000001 in floating point; a band's end is shown as the text would write it. */
const bandEnd = (x: number): number => Number(x.toFixed(6));

export function answerText(question: Question): string {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const index = question.options.findIndex((o) => o.id === question.answer.optionId);
      return `${optionLetter(index)}. ${question.options[index]?.text ?? ''}`;
    }
    case 'TRUE_FALSE':
      return question.answer.value ? 'True' : 'False';
    case 'NUMERIC': {
      const { value, tolerance, unit } = question.answer;
      const withUnit = (text: string): string => (unit === '' ? text : `${text} ${unit}`);
      // A band is written as its ends: its midpoint ("67 (accept ± 6)" for "more than 60") is a
      // figure the article never gives, and the explanation quotes the hedge itself.
      return tolerance === 0 ? withUnit(readableNumber(value)) : withUnit(`any figure from ${readableNumber(bandEnd(value - tolerance))} to ${readableNumber(bandEnd(value + tolerance))}`);
    }
    case 'FILL_IN_THE_BLANK':
      return question.answer.accepted.join(' / ');
    case 'MATCHING':
      return question.answer.pairs
        .map((pair) => {
          const left = question.left.findIndex((l) => l.id === pair.leftId);
          const right = question.right.findIndex((r) => r.id === pair.rightId);
          return `${left + 1} – ${optionLetter(right)} (${question.left[left]?.text ?? ''} – ${question.right[right]?.text ?? ''})`;
        })
        .join('; ');
    case 'ORDERING':
      return question.answer.order.map((id) => question.items.find((item) => item.id === id)?.text ?? id).join(' → ');
  }
}
