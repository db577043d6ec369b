// Selection's 1-for-2 swaps are applied: on dev-split corpus texts, no quiz that came out short keeps
// a chosen question that alone shuts out two bank questions which could both take its place, as the
// quiz's own rule check (checkQuiz, not selection's helpers) sees it. True/false questions are left
// out of the search, since which side may lead is the quiz seed's choice.
import { readCorpusText, readSplits } from '../../../eval/gold';
import type { Question } from '../../../src/domain/question';
import { extractFacts } from '../../../src/ingest';
import { checkQuiz, generateQuiz, questionBank } from '../../../src/quiz';
import { indexFacts } from '../../../src/quiz/facts/factIndex';
import { conflictBetween } from '../../../src/quiz/conflicts';

const understanding = (q: Question): boolean => q.skill === 'MAIN_IDEA' || q.skill === 'CAUSE_EFFECT';

test('short quizzes leave no 1-for-2 swap the rules would accept', () => {
  const missed: string[] = [];
  let short = 0;
  for (const file of readSplits().dev) {
    const t = readCorpusText(file);
    const facts = extractFacts({ title: t.title, body: t.body, url: null, outlet: null, publishedAt: t.date });
    for (const seed of ['audit-1', 'audit-2']) {
      const quiz = generateQuiz(facts, { count: 10, seed }).questions;
      if (quiz.length >= 10) continue;
      short++;
      const index = indexFacts(facts);
      const rest = questionBank(facts).filter((q) => q.kind !== 'TRUE_FALSE' && !quiz.some((s) => s.id === q.id));
      for (const out of quiz) {
        if (out.kind === 'TRUE_FALSE' || understanding(out)) continue;
        const kept = quiz.filter((q) => q !== out);
        const freed = rest.filter((q) => conflictBetween(index, q, out) !== null && kept.every((k) => conflictBetween(index, q, k) === null));
        for (let i = 0; i < freed.length; i++) {
          for (let j = i + 1; j < freed.length; j++) {
            const a = freed[i] as Question;
            const b = freed[j] as Question;
            if (conflictBetween(index, a, b) !== null) continue;
            if (checkQuiz([...kept, a, b], facts).filter((v) => v.rule !== 'balanced-positions').length === 0) missed.push(`${file} ${seed}: ${out.id} -> ${a.id} + ${b.id}`);
          }
        }
      }
    }
  }
  expect(short).toBeGreaterThan(0);
  expect(missed).toEqual([]);
}, 300_000);
