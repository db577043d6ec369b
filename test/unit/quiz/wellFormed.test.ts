// well-formed, message by message, on questions written out here: each defect beside a sound
// question of the same kind.
import type { ChoiceQuestion, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, Question } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { wellFormed } from '../../../src/quiz/rules/wellFormed';
import { noSelfGiveaway } from '../../../src/quiz/rules/noSelfGiveaway';
import { quizFacts } from '../../fixtures/quizFacts';

const index = indexFacts(quizFacts);
const check = (q: Question) => wellFormed.check(q, index);
const base = { prompt: 'Which one?', explanation: 'Because.', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;
const option = (id: string, correct = false, rationale = correct ? 'Right.' : 'Wrong.') => ({ id, text: `option ${id}`, correct, rationale });
const choice: ChoiceQuestion = { ...base, id: 'c', kind: 'MULTIPLE_CHOICE', options: [option('a'), option('b', true), option('c')], answer: { optionId: 'b' } };

describe('every question', () => {
  test('needs a prompt and an explanation', () => {
    expect(check(choice)).toEqual([]);
    expect(check({ ...choice, prompt: '  ' })).toEqual(['empty prompt']);
    expect(check({ ...choice, explanation: ' ' })).toEqual(['no explanation']);
  });
});

describe('choice questions', () => {
  test('3 or 4 options', () => {
    expect(check({ ...choice, options: [...choice.options, option('d')] })).toEqual([]);
    expect(check({ ...choice, options: [option('a'), option('b', true)] })).toEqual(['has 2 options; a choice question needs 3 to 4']);
    expect(check({ ...choice, options: [...choice.options, option('d'), option('e')] })).toEqual(['has 5 options; a choice question needs 3 to 4']);
  });

  test('exactly one correct option, the one the answer names', () => {
    expect(check({ ...choice, options: [option('a', true), option('b', true), option('c')] })).toEqual(['has 2 correct options; exactly one is needed', 'the answer does not name the correct option']);
    expect(check({ ...choice, options: [option('a'), option('b', true), option('c', true)] })).toEqual(['has 2 correct options; exactly one is needed']);
    expect(check({ ...choice, options: [option('a'), option('b'), option('c')] })).toEqual(['has 0 correct options; exactly one is needed', 'the answer does not name the correct option']);
    expect(check({ ...choice, answer: { optionId: 'c' } })).toEqual(['the answer does not name the correct option']);
  });

  test('ids run a, b, c; every option explains itself', () => {
    expect(check({ ...choice, options: [option('a'), option('c', true), option('b')], answer: { optionId: 'c' } })).toEqual([
      'option 2 has id "c"; ids run a, b, c…',
      'option 3 has id "b"; ids run a, b, c…',
    ]);
    expect(check({ ...choice, options: [option('a', false, ' '), option('b', true), option('c')] })).toEqual(['option a has no rationale']);
  });
});

const item = (id: string) => ({ id, text: id });
const matching: MatchingQuestion = { ...base, id: 'm', kind: 'MATCHING', left: [item('l1'), item('l2')], right: [item('r1'), item('r2')], answer: { pairs: [{ leftId: 'l1', rightId: 'r2' }, { leftId: 'l2', rightId: 'r1' }] } };

test('matching: two or more items a side, as many left as right, each paired once', () => {
  expect(check(matching)).toEqual([]);
  expect(check({ ...matching, left: [item('l1')], right: [item('r1')], answer: { pairs: [{ leftId: 'l1', rightId: 'r1' }] } })).toEqual(['matching needs two or more items on each side, as many left as right']);
  expect(check({ ...matching, right: [item('r1'), item('r2'), item('r3')] })).toEqual([
    'matching needs two or more items on each side, as many left as right',
    'every item must be paired exactly once',
  ]);
  expect(check({ ...matching, answer: { pairs: [{ leftId: 'l1', rightId: 'r2' }, { leftId: 'l1', rightId: 'r1' }] } })).toEqual(['every item must be paired exactly once']);
  expect(check({ ...matching, answer: { pairs: [{ leftId: 'l1', rightId: 'r2' }, { leftId: 'l2', rightId: 'r2' }] } })).toEqual(['every item must be paired exactly once']);
});

const ordering: OrderingQuestion = { ...base, id: 'o', kind: 'ORDERING', items: [item('y'), item('x'), item('z')], answer: { order: ['x', 'y', 'z'] } };

test('ordering: two or more items, the answer orders each once, not shown in order', () => {
  expect(check(ordering)).toEqual([]);
  expect(check({ ...ordering, items: [item('x')], answer: { order: ['x'] } })).toEqual(['ordering needs two or more items', 'items are presented already in order']);
  expect(check({ ...ordering, answer: { order: ['x', 'y'] } })).toEqual(['the answer must order every item once']);
  expect(check({ ...ordering, answer: { order: ['x', 'y', 'w'] } })).toEqual(['the answer must order every item once']);
  expect(check({ ...ordering, items: [item('x'), item('y'), item('z')] })).toEqual(['items are presented already in order']);
});

const numeric: NumericQuestion = { ...base, id: 'n', kind: 'NUMERIC', answer: { value: 3000, tolerance: 0, unit: 'engineers' } };

test('numeric: a finite figure and a tolerance of zero or more', () => {
  expect(check(numeric)).toEqual([]);
  expect(check({ ...numeric, answer: { ...numeric.answer, value: Number.NaN } })).toEqual(['the figure or its tolerance is not a number']);
  expect(check({ ...numeric, answer: { ...numeric.answer, value: Infinity } })).toEqual(['the figure or its tolerance is not a number']);
  expect(check({ ...numeric, answer: { ...numeric.answer, tolerance: -1 } })).toEqual(['the figure or its tolerance is not a number']);
  expect(check({ ...numeric, answer: { ...numeric.answer, tolerance: Number.NaN } })).toEqual(['the figure or its tolerance is not a number']);
});

const fill: FillInTheBlankQuestion = { ...base, id: 'f', kind: 'FILL_IN_THE_BLANK', prompt: 'Complete the sentence from the article: Ruritania is sending _____ engineers to Freedonia.', answer: { accepted: ['3,000'] } };

test('fill in the blank: an accepted answer, four words of context outside the blank (not counting the lead), balanced quotes', () => {
  expect(check(fill)).toEqual([]);
  expect(check({ ...fill, answer: { accepted: [] } })).toEqual(['no accepted answer']);
  // The lead's own words do not count: "Ruritania sent _____ engineers" keeps three.
  expect(check({ ...fill, prompt: 'Complete the sentence from the article: Ruritania sent _____ engineers.' })).toEqual(['only 3 words outside the blank; at least 4 are needed for context']);
  expect(check({ ...fill, prompt: 'Complete the sentence from the article: _____ engineers.' })).toEqual(['only 1 word outside the blank; at least 4 are needed for context']);
  expect(check({ ...fill, prompt: 'Ruritania is sending _____ engineers.' })).toEqual([]);
  expect(check({ ...fill, prompt: 'Complete the sentence from the article: Berg said “Ruritania is sending _____ engineers.' })).toEqual(['a quotation mark in the prompt has no partner']);
});

test('true/false has nothing more to check', () => {
  expect(check({ ...base, id: 't', kind: 'TRUE_FALSE', answer: { value: true } })).toEqual([]);
});

describe('no-self-giveaway', () => {
  test('a prompt naming the answer gives it away, by any of its names', () => {
    const who: ChoiceQuestion = { ...choice, kind: 'WHO_SAID_IT', prompt: 'Who said the bridge would reopen?', options: [
      { id: 'a', text: 'Tomas Vell', correct: false, rationale: 'Wrong.' },
      { id: 'b', text: 'Anna Berg', correct: true, rationale: 'Right.' },
      { id: 'c', text: 'Ola Tarn', correct: false, rationale: 'Wrong.' },
    ] };
    expect(noSelfGiveaway.check(who, index)).toEqual([]);
    expect(noSelfGiveaway.check({ ...who, prompt: 'Who, as Anna Berg put it, said the bridge would reopen?' }, index)).toEqual(['the prompt contains the answer “Anna Berg”', 'the prompt contains the answer “Berg”']);
    expect(noSelfGiveaway.check({ ...who, prompt: 'Who, as Berg put it, said the bridge would reopen?' }, index)).toEqual(['the prompt contains the answer “Berg”']);
  });
});
