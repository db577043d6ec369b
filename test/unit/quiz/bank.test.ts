import { QUESTION_KINDS } from '../../../src/domain/question';
import { checkQuiz, computeDifficulty, questionBank, QuizInputError } from '../../../src/quiz';
import { sentencesNeeded } from '../../../src/quiz/compose/evidence';
import { quizFacts } from '../../fixtures/quizFacts';
import { choiceQuestions } from './helpers';

const bank = questionBank(quizFacts);

describe('the question bank', () => {
  it('holds questions of every kind for an event with claims, figures, places and a timeline', () => {
    const kinds = new Set(bank.map((q) => q.kind));
    expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
  });

  it('is byte-identical on every run, from a fresh copy of the same facts', () => {
    const again = questionBank(JSON.parse(JSON.stringify(quizFacts)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(bank));
  });

  it('gives every question a unique id', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
  });

  it('filters by kind and rejects a kind it does not know', () => {
    expect(questionBank(quizFacts, ['NUMERIC']).every((q) => q.kind === 'NUMERIC')).toBe(true);
    expect(() => questionBank(quizFacts, ['ESSAY' as never])).toThrow(QuizInputError);
    expect(() => questionBank(quizFacts, ['ESSAY' as never])).toThrow(/unknown question kind "ESSAY"/);
  });

  it('keeps only questions that pass every per-question rule', () => {
    expect(checkQuiz(bank, quizFacts, { scope: 'BANK' })).toEqual([]);
  });

  it('gives every question evidence, an explanation, tested facts and a computed difficulty', () => {
    for (const q of bank) {
      expect(q.evidence.length).toBeGreaterThan(0);
      expect(q.explanation.length).toBeGreaterThan(10);
      expect(q.tests.length).toBeGreaterThan(0);
      expect(q.difficulty.factors.sentencesNeeded).toBe(sentencesNeeded(q.evidence));
      expect(q.difficulty).toEqual(computeDifficulty(q.difficulty.factors));
    }
  });

  it('explains every option of a choice question, right or wrong', () => {
    for (const q of choiceQuestions(bank)) {
      for (const o of q.options) expect(o.rationale).toMatch(o.correct ? /^Right/ : /^Wrong/);
    }
  });

  it('never offers "all of the above", and never fewer than two or more than four options', () => {
    for (const q of choiceQuestions(bank)) {
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(q.options.length).toBeLessThanOrEqual(4);
      expect(q.options.map((o) => o.text).join(' ')).not.toMatch(/of the above/i);
    }
  });
});

describe('difficulty', () => {
  it('follows the documented formula', () => {
    expect(computeDifficulty({ distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false })).toMatchObject({ level: 'EASY', score: 0 });
    expect(computeDifficulty({ distractorSimilarity: 0.6, sentencesNeeded: 1, sourceInference: false })).toMatchObject({ level: 'MEDIUM', score: 0.3 });
    // 0.5 × 0.8 + 0.3 × 1 + 0.2 = 0.9
    expect(computeDifficulty({ distractorSimilarity: 0.8, sentencesNeeded: 3, sourceInference: true })).toMatchObject({ level: 'HARD', score: 0.9 });
    expect(computeDifficulty({ distractorSimilarity: 0, sentencesNeeded: 2, sourceInference: true }).score).toBe(0.35);
  });
});
