// Quiz engine quality and speed on the seed event: what the bank holds, how much of the event it
// covers, how many rule violations the bank and generated quizzes carry (the target is zero), and
// how long a 20-question quiz takes to make in-process.
import type { EventFacts } from '../src/domain/facts';
import { QUESTION_KINDS, type Question } from '../src/domain/question';
import { checkQuiz, generateQuiz, questionBank } from '../src/quiz';
import { indexFacts } from '../src/quiz/facts/factIndex';
import { GENERATORS } from '../src/quiz/generators';
import { questionViolations } from '../src/quiz/rules';
import { readSeedFacts } from '../src/seeds/readSeed';
import { corpusAuditReport } from './corpusAudit';

const QUIZZES = 200;
const QUIZ_SIZE = 20;
const TIMING_RUNS = 300;

function share(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function coverage(facts: EventFacts, bank: readonly Question[]): string[] {
  const tested = new Set(bank.flatMap((q) => q.tests.map((t) => `${t.type}:${t.id}`)));
  const claims = facts.claims.filter((c) => tested.has(`CLAIM:${c.id}`)).length;
  const quantities = facts.quantities.filter((q) => tested.has(`QUANTITY:${q.id}`)).length;
  const actors = new Set(facts.claims.flatMap((c) => [...(c.speakerId === null ? [] : [c.speakerId]), ...c.subjectIds]));
  const testedClaims = facts.claims.filter((c) => tested.has(`CLAIM:${c.id}`));
  const viaClaims = new Set(testedClaims.flatMap((c) => [...(c.speakerId === null ? [] : [c.speakerId]), ...c.subjectIds]));
  const direct = [...actors].filter((id) => tested.has(`ENTITY:${id}`)).length;
  const any = [...actors].filter((id) => tested.has(`ENTITY:${id}`) || viaClaims.has(id)).length;
  return [
    `claims tested:      ${share(claims, facts.claims.length)}`,
    `quantities tested:  ${share(quantities, facts.quantities.length)}`,
    `actors tested:      ${share(direct, actors.size)} as the answer or an item; ${share(any, actors.size)} counting speakers and subjects of tested claims`,
  ];
}

export async function quizQualityReport(): Promise<string> {
  const facts = readSeedFacts();
  const index = indexFacts(facts);
  const lines: string[] = [];

  const bank = questionBank(facts);
  lines.push(`Question bank for “${facts.event.title}”: ${bank.length} questions`);
  for (const kind of QUESTION_KINDS) lines.push(`  ${kind.padEnd(20)} ${bank.filter((q) => q.kind === kind).length}`);
  const levels = ['EASY', 'MEDIUM', 'HARD'].map((l) => `${l} ${bank.filter((q) => q.difficulty.level === l).length}`);
  lines.push(`  difficulty: ${levels.join(', ')}`);

  lines.push('Coverage of the event by the bank:');
  for (const l of coverage(facts, bank)) lines.push(`  ${l}`);

  // Candidates the generators made that a per-question rule turned away: defects caught, never shown.
  const candidates = QUESTION_KINDS.flatMap((k) => GENERATORS[k](index));
  const rejected = new Map<string, number>();
  for (const q of candidates) for (const v of new Set(questionViolations(q, index).map((x) => x.rule))) rejected.set(v, (rejected.get(v) ?? 0) + 1);
  lines.push(`Generated candidates: ${candidates.length}; turned away by rules: ${[...rejected].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);

  const bankViolations = checkQuiz(bank, facts, { scope: 'BANK' });
  lines.push(`Rule violations over the bank (per-question rules): ${bankViolations.length}`);

  let quizViolations = 0;
  let short = 0;
  const kindsPerQuiz: number[] = [];
  for (let i = 0; i < QUIZZES; i++) {
    const quiz = generateQuiz(facts, { count: QUIZ_SIZE, seed: `bench-${i}` });
    quizViolations += checkQuiz(quiz.questions, facts).length;
    if (quiz.questions.length < QUIZ_SIZE) short++;
    kindsPerQuiz.push(new Set(quiz.questions.map((q) => q.kind)).size);
  }
  lines.push(`Rule violations over ${QUIZZES} generated ${QUIZ_SIZE}-question quizzes (all rules): ${quizViolations}`);
  lines.push(`Quizzes short of ${QUIZ_SIZE} questions: ${short}; kinds per quiz: min ${Math.min(...kindsPerQuiz)}, max ${Math.max(...kindsPerQuiz)}`);

  // Cold: a fresh copy of the facts, so nothing is remembered from earlier runs.
  const cold: number[] = [];
  for (let i = 0; i < 10; i++) {
    const copy = JSON.parse(JSON.stringify(facts)) as EventFacts;
    const start = process.hrtime.bigint();
    generateQuiz(copy, { count: QUIZ_SIZE, seed: `cold-${i}` });
    cold.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  cold.sort((a, b) => a - b);
  lines.push(`Time for a first quiz from fresh facts (builds the bank; 10 runs): median ${percentile(cold, 0.5).toFixed(1)} ms, p95 ${percentile(cold, 0.95).toFixed(1)} ms`);

  const times: number[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    const start = process.hrtime.bigint();
    generateQuiz(facts, { count: QUIZ_SIZE, seed: `timing-${i}` });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  lines.push(`Time to generate a ${QUIZ_SIZE}-question quiz once the bank is built (${TIMING_RUNS} runs, in-process): median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms`);
  lines.push('', 'Corpus audit (extracted facts; independent checks, bench/quizAudit.ts):', corpusAuditReport());
  return lines.join('\n');
}

if (require.main === module) {
  quizQualityReport()
    .then((report) => console.log(report))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
