// Rule: the question's shape holds together: 3–4 options with exactly one correct one that the
// answer names; matching and ordering answers use every item once; at least two items; a blank
// sits in enough of its sentence to be read in context.
import { BLANK, type Question } from '../../domain/question';
import { MAX_OPTIONS, MIN_OPTIONS } from '../compose/choiceQuestion';
import { contextWords, fillInBody, MIN_CONTEXT_WORDS } from '../compose/prompts';
import { quotesBalanced } from '../text/format';
import type { QuestionRule } from './types';

function check(question: Question): string[] {
  const problems: string[] = [];
  if (question.prompt.trim() === '') problems.push('empty prompt');
  if (question.explanation.trim() === '') problems.push('no explanation');
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING': {
      const n = question.options.length;
      if (n < MIN_OPTIONS || n > MAX_OPTIONS) problems.push(`has ${n} options; a choice question needs ${MIN_OPTIONS} to ${MAX_OPTIONS}`);
      const correct = question.options.filter((o) => o.correct);
      if (correct.length !== 1) problems.push(`has ${correct.length} correct options; exactly one is needed`);
      if (correct[0]?.id !== question.answer.optionId) problems.push('the answer does not name the correct option');
      question.options.forEach((o, i) => {
        if (o.id !== String.fromCharCode(97 + i)) problems.push(`option ${i + 1} has id "${o.id}"; ids run a, b, c…`);
        if (o.rationale.trim() === '') problems.push(`option ${o.id} has no rationale`);
      });
      break;
    }
    case 'MATCHING': {
      const lefts = question.answer.pairs.map((p) => p.leftId);
      const rights = question.answer.pairs.map((p) => p.rightId);
      if (question.left.length < 2 || question.left.length !== question.right.length) problems.push('matching needs two or more items on each side, as many left as right');
      if (new Set(lefts).size !== question.left.length || new Set(rights).size !== question.right.length) problems.push('every item must be paired exactly once');
      break;
    }
    case 'ORDERING': {
      const ids = new Set(question.items.map((i) => i.id));
      if (question.items.length < 2) problems.push('ordering needs two or more items');
      if (question.answer.order.length !== ids.size || !question.answer.order.every((id) => ids.has(id))) problems.push('the answer must order every item once');
      if (question.items.every((item, i) => item.id === question.answer.order[i])) problems.push('items are presented already in order');
      break;
    }
    case 'NUMERIC':
      if (!Number.isFinite(question.answer.value) || !(question.answer.tolerance >= 0)) problems.push('the figure or its tolerance is not a number');
      break;
    case 'FILL_IN_THE_BLANK': {
      if (question.answer.accepted.length === 0) problems.push('no accepted answer');
      const body = fillInBody(question.prompt);
      const around = contextWords(body, BLANK);
      if (around < MIN_CONTEXT_WORDS) problems.push(`only ${around} word${around === 1 ? '' : 's'} outside the blank; at least ${MIN_CONTEXT_WORDS} are needed for context`);
      if (!quotesBalanced(body)) problems.push('a quotation mark in the prompt has no partner');
      break;
    }
    case 'TRUE_FALSE':
      break;
  }
  return problems;
}

export const wellFormed: QuestionRule = { name: 'well-formed', check };
