import type { FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion } from '../../../src/domain/question';
import { gradeResponse, questionBank, ResponseKindError } from '../../../src/quiz';
import { quizFacts } from '../../fixtures/quizFacts';
import { ofKind } from './helpers';

const bank = questionBank(quizFacts);
const choice = ofKind(bank, 'WHO_SAID_IT')[0]!;
const tf = ofKind(bank, 'TRUE_FALSE')[0]!;
const numeric = ofKind(bank, 'NUMERIC').find((q) => q.answer.tolerance > 0) as NumericQuestion;
const fill = ofKind(bank, 'FILL_IN_THE_BLANK').find((q) => q.answer.accepted[0] === 'six') as FillInTheBlankQuestion;
const matching = ofKind(bank, 'MATCHING')[0] as MatchingQuestion;
const ordering = ofKind(bank, 'ORDERING')[0] as OrderingQuestion;

describe('gradeResponse', () => {
  it('grades a choice by option id', () => {
    expect(gradeResponse(choice, { optionId: choice.answer.optionId })).toEqual({ correct: true, credit: 1 });
    const wrong = choice.options.find((o) => !o.correct)!;
    expect(gradeResponse(choice, { optionId: wrong.id })).toEqual({ correct: false, credit: 0 });
  });

  it('grades true/false', () => {
    expect(gradeResponse(tf, { value: tf.answer.value }).correct).toBe(true);
    expect(gradeResponse(tf, { value: !tf.answer.value }).correct).toBe(false);
  });

  it('grades a figure within the tolerance as right, just outside as wrong', () => {
    const { value, tolerance } = numeric.answer;
    expect(gradeResponse(numeric, { value: value + tolerance }).correct).toBe(true);
    expect(gradeResponse(numeric, { value: value - tolerance - 1 }).correct).toBe(false);
    expect(gradeResponse(numeric, { value: Number.NaN }).correct).toBe(false);
  });

  it('compares blanks after normalisation, accepting digits for number words', () => {
    expect(gradeResponse(fill, { text: '  Six ' }).correct).toBe(true);
    expect(gradeResponse(fill, { text: '6' }).correct).toBe(true);
    expect(gradeResponse(fill, { text: 'seven' }).correct).toBe(false);
  });

  it('gives matching credit for the share of right pairs', () => {
    const pairs = matching.answer.pairs;
    expect(gradeResponse(matching, { pairs })).toEqual({ correct: true, credit: 1 });
    const [first, second, ...rest] = pairs;
    const swapped = [{ leftId: first!.leftId, rightId: second!.rightId }, { leftId: second!.leftId, rightId: first!.rightId }, ...rest];
    expect(gradeResponse(matching, { pairs: swapped })).toEqual({ correct: false, credit: (pairs.length - 2) / pairs.length });
  });

  it('gives ordering credit for the share of adjacent pairs kept in order', () => {
    const order = ordering.answer.order;
    const n = order.length;
    expect(gradeResponse(ordering, { order })).toEqual({ correct: true, credit: 1 });
    expect(gradeResponse(ordering, { order: [...order].reverse() })).toEqual({ correct: false, credit: 0 });
    // The last step moved to the front breaks only the pair (second-to-last, last).
    expect(gradeResponse(ordering, { order: [order[n - 1]!, ...order.slice(0, -1)] })).toEqual({ correct: false, credit: (n - 2) / (n - 1) });
  });

  it('throws a ResponseKindError when the response does not fit the question', () => {
    expect(() => gradeResponse(choice, { value: true })).toThrow(ResponseKindError);
    expect(() => gradeResponse(tf, { value: 3 })).toThrow(/a TRUE_FALSE question takes a boolean value/);
    expect(() => gradeResponse(numeric, { text: '3000' })).toThrow(ResponseKindError);
    expect(() => gradeResponse(ordering, { pairs: [] })).toThrow(ResponseKindError);
  });
});
