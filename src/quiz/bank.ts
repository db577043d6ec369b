// The question bank: every question the engine can make from one event, in a fixed order. It is a
// pool to choose from, not a quiz: it may test one fact several ways, which a quiz then avoids.
import type { EventFacts } from '../domain/facts';
import { QUESTION_KINDS, type Question, type QuestionKind } from '../domain/question';
import { adoptConflictPairs, conflictPairs, type Conflict } from './conflicts';
import { indexFacts } from './facts/factIndex';
import { GENERATORS } from './generators';
import { checkKinds } from './kinds';
import { questionViolations } from './rules';
import { answerTexts } from './rules/answerTexts';
import { coverage } from './text/normalize';
import { findNumbers } from './text/numbers';
import type { FactIndex } from './facts/factIndex';

function restates(a: string, b: string): boolean {
  const figures = (t: string): string => findNumbers(t).map((n) => n.value).sort((x, y) => x - y).join(',');
  return figures(a) === figures(b) && Math.max(coverage(a, b), coverage(b, a)) >= 0.9;
}

function sameAnswer(a: Question, b: Question, index: FactIndex): boolean {
  const x = answerTexts(a, index);
  const y = answerTexts(b, index);
  return x.length > 0 && x.length === y.length && x.every((t, i) => t === y[i]);
}

/**
 * Every question of the given kinds (all kinds by default) that passes the per-question rules.
 * Deterministic: same facts, same bank, same ids, same option order.
 */
export function questionBank(facts: EventFacts, kinds?: readonly QuestionKind[]): Question[] {
  const checked = checkKinds(kinds);
  // Facts are immutable and the bank is a pure function of them: build it once per bundle and kinds.
  const key = checked.join(',');
  let perKinds = BANKS.get(facts);
  if (perKinds === undefined) {
    perKinds = new Map();
    BANKS.set(facts, perKinds);
  }
  let bank = perKinds.get(key);
  if (bank === undefined) {
    // Each question passes or fails the rules on its own, so a bank of some kinds is the full bank's
    // questions of those kinds, in the order the kinds were asked for.
    const full = perKinds.get(ALL_KINDS);
    bank = full === undefined ? buildBank(facts, checked) : checked.flatMap((kind) => full.filter((q) => q.kind === kind));
    perKinds.set(key, bank);
  }
  // A copy of the list, so a caller sorting or splicing it cannot change the next caller's bank.
  return [...bank];
}

const BANKS = new WeakMap<EventFacts, Map<string, readonly Question[]>>();
const ALL_KINDS = QUESTION_KINDS.join(',');

/** Whether the full bank of these facts is built (a first quiz would otherwise build it). */
export function hasQuestionBank(facts: EventFacts): boolean {
  return BANKS.get(facts)?.has(ALL_KINDS) ?? false;
}

/**
 * Takes a full bank built elsewhere (a worker thread, from equal facts) as these facts' bank, with
 * its conflict pairs, so the first quiz on this thread costs what a later one does.
 */
export function adoptQuestionBank(facts: EventFacts, prepared: PreparedBank): void {
  let perKinds = BANKS.get(facts);
  if (perKinds === undefined) {
    perKinds = new Map();
    BANKS.set(facts, perKinds);
  }
  perKinds.set(ALL_KINDS, prepared.questions);
  adoptConflictPairs(indexFacts(facts), prepared.questions, prepared.conflicts);
}

export interface PreparedBank {
  readonly questions: readonly Question[];
  /** Conflicting pairs by position in `questions`, with why (see conflicts.ts). */
  readonly conflicts: readonly (readonly [number, number, Conflict])[];
}

/** The full bank and its conflict pairs, to hand to adoptQuestionBank on another thread. */
export function prepareQuestionBank(facts: EventFacts): PreparedBank {
  const questions = questionBank(facts);
  return { questions, conflicts: conflictPairs(indexFacts(facts), questions) };
}

function buildBank(facts: EventFacts, kinds: readonly QuestionKind[]): Question[] {
  const index = indexFacts(facts);
  const out: Question[] = [];
  const seen = new Set<string>();
  for (const kind of kinds) {
    for (const question of GENERATORS[kind](index)) {
      // Two generators paths can reach the same question (a relation and a claim saying the same thing).
      if (seen.has(question.id)) continue;
      // A question that breaks a rule is a defect, never shown: leave it out of the bank.
      if (questionViolations(question, index).length > 0) continue;
      // The same question reached from two facts (a meeting stated as a claim and as a relation) is
      // kept once: same kind, same answer, one prompt's words within the other's, same figures.
      if (out.some((o) => o.kind === question.kind && sameAnswer(o, question, index) && restates(o.prompt, question.prompt))) continue;
      seen.add(question.id);
      out.push(question);
    }
  }
  return out;
}
