import { QUESTION_KINDS, type Question } from '../../../src/domain/question';
import { keepsTrueFalseBalance } from '../../../src/quiz/selection';
import { checkQuiz, generateQuiz, questionBank, QuizInputError } from '../../../src/quiz';
import { positionCounts } from '../../../src/quiz/rules/quizRules';
import { quizFacts } from '../../fixtures/quizFacts';
import { choiceQuestions } from './helpers';

describe('generateQuiz', () => {
  it('gives the same quiz for the same seed, byte for byte, and another for another seed', () => {
    const a = generateQuiz(quizFacts, { count: 10, seed: 'monday-class' });
    expect(JSON.stringify(generateQuiz(JSON.parse(JSON.stringify(quizFacts)), { count: 10, seed: 'monday-class' }))).toBe(JSON.stringify(a));
    expect(generateQuiz(quizFacts, { count: 10, seed: 'tuesday-class' }).questions.map((q) => q.id)).not.toEqual(a.questions.map((q) => q.id));
  });

  it('keeps question ids whatever the seed', () => {
    const ids = new Set(questionBank(quizFacts).map((q) => q.id));
    for (const seed of ['a', 'b', 'c']) for (const q of generateQuiz(quizFacts, { count: 12, seed }).questions) expect(ids.has(q.id)).toBe(true);
  });

  it('mixes kinds, as many as can stand together without answering each other', () => {
    // In this small event the one speaker-matching question pairs every figure with its source, and
    // most statements print the speakers a who-said-it question asks for: taking all seven other
    // kinds shuts out more than it brings; selection compares orders and keeps the fuller quiz.
    const quiz = generateQuiz(quizFacts, { count: 16, seed: 'mix' });
    expect(new Set(quiz.questions.map((q) => q.kind)).size).toBeGreaterThanOrEqual(QUESTION_KINDS.length - 3);
    expect(quiz.questions.length).toBeGreaterThanOrEqual(11);
  });

  it('names in a short quiz\'s warning what shut the other questions out', () => {
    const quiz = generateQuiz(quizFacts, { count: 40, seed: 'mix' });
    expect(quiz.questions.length).toBeLessThan(40);
    const bank = questionBank(quizFacts).length;
    const [warning] = quiz.warnings;
    const m = /^Only (\d+) of the 40 requested questions could be made: of the other (\d+) questions this event supports, (\d+) would (.*) of the questions already chosen\.$/.exec(warning ?? '');
    expect(m).not.toBeNull();
    const [, made, others, shut, parts] = m!;
    expect(Number(made)).toBe(quiz.questions.length);
    expect(Number(others)).toBe(bank - quiz.questions.length);
    // The parts ("repeat 23, …, print the answer of 29 (most often “Marta Kos”)") add up to the total.
    const counts = [...parts!.replace(/\(most often “[^”]+”\)/g, '').matchAll(/(\d+)/g)].map((x) => Number(x[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(shut));
    expect(parts).toMatch(/print the answer of \d+ \(most often “[^”]+”\)/);
  });

  it('finds no rule violation in quizzes for many seeds', () => {
    for (let i = 0; i < 60; i++) {
      const quiz = generateQuiz(quizFacts, { count: 1 + (i % 20), seed: `seed-${i}` });
      expect(checkQuiz(quiz.questions, quizFacts)).toEqual([]);
    }
  });

  it('balances correct positions across a quiz', () => {
    const quiz = generateQuiz(quizFacts, { count: 20, seed: 'positions' });
    const { counts, expected } = positionCounts(quiz.questions);
    counts.forEach((c, p) => expect(c).toBeLessThanOrEqual(Math.ceil(expected[p] ?? 0) + 1));
    expect(choiceQuestions(quiz.questions).length).toBeGreaterThan(3);
  });

  it('returns fewer questions with a warning saying how many and why, never padding', () => {
    const quiz = generateQuiz(quizFacts, { count: 10, seed: 's', kinds: ['NUMERIC'] });
    expect(quiz.questions.length).toBe(questionBank(quizFacts, ['NUMERIC']).length);
    expect(quiz.warnings).toEqual([expect.stringMatching(/^Only 4 of the 10 requested questions could be made: this event with kinds NUMERIC supports only 4 sound questions\.$/)]);
    expect(generateQuiz(quizFacts, { count: 3, seed: 's' }).warnings).toEqual([]);
  });

  it.each(['EASY', 'MEDIUM', 'HARD'] as const)('filters by difficulty: %s gives questions, all of that level', (level) => {
    // The bank holds every level (22 easy, 33 medium, 17 hard), so an empty quiz is a failure. Three
    // hard questions are as many as the give-away and balance rules let share one quiz.
    const quiz = generateQuiz(quizFacts, { count: 3, seed: 's', difficulty: level });
    expect(quiz.questions).toHaveLength(3);
    expect(quiz.questions.map((q) => q.difficulty.level)).toEqual([level, level, level]);
    expect(quiz.warnings).toEqual([]);
  });

  it('says when a difficulty holds too few questions, naming the difficulty', () => {
    const quiz = generateQuiz(quizFacts, { count: 30, seed: 's', difficulty: 'HARD' });
    expect(quiz.questions.length).toBeGreaterThan(0);
    expect(quiz.questions.length).toBeLessThan(30);
    expect(quiz.questions.every((q) => q.difficulty.level === 'HARD')).toBe(true);
    expect(quiz.warnings).toEqual([expect.stringMatching(new RegExp(`^Only ${quiz.questions.length} of the 30 requested questions could be made: .*difficulty HARD`))]);
  });

  it('uses exactly the questions asked for by id, in order', () => {
    const ids = questionBank(quizFacts).slice(3, 8).map((q) => q.id).reverse();
    const quiz = generateQuiz(quizFacts, { count: 5, seed: 's', questionIds: ids });
    expect(quiz.questions.map((q) => q.id)).toEqual(ids);
  });

  it.each([
    [{ count: 0 }, /count must be a whole number from 1 to 100, got 0/],
    [{ count: 101 }, /got 101/],
    [{ count: 2.5 }, /got 2.5/],
    [{ count: Number.NaN }, /got NaN/],
    [{ count: 5, kinds: ['POEM'] }, /unknown question kind "POEM"/],
    [{ count: 5, kinds: [] }, /kinds must name at least one/],
    [{ count: 5, questionIds: ['q-nope'] }, /1 of the questionIds name no question this event can make: q-nope/],
    [{ count: 5, difficulty: 'IMPOSSIBLE' }, /unknown difficulty "IMPOSSIBLE"/],
  ])('rejects bad input %j with a QuizInputError a person can read', (input, message) => {
    const run = (): unknown => generateQuiz(quizFacts, { seed: 's', ...(input as { count: number }) });
    expect(run).toThrow(QuizInputError);
    expect(run).toThrow(message);
  });
});

describe('true/false balance', () => {
  const base = { prompt: 'p', explanation: 'x', evidence: [], tests: [], difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } } } as const;
  const tf = (id: string, value: boolean): Question => ({ ...base, id, kind: 'TRUE_FALSE', answer: { value } });

  it('a true statement joins only beside more false ones; a false one may lead by one', () => {
    expect(keepsTrueFalseBalance(tf('t', true), [])).toBe(false);
    expect(keepsTrueFalseBalance(tf('f', false), [])).toBe(true);
    expect(keepsTrueFalseBalance(tf('t', true), [tf('f1', false)])).toBe(true);
    expect(keepsTrueFalseBalance(tf('f', false), [tf('f1', false)])).toBe(false);
    expect(keepsTrueFalseBalance(tf('t', true), [tf('f1', false), tf('t1', true)])).toBe(false);
  });

  it('other kinds are never held back by it', () => {
    const fill: Question = { ...base, id: 'b', kind: 'FILL_IN_THE_BLANK', answer: { accepted: ['x'] } };
    expect(keepsTrueFalseBalance(fill, [tf('t1', true)])).toBe(true);
  });
});

