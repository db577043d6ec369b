// Rule: the correct option does not stand out by repeating the prompt's words. "Which of these
// happened in October?" answered by "Lawmakers rejected the proposal in October" is found without
// reading; so is a speaker whose title the prompt repeats. Options that all share the prompt's words
// equally ("5 pillars", "345 pillars") single none out.
import type { Question } from '../../domain/question';
import { contentTokens, stem } from '../text/normalize';
import type { QuestionRule } from './types';

function stems(text: string): Set<string> {
  return new Set(contentTokens(text).map(stem));
}

/** How many of the prompt's content words (by stem) the text repeats. */
export function promptWordsRepeated(prompt: string, text: string): number {
  const wanted = stems(prompt);
  let n = 0;
  for (const s of stems(text)) if (wanted.has(s)) n++;
  return n;
}

function check(question: Question): string[] {
  if (question.kind !== 'MULTIPLE_CHOICE' && question.kind !== 'WHO_SAID_IT' && question.kind !== 'SOURCE_AND_STANDING') return [];
  const correct = question.options.find((o) => o.id === question.answer.optionId);
  if (correct === undefined) return [];
  const own = promptWordsRepeated(question.prompt, correct.text);
  if (own === 0) return [];
  const wrong = question.options.filter((o) => o !== correct).map((o) => promptWordsRepeated(question.prompt, o.text));
  if (wrong.some((n) => n >= own)) return [];
  return [`the correct option “${correct.text}” repeats ${own} of the prompt's words, more than any other option`];
}

export const noPromptEcho: QuestionRule = { name: 'no-prompt-echo', check };
