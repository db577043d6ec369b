// The question bank: every question the engine can make from one event, in a fixed order. It is a
// pool to choose from, not a quiz: it may test one fact several ways, which a quiz then avoids.
import type { EventFacts } from '../domain/facts';
import type { Question, QuestionKind } from '../domain/question';
import { indexFacts } from './facts/factIndex';
import { GENERATORS } from './generators';
import { checkKinds } from './kinds';
import { questionViolations } from './rules';

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
    bank = buildBank(facts, checked);
    perKinds.set(key, bank);
  }
  // A copy of the list, so a caller sorting or splicing it cannot change the next caller's bank.
  return [...bank];
}

const BANKS = new WeakMap<EventFacts, Map<string, readonly Question[]>>();

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
      seen.add(question.id);
      out.push(question);
    }
  }
  return out;
}
