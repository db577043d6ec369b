// A submission from a student's phone to a stored, graded answer: the checks on what was sent,
// scoring, what a student is shown of a question and of their answer, share codes, review tokens.
// Every question here is written out by hand.
import { createHash } from 'node:crypto';
import type { ChoiceQuestion, FillInTheBlankQuestion, MatchingQuestion, NumericQuestion, OrderingQuestion, Question, TrueFalseQuestion } from '../../../src/domain/question';
import { checkAnswers, checkParticipant, gradableResponse, type AnswerSubmission } from '../../../src/attempts/responses';
import { gradeAttempt, roundScore, scoreOf } from '../../../src/attempts/scoring';
import { studentQuestion } from '../../../src/attempts/studentView';
import { responseText } from '../../../src/attempts/responseText';
import { newShareCode, normalizeShareCode, SHARE_CODE_ALPHABET } from '../../../src/attempts/shareCode';
import { hashReviewToken, newReviewToken, reviewHashOf } from '../../../src/attempts/reviewToken';

const base = { explanation: 'because', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;
const item = (id: string, text: string) => ({ id, text });

const choice: ChoiceQuestion = {
  ...base, id: 'q-choice', kind: 'WHO_SAID_IT', prompt: 'Who said it?',
  options: [
    { id: 'a', text: 'Kim Jong Un', correct: false, rationale: 'Wrong' },
    { id: 'b', text: 'Zelensky', correct: true, rationale: 'Right' },
    { id: 'c', text: 'Rutte', correct: false, rationale: 'Wrong' },
  ],
  answer: { optionId: 'b' },
};
const tf: TrueFalseQuestion = { ...base, id: 'q-tf', kind: 'TRUE_FALSE', prompt: 'True?', answer: { value: false } };
const numeric: NumericQuestion = { ...base, id: 'q-num', kind: 'NUMERIC', prompt: 'How many?', answer: { value: 10_000, tolerance: 0, unit: 'soldiers' } };
const fill: FillInTheBlankQuestion = { ...base, id: 'q-fill', kind: 'FILL_IN_THE_BLANK', prompt: 'It was _____.', answer: { accepted: ['six'] } };
const matching: MatchingQuestion = {
  ...base, id: 'q-match', kind: 'MATCHING', prompt: 'Match',
  left: [item('l1', 'Seoul'), item('l2', 'Kyiv')], right: [item('r1', 'South Korea'), item('r2', 'Ukraine')],
  answer: { pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r2' }] },
};
const ordering: OrderingQuestion = {
  ...base, id: 'q-order', kind: 'ORDERING', prompt: 'Order',
  items: [item('x', 'Third'), item('y', 'First'), item('z', 'Second')], answer: { order: ['y', 'z', 'x'] },
};
const quiz: Question[] = [choice, tf, numeric, fill, matching, ordering];

describe('checkAnswers', () => {
  test('one answer a question, each in its kind’s field, stored in the stored shape', () => {
    const responses = checkAnswers(quiz, [
      { questionId: 'q-choice', optionId: 'b' },
      { questionId: 'q-tf', booleanValue: false, optionId: null },
      { questionId: 'q-num', numberValue: 9000 },
      { questionId: 'q-fill', text: 'Six' },
      { questionId: 'q-match', pairs: [{ leftId: 'l2', rightId: 'r1' }] },
      { questionId: 'q-order', order: ['x', 'y', 'z'] },
    ]);
    expect([...responses.entries()]).toEqual([
      ['q-choice', { optionId: 'b' }],
      ['q-tf', { booleanValue: false }],
      ['q-num', { numberValue: 9000 }],
      ['q-fill', { text: 'Six' }],
      ['q-match', { pairs: [{ leftId: 'l2', rightId: 'r1' }] }],
      ['q-order', { order: ['x', 'y', 'z'] }],
    ]);
  });

  test('no answers is a valid (blank) submission', () => {
    expect(checkAnswers(quiz, []).size).toBe(0);
  });

  test.each<[string, AnswerSubmission[], string]>([
    ['an unknown question', [{ questionId: 'q-nope', optionId: 'a' }], 'answers[0]: "q-nope" is not a question of this quiz'],
    ['a question answered twice', [{ questionId: 'q-tf', booleanValue: true }, { questionId: 'q-tf', booleanValue: false }], 'answers[1] (question q-tf): the question is answered twice'],
    ['no answer field', [{ questionId: 'q-tf' }], 'answers[0] (question q-tf): give exactly one answer field (booleanValue for a TRUE_FALSE question); got 0'],
    ['two answer fields', [{ questionId: 'q-tf', booleanValue: true, text: 'yes' }], 'answers[0] (question q-tf): give exactly one answer field (booleanValue for a TRUE_FALSE question); got 2'],
    ['a field of another kind', [{ questionId: 'q-num', text: '10000' }], 'answers[0] (question q-num): a NUMERIC question is answered with numberValue, not text'],
    ['an option of no question', [{ questionId: 'q-choice', optionId: 'd' }], 'answers[0] (question q-choice): "d" is not one of its options'],
    ['a text too long', [{ questionId: 'q-fill', text: 'x'.repeat(501) }], 'answers[0] (question q-fill): text must be at most 500 characters'],
    ['an unknown left item', [{ questionId: 'q-match', pairs: [{ leftId: 'r1', rightId: 'r1' }] }], 'answers[0] (question q-match): "r1" is not one of its left items'],
    ['an unknown right item', [{ questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'l1' }] }], 'answers[0] (question q-match): "l1" is not one of its right items'],
    ['a left item matched twice', [{ questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l1', rightId: 'r2' }] }], 'answers[0] (question q-match): each left item may be matched once'],
    ['a partial order', [{ questionId: 'q-order', order: ['y', 'z'] }], 'answers[0] (question q-order): order must list each of its 3 items exactly once'],
    ['an order repeating an item', [{ questionId: 'q-order', order: ['y', 'y', 'x'] }], 'order must list each of its 3 items exactly once'],
    ['an order with a stranger', [{ questionId: 'q-order', order: ['y', 'z', 'w'] }], 'order must list each of its 3 items exactly once'],
  ])('refuses %s, in words', (_case, answers, message) => {
    expect(() => checkAnswers(quiz, answers)).toThrow(message);
  });

  test('a 500-character text is accepted; the second answer’s position is named', () => {
    expect(checkAnswers(quiz, [{ questionId: 'q-fill', text: 'x'.repeat(500) }]).get('q-fill')).toEqual({ text: 'x'.repeat(500) });
    expect(() => checkAnswers(quiz, [{ questionId: 'q-tf', booleanValue: true }, { questionId: 'q-x', optionId: 'a' }])).toThrow('answers[1]: "q-x"');
  });

  test('stored pairs and orders are copies, not the request’s own arrays', () => {
    const order = ['y', 'z', 'x'];
    const stored = checkAnswers(quiz, [{ questionId: 'q-order', order }]).get('q-order') as { order: string[] };
    order.reverse();
    expect(stored.order).toEqual(['y', 'z', 'x']);
  });
});

describe('participant names', () => {
  test('cleaned, not empty, at most 100 characters (counted as characters, not UTF-16 units)', () => {
    expect(checkParticipant('  Ada   Lovelace ')).toBe('Ada Lovelace');
    expect(() => checkParticipant(' \u200b ')).toThrow('participant must not be empty: give a name or a nickname');
    expect(checkParticipant('😀'.repeat(100))).toBe('😀'.repeat(100));
    expect(() => checkParticipant('a'.repeat(101))).toThrow('participant must be at most 100 characters');
  });
});

describe('scoring an attempt', () => {
  test('one point a question, partial credit summed, blanks earn nothing', () => {
    const responses = checkAnswers(quiz, [
      { questionId: 'q-choice', optionId: 'b' },
      { questionId: 'q-tf', booleanValue: true },
      { questionId: 'q-num', numberValue: 10_000 },
      { questionId: 'q-match', pairs: [{ leftId: 'l1', rightId: 'r1' }, { leftId: 'l2', rightId: 'r1' }] },
    ]);
    const graded = gradeAttempt(quiz, responses);
    expect(graded.answers.map((a) => [a.position, a.questionId, a.correct, a.credit])).toEqual([
      [0, 'q-choice', true, 1],
      [1, 'q-tf', false, 0],
      [2, 'q-num', true, 1],
      [3, 'q-fill', false, 0],
      [4, 'q-match', false, 0.5],
      [5, 'q-order', false, 0],
    ]);
    expect(graded.answers[3]!.response).toBeNull();
    expect(graded.answers[1]!.response).toEqual({ booleanValue: true });
    expect(graded.score).toEqual({ points: 2.5, maxPoints: 6, percent: 41.6667 });
  });

  test('scores are kept to four places; an empty quiz scores 0%', () => {
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(1 / 3)).toBe(0.3333);
    expect(scoreOf(1, 3)).toEqual({ points: 1, maxPoints: 3, percent: 33.3333 });
    expect(scoreOf(0, 0)).toEqual({ points: 0, maxPoints: 0, percent: 0 });
  });

  test('stored true/false and numeric answers are graded by value', () => {
    expect(gradableResponse({ booleanValue: false })).toEqual({ value: false });
    expect(gradableResponse({ numberValue: 3 })).toEqual({ value: 3 });
    expect(gradableResponse({ text: 'six' })).toEqual({ text: 'six' });
  });
});

describe('what a student sees of a question', () => {
  test('prompt, number and what to choose from; never an answer, rationale or evidence', () => {
    expect(studentQuestion(choice, 0)).toEqual({
      id: 'q-choice', kind: 'WHO_SAID_IT', prompt: 'Who said it?', number: 1, shape: 'CHOICE',
      options: [item('a', 'Kim Jong Un'), item('b', 'Zelensky'), item('c', 'Rutte')],
    });
    expect(studentQuestion(tf, 1)).toEqual({ id: 'q-tf', kind: 'TRUE_FALSE', prompt: 'True?', number: 2, shape: 'TRUE_FALSE' });
    expect(studentQuestion(numeric, 2)).toEqual({ id: 'q-num', kind: 'NUMERIC', prompt: 'How many?', number: 3, shape: 'NUMERIC', unit: 'soldiers' });
    expect(studentQuestion(fill, 3)).toEqual({ id: 'q-fill', kind: 'FILL_IN_THE_BLANK', prompt: 'It was _____.', number: 4, shape: 'FILL_IN_THE_BLANK' });
    expect(studentQuestion(matching, 4)).toEqual({
      id: 'q-match', kind: 'MATCHING', prompt: 'Match', number: 5, shape: 'MATCHING', left: matching.left, right: matching.right,
    });
    expect(studentQuestion(ordering, 5)).toEqual({ id: 'q-order', kind: 'ORDERING', prompt: 'Order', number: 6, shape: 'ORDERING', items: ordering.items });
  });
});

describe('a response in words', () => {
  test.each<[Question, object | null, string | null]>([
    [choice, { optionId: 'b' }, 'B. Zelensky'],
    [choice, { optionId: 'a' }, 'A. Kim Jong Un'],
    [tf, { booleanValue: true }, 'True'],
    [tf, { booleanValue: false }, 'False'],
    [numeric, { numberValue: 9000 }, '9000 soldiers'],
    [{ ...numeric, answer: { ...numeric.answer, unit: '' } }, { numberValue: 9000 }, '9000'],
    [fill, { text: 'seven' }, 'seven'],
    [matching, { pairs: [{ leftId: 'l1', rightId: 'r2' }, { leftId: 'l2', rightId: 'r9' }] }, 'Seoul – Ukraine; Kyiv – r9'],
    [ordering, { order: ['y', 'z', 'q'] }, 'First → Second → q'],
    [choice, null, null],
    [tf, { pairs: [] }, null],
    [tf, { order: [] }, null],
  ])('%#', (question, response, text) => {
    expect(responseText(question, response as never)).toBe(text);
  });
});

describe('share codes', () => {
  test('eight symbols of an alphabet without 0, O, 1, I or L', () => {
    expect(SHARE_CODE_ALPHABET).toHaveLength(31);
    expect(SHARE_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(newShareCode(() => 0)).toBe('22222222');
    expect(newShareCode(() => 30)).toBe('ZZZZZZZZ');
    let i = 0;
    expect(newShareCode(() => i++)).toBe('23456789');
    const asked: number[] = [];
    newShareCode((max) => (asked.push(max), 0));
    expect(asked).toEqual(Array(8).fill(31));
    expect(newShareCode()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
  });

  test('typed codes ignore case, spaces and dashes; anything else is no code', () => {
    expect(normalizeShareCode(' abcd-efgh ')).toBe('ABCDEFGH');
    expect(normalizeShareCode('AB CD\tEF GH')).toBe('ABCDEFGH');
    expect(normalizeShareCode('ABCDEFG')).toBeNull();
    expect(normalizeShareCode('ABCDEFGHJ')).toBeNull();
    expect(normalizeShareCode('ABCDEFG0')).toBeNull();
    expect(normalizeShareCode('ABCDEFGI')).toBeNull();
  });
});

describe('review tokens', () => {
  test('nqr_ and 32 base64url characters, looked up by sha256, junk never looked up', () => {
    const token = newReviewToken();
    expect(token).toMatch(/^nqr_[A-Za-z0-9_-]{32}$/);
    expect(newReviewToken()).not.toBe(token);
    const sha = createHash('sha256').update(token).digest('hex');
    expect(hashReviewToken(token)).toBe(sha);
    expect(reviewHashOf(`  ${token}\n`)).toBe(sha);
    expect(reviewHashOf(token.slice(0, -1))).toBeNull();
    expect(reviewHashOf(`${token}x`)).toBeNull();
    expect(reviewHashOf(`x${token}`)).toBeNull();
    expect(reviewHashOf(`nq_${token.slice(4)}`)).toBeNull();
  });
});
