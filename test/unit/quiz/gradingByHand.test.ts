// Grading against questions written out by hand, so every expected grade is worked out here, not
// read from the bank.
import type { FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, Question } from '../../../src/domain/question';
import { gradeResponse, ResponseKindError } from '../../../src/quiz';

const base = { prompt: 'p', explanation: 'x', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;
const item = (id: string) => ({ id, text: id.toUpperCase() });

const matching: MatchingQuestion = {
  ...base, id: 'm', kind: 'MATCHING',
  left: [item('l1'), item('l2'), item('l3')], right: [item('r1'), item('r2'), item('r3')],
  answer: { pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r2' }, { leftId: 'l3', rightId: 'r3' }] },
};
const pair = (leftId: string, rightId: string) => ({ leftId, rightId });

describe('matching', () => {
  test('every pair right is correct, full credit', () => {
    expect(gradeResponse(matching, { pairs: [pair('l3', 'r3'), pair('l1', 'r1'), pair('l2', 'r2')] })).toEqual({ correct: true, credit: 1 });
  });

  test('one pair wrong is not correct: two of three', () => {
    expect(gradeResponse(matching, { pairs: [pair('l1', 'r1'), pair('l2', 'r2'), pair('l3', 'r1')] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('one pair left out is not correct', () => {
    expect(gradeResponse(matching, { pairs: [pair('l1', 'r1'), pair('l2', 'r2')] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('a left item counts once, by its first pairing: a second guess earns nothing', () => {
    expect(gradeResponse(matching, { pairs: [pair('l1', 'r2'), pair('l1', 'r1'), pair('l2', 'r2'), pair('l3', 'r3')] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('no pairs: nothing', () => {
    expect(gradeResponse(matching, { pairs: [] })).toEqual({ correct: false, credit: 0 });
  });

  test('a question with no pairs can never be answered right', () => {
    expect(gradeResponse({ ...matching, answer: { pairs: [] } }, { pairs: [] })).toEqual({ correct: false, credit: 0 });
  });
});

const ordering: OrderingQuestion = { ...base, id: 'o', kind: 'ORDERING', items: [item('c'), item('a'), item('d'), item('b')], answer: { order: ['a', 'b', 'c', 'd'] } };

describe('ordering', () => {
  test('the true order is correct', () => {
    expect(gradeResponse(ordering, { order: ['a', 'b', 'c', 'd'] })).toEqual({ correct: true, credit: 1 });
  });

  test('one swap of neighbours keeps two of the three adjacent pairs', () => {
    // a<b kept, b<c broken (c before b), c<d kept.
    expect(gradeResponse(ordering, { order: ['a', 'c', 'b', 'd'] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('pairs count wherever the items sit, not only side by side', () => {
    // a..b, b..c, c..d all in order though other items sit between: but the order is not the truth.
    expect(gradeResponse(ordering, { order: ['a', 'b', 'c'] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('a repeated item counts where it first appears', () => {
    expect(gradeResponse(ordering, { order: ['b', 'a', 'b', 'c', 'd'] })).toEqual({ correct: false, credit: 2 / 3 });
  });

  test('the right order with an item added is not correct', () => {
    expect(gradeResponse(ordering, { order: ['a', 'b', 'c', 'd', 'e'] }).correct).toBe(false);
  });

  test('a one-item order is all or nothing', () => {
    const one: OrderingQuestion = { ...ordering, items: [item('a')], answer: { order: ['a'] } };
    expect(gradeResponse(one, { order: ['a'] })).toEqual({ correct: true, credit: 1 });
    expect(gradeResponse(one, { order: ['b'] })).toEqual({ correct: false, credit: 0 });
    expect(gradeResponse(one, { order: [] })).toEqual({ correct: false, credit: 0 });
  });
});

const numeric: NumericQuestion = { ...base, id: 'n', kind: 'NUMERIC', answer: { value: 100, tolerance: 5, unit: 'people' } };

describe('numeric', () => {
  test.each([
    [100, true], [105, true], [95, true], [105.5, false], [94.9, false], [Infinity, false], [-Infinity, false],
  ])('%p → %p', (value, correct) => {
    expect(gradeResponse(numeric, { value })).toEqual({ correct, credit: correct ? 1 : 0 });
  });

  test('a zero tolerance takes the exact figure only', () => {
    const exact = { ...numeric, answer: { ...numeric.answer, tolerance: 0 } };
    expect(gradeResponse(exact, { value: 100 }).correct).toBe(true);
    expect(gradeResponse(exact, { value: 100.01 }).correct).toBe(false);
  });
});

const fill: FillInTheBlankQuestion = { ...base, id: 'f', kind: 'FILL_IN_THE_BLANK', answer: { accepted: ['the Red Cross', '12'] } };

describe('fill in the blank', () => {
  test.each([
    ['the Red Cross', true], ['red cross', true], ['RED CROSS.', true], ['Red Crescent', false], ['', false],
    ['12', true], [' 12 ', true], ['twelve', true], ['13', false], ['thirteen', false],
  ])('%p → %p', (text, correct) => {
    expect(gradeResponse(fill, { text })).toEqual({ correct, credit: correct ? 1 : 0 });
  });

  test('two texts that are not numbers are not equal because neither parses', () => {
    const words: FillInTheBlankQuestion = { ...fill, answer: { accepted: ['Geneva'] } };
    expect(gradeResponse(words, { text: 'Bern' }).correct).toBe(false);
  });
});

describe('a response of the wrong shape is refused, naming what the question takes', () => {
  const choice: Question = { ...base, id: 'c', kind: 'MULTIPLE_CHOICE', options: [], answer: { optionId: 'a' } };
  test.each<[Question, object, string]>([
    [choice, { value: true }, 'a MULTIPLE_CHOICE question takes an optionId'],
    [{ ...base, id: 't', kind: 'TRUE_FALSE', answer: { value: true } }, { optionId: 'a' }, 'a TRUE_FALSE question takes a boolean value'],
    [{ ...base, id: 't', kind: 'TRUE_FALSE', answer: { value: true } }, { value: 1 }, 'a TRUE_FALSE question takes a boolean value'],
    [numeric, { value: true }, 'a NUMERIC question takes a numeric value'],
    [numeric, { text: '100' }, 'a NUMERIC question takes a numeric value'],
    [fill, { value: 12 }, 'a FILL_IN_THE_BLANK question takes a text'],
    [matching, { order: [] }, 'a MATCHING question takes pairs'],
    [ordering, { pairs: [] }, 'a ORDERING question takes an order'],
  ])('%#', (question, response, message) => {
    expect(() => gradeResponse(question, response as never)).toThrow(ResponseKindError);
    expect(() => gradeResponse(question, response as never)).toThrow(message);
  });

  test('a choice is right only with its answer option', () => {
    expect(gradeResponse(choice, { optionId: 'a' })).toEqual({ correct: true, credit: 1 });
    expect(gradeResponse(choice, { optionId: 'b' })).toEqual({ correct: false, credit: 0 });
    const tf: Question = { ...base, id: 't', kind: 'TRUE_FALSE', answer: { value: false } };
    expect(gradeResponse(tf, { value: false })).toEqual({ correct: true, credit: 1 });
    expect(gradeResponse(tf, { value: true })).toEqual({ correct: false, credit: 0 });
  });
});
