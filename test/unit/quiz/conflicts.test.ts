import type { Question } from '../../../src/domain/question';
import { generateQuiz, questionBank } from '../../../src/quiz';
import { conflictBetween } from '../../../src/quiz/conflicts';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { readSeedFacts } from '../../../src/seeds/readSeed';
import { quizFacts } from '../../fixtures/quizFacts';

/** The answer a student writes or picks, read straight off the question (not through answerTexts). */
function keyText(q: Question): string | null {
  if (q.kind === 'FILL_IN_THE_BLANK') return (q.answer.accepted[0] ?? '').toLowerCase();
  if (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'WHO_SAID_IT' || q.kind === 'SOURCE_AND_STANDING') {
    const text = q.options.find((o) => o.id === q.answer.optionId)?.text ?? '';
    return /^\p{Lu}/u.test(text) && text.split(' ').length <= 4 ? text.toLowerCase() : null;
  }
  return null;
}

describe('conflicts between bank questions', () => {
  const seed = readSeedFacts();
  it.each([
    ['the fixture', quizFacts],
    ['the seed', seed],
  ])('two questions asking for the same name never share a quiz (%s)', (_name, facts) => {
    const index = indexFacts(facts);
    const bank = questionBank(facts);
    const byKey = new Map<string, Question[]>();
    for (const q of bank) {
      const k = keyText(q);
      if (k !== null) byKey.set(k, [...(byKey.get(k) ?? []), q]);
    }
    const pairs = [...byKey.values()].filter((qs) => qs.length > 1);
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs.map((qs) => [qs[0] as Question, qs[1] as Question])) expect(conflictBetween(index, a, b)).not.toBeNull();
    for (let i = 0; i < 12; i++) {
      const keys = generateQuiz(facts, { count: 10, seed: `same-answer-${i}` }).questions.map(keyText).filter((k): k is string => k !== null);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('is symmetric and says what kind of conflict it is', () => {
    const index = indexFacts(seed);
    const bank = questionBank(seed);
    let seen = 0;
    for (const a of bank.slice(0, 40)) {
      for (const b of bank.slice(0, 40)) {
        if (a === b) continue;
        const ab = conflictBetween(index, a, b);
        expect(conflictBetween(index, b, a)).toEqual(ab);
        if (ab !== null) seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('questions a teacher reads as one question asked twice', () => {
  const facts = readSeedFacts();
  const index = indexFacts(facts);
  const bank = questionBank(facts);
  const keys = (q: Question) => q.tests.map((r) => `${r.type}:${r.id}`);

  it('a question on facts an ordering or matching question already holds conflicts with it', () => {
    const holders = bank.filter((q) => q.kind === 'ORDERING' || q.kind === 'MATCHING');
    const inside = bank.filter((q) => q.kind !== 'ORDERING' && q.kind !== 'MATCHING' && q.tests.length > 0 && holders.some((h) => keys(q).every((k) => keys(h).includes(k))));
    expect(inside.length).toBeGreaterThan(0);
    for (const q of inside) {
      const holder = holders.find((h) => keys(q).every((k) => keys(h).includes(k)))!;
      expect(conflictBetween(index, q, holder)).not.toBeNull();
    }
  });

  it('two false statements giving one speaker’s words to the same stand-in conflict', () => {
    const swaps = bank.filter((q): q is Extract<Question, { kind: 'TRUE_FALSE' }> => q.kind === 'TRUE_FALSE' && !q.answer.value && q.explanation.startsWith('False: it was '));
    const byPair = new Map<string, Question[]>();
    for (const q of swaps) {
      const pair = /^False: it was (.+?), not (.+?):/.exec(q.explanation)!;
      byPair.set(`${pair[1]}>${pair[2]}`, [...(byPair.get(`${pair[1]}>${pair[2]}`) ?? []), q]);
    }
    const repeated = [...byPair.values()].filter((qs) => qs.length > 1);
    expect(repeated.length).toBeGreaterThan(0);
    for (const [a, b] of repeated.map((qs) => [qs[0]!, qs[1]!])) expect(conflictBetween(index, a, b)?.kind).toBe('repeats');
  });
});
