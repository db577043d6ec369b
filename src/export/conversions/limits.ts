// What a choice-only format can hold. An item that does not fit is left out and reported:
// cutting a prompt or an option short could change what it asks or make a wrong option right.
import type { ExportWarning } from '../types';
import type { ChoiceItem } from './choiceItem';

export interface ChoiceLimits {
  readonly formatName: string;
  readonly minOptions: number;
  readonly maxOptions: number;
  /** Counted in UTF-16 code units, the larger of the counts a web app may use. */
  readonly maxPromptLength?: number;
  readonly maxOptionLength?: number;
  readonly exactlyOneCorrect?: boolean;
  /** Formats read line by line cannot hold a line break inside a prompt or option. */
  readonly singleLine?: boolean;
}

export function whyItDoesNotFit(item: ChoiceItem, limits: ChoiceLimits): string | null {
  const { options } = item;
  const correct = options.filter((o) => o.correct).length;
  if (options.length < limits.minOptions) return `it has ${options.length} options; the format needs at least ${limits.minOptions}`;
  if (options.length > limits.maxOptions) return `it has ${options.length} options; the format allows at most ${limits.maxOptions}`;
  if (correct === 0) return 'no option is marked correct';
  if (limits.exactlyOneCorrect === true && correct > 1) return `${correct} options are correct; the format allows only one`;
  if (limits.maxPromptLength !== undefined && item.prompt.length > limits.maxPromptLength) {
    return `the question is ${item.prompt.length} characters; the format allows ${limits.maxPromptLength}`;
  }
  const long = options.find((o) => limits.maxOptionLength !== undefined && o.text.length > limits.maxOptionLength);
  if (long !== undefined) return `an option is ${long.text.length} characters; the format allows ${limits.maxOptionLength}`;
  if (options.some((o) => o.text.trim() === '')) return 'an option is empty';
  if (limits.singleLine === true && [item.prompt, ...options.map((o) => o.text)].some((t) => /[\r\n]/.test(t))) {
    return 'its text has a line break, which the format reads as the end of the question';
  }
  return null;
}

export function fitting(items: readonly ChoiceItem[], limits: ChoiceLimits, warnings: ExportWarning[]): ChoiceItem[] {
  return items.filter((item) => {
    const reason = whyItDoesNotFit(item, limits);
    if (reason !== null) warnings.push({ questionId: item.questionId, message: `${limits.formatName}: ${item.id} left out: ${reason}.` });
    return reason === null;
  });
}
