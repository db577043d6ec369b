// The corpus audit of `npm run bench -- quiz`: every corpus text through extraction, the bank and
// several 10-question quizzes, read by the independent checks of quizAudit.ts. Groups are reported
// apart: the seed (curated facts), the dev and test splits of the news texts, the learner texts.
// Tuning looks at dev and learner only; test is measured, never read question by question.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { EventFacts } from '../src/domain/facts';
import { QUESTION_KINDS, type Question } from '../src/domain/question';
import { extractFacts } from '../src/ingest';
import { generateQuiz, questionBank } from '../src/quiz';
import { indexFacts } from '../src/quiz/facts/factIndex';
import { GENERATORS } from '../src/quiz/generators';
import { questionViolations } from '../src/quiz/rules';
import { readSeedFacts } from '../src/seeds/readSeed';
import { corpusDir, corpusFiles, readCorpusText } from '../eval/gold';
import { BLIND_STRATEGIES, blindScores, emptyScores, GRAMMAR_FLAGS, grammarFlags, type BlindStrategy, type StrategyScore } from './quizAudit';

export const AUDIT_SEEDS = ['audit-1', 'audit-2', 'audit-3', 'audit-4', 'audit-5'];
export const AUDIT_QUIZ_SIZE = 10;

interface Text {
  readonly name: string;
  readonly title: string | null;
  readonly facts: EventFacts;
}

interface GroupFigures {
  texts: number;
  bank: number;
  candidates: number;
  rejected: Map<string, number>;
  quizzes: number;
  questions: number;
  short: number;
  kinds: Map<string, number>;
  tfTrue: number;
  tf: number;
  tfQuizzes: number;
  tfQuizzesOutOfBalance: number;
  scores: Record<BlindStrategy, StrategyScore>;
  quizzesOverChance: Map<BlindStrategy, number>;
  flagged: number;
  flags: Map<string, number>;
}

function figuresOf(texts: readonly Text[]): GroupFigures {
  const g: GroupFigures = {
    texts: texts.length, bank: 0, candidates: 0, rejected: new Map(), quizzes: 0, questions: 0, short: 0, kinds: new Map(),
    tfTrue: 0, tf: 0, tfQuizzes: 0, tfQuizzesOutOfBalance: 0, scores: emptyScores(), quizzesOverChance: new Map(), flagged: 0, flags: new Map(),
  };
  for (const text of texts) {
    const index = indexFacts(text.facts);
    const candidates = QUESTION_KINDS.flatMap((k) => GENERATORS[k](index));
    g.candidates += candidates.length;
    for (const q of candidates) for (const r of new Set(questionViolations(q, index).map((v) => v.rule))) g.rejected.set(r, (g.rejected.get(r) ?? 0) + 1);
    g.bank += questionBank(text.facts).length;
    const sentences = text.facts.articles.flatMap((a) => a.sentences.map((s) => s.text));
    for (const seed of AUDIT_SEEDS) {
      const quiz = generateQuiz(text.facts, { count: AUDIT_QUIZ_SIZE, seed });
      const qs: readonly Question[] = quiz.questions;
      g.quizzes += 1;
      g.questions += qs.length;
      if (qs.length < AUDIT_QUIZ_SIZE) g.short += 1;
      for (const q of qs) g.kinds.set(q.kind, (g.kinds.get(q.kind) ?? 0) + 1);
      const tf = qs.filter((q) => q.kind === 'TRUE_FALSE');
      const trues = tf.filter((q) => q.kind === 'TRUE_FALSE' && q.answer.value).length;
      g.tf += tf.length;
      g.tfTrue += trues;
      if (tf.length >= 4) {
        g.tfQuizzes += 1;
        if (trues / tf.length < 0.4 || trues / tf.length > 0.6) g.tfQuizzesOutOfBalance += 1;
      }
      const scores = blindScores(qs, text.title);
      for (const s of BLIND_STRATEGIES) {
        const a = scores[s];
        g.scores[s].applicable += a.applicable;
        g.scores[s].points += a.points;
        g.scores[s].chance += a.chance;
        if (a.applicable >= 3 && a.points / a.applicable > a.chance / a.applicable + 0.1) g.quizzesOverChance.set(s, (g.quizzesOverChance.get(s) ?? 0) + 1);
      }
      for (const q of qs) {
        const flags = grammarFlags(q, sentences);
        if (flags.length > 0) g.flagged += 1;
        for (const f of flags) g.flags.set(f, (g.flags.get(f) ?? 0) + 1);
      }
    }
  }
  return g;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${Math.round((100 * n) / d)}%`);

function report(name: string, g: GroupFigures): string[] {
  const lines = [`${name}: ${g.texts} texts, bank ${g.bank} questions; ${g.quizzes} quizzes of ${AUDIT_QUIZ_SIZE} asked, ${g.questions} questions made, ${g.short} quizzes short`];
  lines.push(`  per kind: ${QUESTION_KINDS.map((k) => `${k} ${g.kinds.get(k) ?? 0}`).join(', ')}`);
  lines.push(`  true/false keyed True: ${pct(g.tfTrue, g.tf)} of ${g.tf}; quizzes with ≥4 true/false outside 40–60% True: ${g.tfQuizzesOutOfBalance}/${g.tfQuizzes}`);
  lines.push('  blind student (score vs chance over the questions a strategy applies to; quizzes above chance + 10 points among those with ≥3 such questions):');
  for (const s of BLIND_STRATEGIES) {
    const a = g.scores[s];
    lines.push(`    ${s.padEnd(44)} ${pct(a.points, a.applicable).padStart(4)} vs ${pct(a.chance, a.applicable).padStart(4)} over ${String(a.applicable).padStart(4)}; quizzes over: ${g.quizzesOverChance.get(s) ?? 0}`);
  }
  lines.push(`  candidates ${g.candidates}; turned away per rule: ${[...g.rejected].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
  lines.push(`  grammar/self-containedness flags (independent checks): ${pct(g.flagged, g.questions)} of questions flagged`);
  for (const f of GRAMMAR_FLAGS) if ((g.flags.get(f) ?? 0) > 0) lines.push(`    ${f.padEnd(52)} ${g.flags.get(f)}`);
  return lines;
}

function corpusText(file: string): Text {
  const t = readCorpusText(file);
  return { name: file, title: t.title, facts: extractFacts({ title: t.title, body: t.body, url: null, outlet: t.source || null, publishedAt: t.date }) };
}

export function corpusAuditReport(): string {
  const splits = JSON.parse(readFileSync(path.join(path.dirname(corpusDir), 'splits.json'), 'utf8')) as { dev: string[]; test: string[] };
  const seed = readSeedFacts();
  const groups: [string, Text[]][] = [
    ['Seed (curated facts)', [{ name: 'seed', title: seed.articles[0]?.title ?? seed.event.title, facts: seed }]],
    ['News, dev split', splits.dev.map(corpusText)],
    ['News, test split', splits.test.map(corpusText)],
    ['Learner texts', corpusFiles('learner').map(corpusText)],
  ];
  return groups.flatMap(([name, texts]) => report(name, figuresOf(texts))).join('\n');
}
