// The engine on the curated seed event (seeds/seed.json + seeds/article.txt): what educators get.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { QUESTION_KINDS } from '../../../src/domain/question';
import { checkQuiz, generateQuiz, questionBank } from '../../../src/quiz';
import { defaultSeedsDir, readSeedFacts } from '../../../src/seeds/readSeed';
import { choiceQuestions, correctText, ofKind } from './helpers';

const haveSeed = existsSync(path.join(defaultSeedsDir(), 'seed.json'));
const describeSeed = haveSeed ? describe : describe.skip;

describeSeed('the quiz engine on the seed event', () => {
  const facts = readSeedFacts();
  const bank = questionBank(facts);

  it('has questions of every kind in the bank', () => {
    for (const kind of QUESTION_KINDS) expect(bank.filter((q) => q.kind === kind).length).toBeGreaterThan(0);
  });

  it('finds no rule violation in the whole bank', () => {
    expect(checkQuiz(bank, facts, { scope: 'BANK' })).toEqual([]);
  });

  it('finds no rule violation in generated quizzes for many seeds, and can always make 20 questions', () => {
    for (let i = 0; i < 40; i++) {
      const quiz = generateQuiz(facts, { count: 20, seed: `class-${i}` });
      expect(quiz.warnings).toEqual([]);
      expect(quiz.questions).toHaveLength(20);
      expect(checkQuiz(quiz.questions, facts)).toEqual([]);
    }
  });

  it('never offers Kyiv or the U.S. beside a person, nor Belgium beside Brussels', () => {
    for (const q of choiceQuestions(bank)) {
      const texts = q.options.map((o) => o.text);
      if (texts.includes('Volodymyr Zelensky')) expect(texts).not.toContain('Government of Ukraine');
      if (correctText(q) === 'Brussels') expect(texts).not.toEqual(expect.arrayContaining(['Belgium']));
      if (correctText(q) === 'Brussels') expect(texts).not.toContain('NATO headquarters');
    }
  });

  it('asks whose figure “around 12,000 troops” is, with Yonhap as the relaying trap', () => {
    const q = ofKind(bank, 'SOURCE_AND_STANDING').find((x) => x.prompt.includes('around 12,000 troops'));
    expect(q && correctText(q)).toBe('South Korea’s spy agency');
    expect(q?.options.map((o) => o.text)).toEqual(expect.arrayContaining(['Yonhap News Agency', 'Volodymyr Zelensky']));
  });

  it('asks who said “We have no evidence …”, answering Rutte and citing sentences 6 and 5', () => {
    const q = ofKind(bank, 'WHO_SAID_IT').find((x) => x.prompt.includes('We have no evidence'));
    expect(q && correctText(q)).toBe('Mark Rutte');
    expect(q?.explanation).toMatch(/\(sentence 6\).*\(sentence 5\)/);
  });

  it('accepts Zelensky’s “around 10,000” within a tolerance that excludes the spy agency’s 12,000', () => {
    const q = ofKind(bank, 'NUMERIC').find((x) => x.answer.value === 10000 && x.answer.tolerance > 0);
    expect(q?.answer.tolerance).toBeLessThan(2000);
  });
});
