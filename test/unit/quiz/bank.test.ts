import { QUESTION_KINDS } from '../../../src/domain/question';
import { checkQuiz, computeDifficulty, questionBank, QuizInputError } from '../../../src/quiz';
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
      // Worked out here from the README's formula, not with the engine's own helpers.
      const sentences = new Set(q.evidence.map((e) => `${e.articleId}/${e.sentenceIndex}`)).size;
      const { distractorSimilarity, sourceInference } = q.difficulty.factors;
      expect(q.difficulty.factors.sentencesNeeded).toBe(sentences);
      expect(distractorSimilarity).toBeGreaterThanOrEqual(0);
      expect(distractorSimilarity).toBeLessThanOrEqual(1);
      const score = Math.round((0.5 * distractorSimilarity + 0.3 * Math.min(1, (sentences - 1) / 2) + 0.2 * (sourceInference ? 1 : 0)) * 1000) / 1000;
      expect(q.difficulty.score).toBeCloseTo(score, 9);
      expect(q.difficulty.level).toBe(score < 0.3 ? 'EASY' : score < 0.55 ? 'MEDIUM' : 'HARD');
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

  it('puts the level boundaries at 0.3 and 0.55, inclusive above', () => {
    // 0.5 × 0.6 = 0.3 exactly: MEDIUM. 0.5 × 0.58 = 0.29: EASY.
    expect(computeDifficulty({ distractorSimilarity: 0.6, sentencesNeeded: 1, sourceInference: false }).level).toBe('MEDIUM');
    expect(computeDifficulty({ distractorSimilarity: 0.58, sentencesNeeded: 1, sourceInference: false }).level).toBe('EASY');
    // 0.5 × 0.7 + 0.2 = 0.55: HARD. 0.5 × 0.68 + 0.2 = 0.54: MEDIUM.
    expect(computeDifficulty({ distractorSimilarity: 0.7, sentencesNeeded: 1, sourceInference: true })).toMatchObject({ level: 'HARD', score: 0.55 });
    expect(computeDifficulty({ distractorSimilarity: 0.68, sentencesNeeded: 1, sourceInference: true })).toMatchObject({ level: 'MEDIUM', score: 0.54 });
  });

  it('clamps and rounds its factors, so the stored factors reproduce the stored score', () => {
    expect(computeDifficulty({ distractorSimilarity: 1.7, sentencesNeeded: 9, sourceInference: true })).toEqual({
      level: 'HARD', score: 1, factors: { distractorSimilarity: 1, sentencesNeeded: 9, sourceInference: true },
    });
    expect(computeDifficulty({ distractorSimilarity: -0.2, sentencesNeeded: 0, sourceInference: false })).toEqual({
      level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false },
    });
    expect(computeDifficulty({ distractorSimilarity: Number.NaN, sentencesNeeded: 2.4, sourceInference: false })).toEqual({
      level: 'EASY', score: 0.15, factors: { distractorSimilarity: 0, sentencesNeeded: 2, sourceInference: false },
    });
    // Similarity is kept to three decimals.
    expect(computeDifficulty({ distractorSimilarity: 0.12345, sentencesNeeded: 1, sourceInference: false }).factors.distractorSimilarity).toBe(0.123);
  });
});
