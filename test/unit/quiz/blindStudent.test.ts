import type { ChoiceQuestion } from '../../../src/domain/question';
import { BLIND_STRATEGIES, beatsBlindStudent, keepsBlindStudentOut, strategyPoints } from '../../../src/quiz/blindStudent';
import { generateQuiz } from '../../../src/quiz';
import { QUIZ_RULES } from '../../../src/quiz/rules';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { readSeedFacts } from '../../../src/seeds/readSeed';
import { quizFacts } from '../../fixtures/quizFacts';

const specific = BLIND_STRATEGIES.find((s) => s.name === 'most specific option')!;
const echo = BLIND_STRATEGIES.find((s) => s.name === 'option repeating a prompt word')!;

/** A hand-built choice question: option texts, the correct one's position. */
function choice(id: string, prompt: string, texts: string[], correct: number): ChoiceQuestion {
  return {
    id,
    kind: 'MULTIPLE_CHOICE',
    prompt,
    options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text, correct: i === correct, rationale: '' })),
    answer: { optionId: String.fromCharCode(97 + correct) },
  } as unknown as ChoiceQuestion;
}

describe('the blind student', () => {
  it('scores a question by the option a strategy picks, sharing ties and guessing when nothing stands out', () => {
    expect(strategyPoints(specific, choice('q1', 'Who leads the talks?', ['the minister', 'Foreign Minister Anna Berg', 'a spokesman'], 1))).toBe(1);
    expect(strategyPoints(specific, choice('q2', 'Who leads the talks?', ['the minister', 'Foreign Minister Anna Berg', 'a spokesman'], 0))).toBe(0);
    expect(strategyPoints(specific, choice('q3', 'Who leads the talks?', ['Anna Berg', 'Marta Kos', 'the spokesman'], 0))).toBe(0.5);
    expect(strategyPoints(specific, choice('q4', 'Who spoke?', ['the minister', 'the mayor', 'the envoy'], 2))).toBeCloseTo(1 / 3);
    expect(strategyPoints(echo, choice('q5', 'Which port was closed by the strike?', ['the port of Gdansk', 'the airport', 'the rail line'], 0))).toBe(1);
  });

  it('flags a quiz whose most specific option is right every time, and not one where it is right by chance', () => {
    const rigged = [0, 1, 2, 0].map((at, i) =>
      choice(`r${i}`, 'Who spoke first?', [0, 1, 2].map((j) => (j === at ? ['President Anna Berg', 'Marshal Ivo Kos', 'Judge Tom Weiss', 'Mayor Lea Roth'][i]! : ['the official', 'a spokesman', 'an aide'][j]!)), at),
    );
    expect(beatsBlindStudent(rigged).map((t) => t.strategy)).toEqual(['most specific option']);
    const fair = rigged.map((q, i) => choice(`f${i}`, q.prompt, q.options.map((o) => o.text), (q.options.findIndex((o) => o.correct) + (i === 0 ? 0 : 1)) % 3));
    expect(beatsBlindStudent(fair)).toEqual([]);
    const rule = QUIZ_RULES.find((r) => r.name === 'no-blind-strategy')!;
    expect(rule.check(rigged, indexFacts(quizFacts))).toEqual([expect.objectContaining({ message: expect.stringMatching(/^a student choosing the most specific option without reading scores 4\.0 of 4 choice questions/) })]);
    expect(rule.check(fair, indexFacts(quizFacts))).toEqual([]);
  });

  it('lets selection refuse the question that would tip a strategy over chance', () => {
    const hit = (i: number) => choice(`h${i}`, `Question ${i}?`, [`President Anna Berg ${i}`, `the official ${i}`, `a spokesman ${i}`], 0);
    expect(keepsBlindStudentOut(hit(1), [])).toBe(true);
    expect(keepsBlindStudentOut(hit(2), [hit(1)])).toBe(false);
  });

  it.each([
    ['the fixture', quizFacts],
    ['the seed', readSeedFacts()],
  ])('never lets a strategy beat chance + 10 points in generated quizzes (%s)', (_name, facts) => {
    for (let i = 0; i < 20; i++) expect(beatsBlindStudent(generateQuiz(facts, { count: 10 + (i % 3) * 5, seed: `blind-${i}` }).questions)).toEqual([]);
  });
});

describe('the headline strategy', () => {
  it('counts an option that repeats the headline only when the headline is known', () => {
    const headline = { title: 'House passes law letting the king retire' };
    const q = (i: number, at: number) =>
      choice(`m${i}`, 'What is the article mainly about?', [0, 1, 2].map((j) => (j === at ? 'The house passed a law letting the king retire' : ['The family has many members', 'The princess wed a planner', 'The nation held a vote'][j]!)), at);
    const quiz = [q(1, 0), q(2, 1), q(3, 2)];
    expect(beatsBlindStudent(quiz).map((t) => t.strategy)).toEqual([]);
    expect(beatsBlindStudent(quiz, headline).map((t) => t.strategy)).toEqual(['option repeating the headline']);
    expect(keepsBlindStudentOut(q(4, 0), [q(5, 1)], headline)).toBe(false);
  });
});
