// Building a question from what a teacher types: gradable or refused with the field at fault.
import type { ChoiceQuestion, MatchingQuestion, OrderingQuestion, Question } from '../../../src/domain/question';
import { BadInputError } from '../../../src/errors';
import { questionFromDraft, type QuestionDraft } from '../../../src/workspace/questionDraft';

const choice: ChoiceQuestion = {
  id: 'q-1',
  kind: 'MULTIPLE_CHOICE',
  prompt: 'Who leads the council?',
  explanation: 'The second sentence names her.',
  evidence: [{ articleId: '1', sentenceIndex: 1, start: 10, end: 20, text: 'Ada Okafor' }],
  difficulty: { level: 'EASY', score: 0.1, factors: { distractorSimilarity: 0.1, sentencesNeeded: 1, sourceInference: false } },
  tests: [{ type: 'CLAIM', id: 'c1' }],
  options: [
    { id: 'a', text: 'Ada Okafor', correct: true, rationale: 'Right: sentence 2.' },
    { id: 'b', text: 'Ben Ito', correct: false, rationale: 'Wrong: he is the treasurer.' },
    { id: 'c', text: 'Cy Ruiz', correct: false, rationale: 'Wrong: not named.' },
  ],
  answer: { optionId: 'a' },
};

function refusal(kind: Question['kind'], draft: QuestionDraft, base: Question | null = null): BadInputError {
  try {
    questionFromDraft(kind, draft, base, 'input');
  } catch (error) {
    if (error instanceof BadInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('an edit keeps what it does not name', () => {
  test('a new prompt leaves options, answer, evidence, tested facts and difficulty as they were', () => {
    const out = questionFromDraft('MULTIPLE_CHOICE', { prompt: '  Who chairs the council?  ' }, choice, 'input') as ChoiceQuestion;
    expect(out.prompt).toBe('Who chairs the council?');
    expect(out.options).toEqual(choice.options);
    expect(out.answer).toEqual({ optionId: 'a' });
    expect(out.evidence).toBe(choice.evidence);
    expect(out.tests).toBe(choice.tests);
    expect(out.difficulty).toBe(choice.difficulty);
    expect(out.explanation).toBe(choice.explanation);
  });

  test('correctOption moves the answer without retyping the options', () => {
    const out = questionFromDraft('MULTIPLE_CHOICE', { correctOption: 'c' }, choice, 'input') as ChoiceQuestion;
    expect(out.options.map((o) => o.correct)).toEqual([false, false, true]);
    expect(out.answer).toEqual({ optionId: 'c' });
  });

  test('retyped options are keyed a, b, c… in the order given, and keep the rationale of an option of the same text', () => {
    const out = questionFromDraft('MULTIPLE_CHOICE', { options: [{ text: 'cy ruiz', correct: false }, { text: 'Dee Lam', correct: false }, { text: 'Ada Okafor', correct: true, rationale: 'Named in sentence 2.' }] }, choice, 'input') as ChoiceQuestion;
    expect(out.options).toEqual([
      { id: 'a', text: 'cy ruiz', correct: false, rationale: 'Wrong: not named.' },
      { id: 'b', text: 'Dee Lam', correct: false, rationale: '' },
      { id: 'c', text: 'Ada Okafor', correct: true, rationale: 'Named in sentence 2.' },
    ]);
    expect(out.answer).toEqual({ optionId: 'c' });
  });
});

describe('what cannot be graded is refused, with the field at fault', () => {
  test.each<[string, Question['kind'], QuestionDraft, Question | null, string[], RegExp]>([
    ['two correct options', 'MULTIPLE_CHOICE', { options: [{ text: 'A', correct: true }, { text: 'B', correct: true }, { text: 'C', correct: false }] }, choice, ['input.options'], /exactly one option must be correct; 2 are/],
    ['no correct option', 'MULTIPLE_CHOICE', { options: [{ text: 'A', correct: false }, { text: 'B', correct: false }] }, choice, ['input.options'], /exactly one option must be correct; 0 are/],
    ['one option', 'MULTIPLE_CHOICE', { options: [{ text: 'A', correct: true }] }, choice, ['input.options'], /needs 2 to 8 options; 1 were given/],
    ['the same option twice', 'MULTIPLE_CHOICE', { options: [{ text: 'Ada', correct: true }, { text: 'ADA', correct: false }] }, choice, ['input.options[1]'], /the option “ADA” appears twice/],
    ['a correct option that names none', 'MULTIPLE_CHOICE', { correctOption: 'd' }, choice, ['input.correctOption'], /correctOption “d” names no option; the options are a, b, c/],
    ['a field of another kind', 'MULTIPLE_CHOICE', { tolerance: 1 }, choice, ['input.tolerance'], /tolerance does not apply to a MULTIPLE_CHOICE question/],
    ['an empty prompt', 'MULTIPLE_CHOICE', { prompt: ' ' }, choice, ['input.prompt'], /prompt must not be empty/],
    ['a prompt too long', 'MULTIPLE_CHOICE', { prompt: 'x'.repeat(2001) }, choice, ['input.prompt'], /2001 characters long; at most 2000/],
    ['a new question without a prompt', 'TRUE_FALSE', { booleanAnswer: true }, null, ['input.prompt'], /needs a prompt/],
    ['a true/false question without its answer', 'TRUE_FALSE', { prompt: 'The sky is green.' }, null, ['input.booleanAnswer'], /needs booleanAnswer/],
    ['a numeric question without its figure', 'NUMERIC', { prompt: 'How many?' }, null, ['input.numberAnswer'], /needs numberAnswer/],
    ['a negative tolerance', 'NUMERIC', { prompt: 'How many?', numberAnswer: 3, tolerance: -1 }, null, ['input.tolerance'], /tolerance must be zero or more; -1/],
    ['a fill-in prompt with no blank', 'FILL_IN_THE_BLANK', { prompt: 'The council met.', acceptedAnswers: ['met'] }, null, ['input.prompt'], /exactly one blank, written _____; it holds 0/],
    ['a fill-in prompt with two blanks', 'FILL_IN_THE_BLANK', { prompt: 'The _____ met on _____.', acceptedAnswers: ['council'] }, null, ['input.prompt'], /it holds 2/],
    ['a fill-in question with no accepted answer', 'FILL_IN_THE_BLANK', { prompt: 'The _____ met.', acceptedAnswers: [] }, null, ['input.acceptedAnswers'], /at least one accepted answer/],
    ['one item to order', 'ORDERING', { prompt: 'Order these.', orderedItems: ['First'] }, null, ['input.orderedItems'], /give 2 to 12 items; 1 were given/],
    ['one item twice in a match', 'MATCHING', { prompt: 'Match.', pairs: [{ left: 'Ada', right: 'chair' }, { left: 'Ada', right: 'treasurer' }] }, null, ['input.pairs[1]'], /the item “Ada” appears twice/],
  ])('%s', (_name, kind, draft, base, field, message) => {
    const error = refusal(kind, draft, base);
    expect(error.message).toMatch(message);
    expect(error.field).toEqual(field);
  });
});

describe("a teacher's own question of each kind", () => {
  test('true/false, numeric and fill-in carry their answers; a new question has no evidence and tests no fact', () => {
    const tf = questionFromDraft('TRUE_FALSE', { prompt: 'The council met on Monday.', booleanAnswer: false }, null, 'input');
    expect(tf).toMatchObject({ kind: 'TRUE_FALSE', answer: { value: false }, evidence: [], tests: [], explanation: '' });
    const num = questionFromDraft('NUMERIC', { prompt: 'How many seats?', numberAnswer: 12, tolerance: 0.5, unit: 'seats' }, null, 'input');
    expect(num).toMatchObject({ kind: 'NUMERIC', answer: { value: 12, tolerance: 0.5, unit: 'seats' } });
    expect(questionFromDraft('NUMERIC', { prompt: 'How many seats?', numberAnswer: 12 }, null, 'input')).toMatchObject({ answer: { tolerance: 0, unit: '' } });
    const fill = questionFromDraft('FILL_IN_THE_BLANK', { prompt: 'The _____ met on Monday.', acceptedAnswers: [' council ', 'board'] }, null, 'input');
    expect(fill).toMatchObject({ kind: 'FILL_IN_THE_BLANK', answer: { accepted: ['council', 'board'] } });
  });

  test('ordering: the answer is the order typed, and students never see it already in order', () => {
    for (const n of [2, 3, 5]) {
      const typed = Array.from({ length: n }, (_, i) => `Step ${i + 1}`);
      const q = questionFromDraft('ORDERING', { prompt: `Put these ${n} in order.`, orderedItems: typed }, null, 'input') as OrderingQuestion;
      const textOf = new Map(q.items.map((i) => [i.id, i.text]));
      expect(q.answer.order.map((id) => textOf.get(id))).toEqual(typed);
      expect(q.items.map((i) => i.id)).not.toEqual(q.answer.order);
      expect([...q.items.map((i) => i.text)].sort()).toEqual([...typed].sort());
    }
  });

  test('matching: each left item is paired with the right item typed beside it, whatever order the right side is shown in', () => {
    const pairs = [{ left: 'Ada Okafor', right: 'chair' }, { left: 'Ben Ito', right: 'treasurer' }, { left: 'Cy Ruiz', right: 'clerk' }];
    const q = questionFromDraft('MATCHING', { prompt: 'Match each person to their role.', pairs }, null, 'input') as MatchingQuestion;
    const left = new Map(q.left.map((i) => [i.id, i.text]));
    const right = new Map(q.right.map((i) => [i.id, i.text]));
    expect(q.answer.pairs.map((p) => ({ left: left.get(p.leftId), right: right.get(p.rightId) }))).toEqual(pairs);
  });

  test('an own question is scored by the difficulty formula over what is known, the same every time', () => {
    const a = questionFromDraft('TRUE_FALSE', { prompt: 'A.', booleanAnswer: true }, null, 'input');
    expect(a.difficulty).toEqual({ level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } });
  });
});
