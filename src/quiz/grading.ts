// Grading one response. Partial credit where a question has parts:
// - MATCHING: credit = share of the answer's pairs the response gets right (a left item counts once).
// - ORDERING: credit = share of the n − 1 adjacent pairs of the true order (a before b) that the
//   response keeps in that relative order, wherever it puts them. One item moved from the end to the
//   front loses one pair of n − 1, so a nearly right order earns nearly full credit; a reversed
//   order earns 0. Correct only when the whole order matches.
// - NUMERIC: correct when |response − value| ≤ tolerance.
// - FILL_IN_THE_BLANK: compared after normalisation (case, punctuation, quotes, a leading article,
//   digit grouping) with every accepted answer.
import type { Question } from '../domain/question';
import { ResponseKindError } from './errors';
import { normalizeName } from './text/normalize';
import { parseNumber } from './text/numbers';

export type QuestionResponse =
  | { readonly optionId: string }
  | { readonly value: boolean }
  | { readonly value: number }
  | { readonly text: string }
  | { readonly pairs: readonly { readonly leftId: string; readonly rightId: string }[] }
  | { readonly order: readonly string[] };

export interface Grade {
  readonly correct: boolean;
  /** 0..1 */
  readonly credit: number;
}

function all(correct: boolean): Grade {
  return { correct, credit: correct ? 1 : 0 };
}

function mismatch(question: Question, expected: string): never {
  throw new ResponseKindError(`a ${question.kind} question takes ${expected}`);
}

/** "10,000" = "10000" = "ten thousand" is not attempted; digits and small number words are. */
function sameAnswer(given: string, accepted: string): boolean {
  const a = normalizeName(given);
  const b = normalizeName(accepted);
  if (a === b) return true;
  const na = parseNumber(given.trim());
  const nb = parseNumber(accepted.trim());
  return na !== null && na === nb;
}

export function gradeResponse(question: Question, response: QuestionResponse): Grade {
  switch (question.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      if (!('optionId' in response)) return mismatch(question, 'an optionId');
      return all(response.optionId === question.answer.optionId);
    case 'TRUE_FALSE':
      if (!('value' in response) || typeof response.value !== 'boolean') return mismatch(question, 'a boolean value');
      return all(response.value === question.answer.value);
    case 'NUMERIC':
      if (!('value' in response) || typeof response.value !== 'number') return mismatch(question, 'a numeric value');
      return all(Number.isFinite(response.value) && Math.abs(response.value - question.answer.value) <= question.answer.tolerance);
    case 'FILL_IN_THE_BLANK':
      if (!('text' in response)) return mismatch(question, 'a text');
      return all(question.answer.accepted.some((a) => sameAnswer(response.text, a)));
    case 'MATCHING': {
      if (!('pairs' in response)) return mismatch(question, 'pairs');
      const given = new Map<string, string>();
      for (const p of response.pairs) if (!given.has(p.leftId)) given.set(p.leftId, p.rightId);
      const total = question.answer.pairs.length;
      const right = question.answer.pairs.filter((p) => given.get(p.leftId) === p.rightId).length;
      const credit = total === 0 ? 0 : right / total;
      return { correct: right === total && total > 0, credit };
    }
    case 'ORDERING': {
      if (!('order' in response)) return mismatch(question, 'an order');
      const truth = question.answer.order;
      const at = new Map<string, number>();
      response.order.forEach((id, i) => {
        if (!at.has(id)) at.set(id, i);
      });
      const exact = response.order.length === truth.length && truth.every((id, i) => response.order[i] === id);
      if (truth.length < 2) return all(exact);
      let kept = 0;
      for (let i = 0; i + 1 < truth.length; i++) {
        const a = at.get(truth[i] as string);
        const b = at.get(truth[i + 1] as string);
        if (a !== undefined && b !== undefined && a < b) kept++;
      }
      return { correct: exact, credit: exact ? 1 : kept / (truth.length - 1) };
    }
  }
}
