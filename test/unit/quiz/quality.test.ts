// The per-candidate quality score selection prefers (issue 11 §6): each penalty shown firing on a
// hand-built question and not firing on its fixed twin.
import type { FactRef } from '../../../src/domain/facts';
import type { Question } from '../../../src/domain/question';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { qualityPenalties, questionQuality } from '../../../src/quiz/quality';
import { quizFacts } from '../../fixtures/quizFacts';

const index = indexFacts(quizFacts);

const statement = (prompt: string, tests: FactRef[] = []): Question => ({
  id: 'q-tf', kind: 'TRUE_FALSE', prompt, answer: { value: true }, explanation: '', evidence: [{ articleId: 'art-1', sentenceIndex: 6, start: 0, end: 1, text: 'x' }],
  difficulty: { level: 'EASY', score: 0, factors: { distractorSimilarity: 0, sentencesNeeded: 1, sourceInference: false } }, tests,
});

describe('question quality', () => {
  it('marks down a statement that is the article’s sentence copied behind “According to the article”', () => {
    const copied = statement('According to the article, the bridge collapsed in March after a storm, cutting the 40-mile northern road.');
    const said = statement('According to the article, a storm brought the bridge down in March.');
    expect(qualityPenalties(index, copied)).toEqual(['copiedSentence']);
    expect(qualityPenalties(index, said)).toEqual([]);
    expect(questionQuality(index, copied)).toBeCloseTo(0.7);
    expect(questionQuality(index, said)).toBe(1);
  });

  it('marks down what a copy editor would flag, and not its corrected twin', () => {
    expect(qualityPenalties(index, statement('According to the article, a storm brought the bridge down in March..'))).toEqual(['grammarFlag']);
    expect(qualityPenalties(index, statement('According to the article, a storm brought the bridge down in March.'))).toEqual([]);
  });

  it('marks down a claim no one is named as saying, not one with its speaker', () => {
    expect(qualityPenalties(index, statement('According to the article, a storm brought the bridge down.', [{ type: 'CLAIM', id: 'c-article-collapse' }]))).toEqual(['noNamedSpeaker']);
    expect(qualityPenalties(index, statement('According to the article, Tomas Vell said that Ruritania stood ready to help.', [{ type: 'CLAIM', id: 'c-vell-ready' }]))).toEqual([]);
  });

  it('marks down a hedged figure, whose key is a band', () => {
    expect(qualityPenalties(index, statement('According to the article, Berg gave a figure for the engineers.', [{ type: 'QUANTITY', id: 'q-berg-engineers' }]))).toEqual(['hedgedFigure']);
    expect(qualityPenalties(index, statement('According to the article, the road is long.', [{ type: 'QUANTITY', id: 'q-road' }]))).toEqual([]);
  });
});
