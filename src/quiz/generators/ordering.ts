// ORDERING: events to put in the order they happened. Only events the text dates, in the past, each
// shown as a short event with its subject (eventPhrase), and only sets whose key a reader can defend:
// no two items whose dates overlap ("this week" and "Thursday" cannot be told apart), no two items
// from one sentence (one would be a piece of the other), no event twice in other words.
import type { TimelineEntry } from '../../domain/facts';
import type { Item, OrderingQuestion, Question } from '../../domain/question';
import { mergeEvidence, sentencesNeeded, where } from '../compose/evidence';
import { itemsWithIds, presentedOrder } from '../compose/pairs';
import { computeDifficulty, mean } from '../difficulty';
import { daysApart } from '../facts/dates';
import type { FactIndex } from '../facts/factIndex';
import { orderableSteps, orderableTogether, type OrderableStep } from '../facts/pastEvents';
import { questionId } from '../questionId';

export const MIN_ITEMS = 3;
export const MAX_ITEMS = 6;
const MAX_VARIANTS = 3;
/** Greedy over `steps` in the given order: each step joins when it fits with every one taken. */
function pickSet(steps: readonly OrderableStep[]): OrderableStep[] {
  const taken: OrderableStep[] = [];
  for (const s of steps) {
    if (taken.length >= MAX_ITEMS) break;
    if (taken.every((t) => orderableTogether(t, s))) taken.push(s);
  }
  return taken.sort((a, b) => (a.entry.date.start as string).localeCompare(b.entry.date.start as string));
}

function orderingQuestion(index: FactIndex, variant: string, steps: readonly OrderableStep[]): OrderingQuestion {
  const entries = steps.map((s) => s.entry);
  const tests = entries.map((t) => ({ type: 'TIMELINE_ENTRY' as const, id: t.id }));
  const id = questionId('ORDERING', tests, variant);
  // Shuffle first, then number: ids given in timeline order would let a student sort the ids
  // (which the API shows) to read off the answer.
  const presented = presentedOrder(id, 'items', steps);
  const items = itemsWithIds('T', presented.map((s) => s.phrase));
  const idOf = new Map(presented.map((s, i) => [s.entry.id, (items[i] as Item).id]));
  const evidence = mergeEvidence(entries.map((t) => t.evidence));
  // Adjacent events close in time are harder to tell apart.
  const close = entries.slice(1).map((t, i) => {
    const days = daysApart(t.date, (entries[i] as TimelineEntry).date);
    return days === null ? 0.5 : 1 / (1 + days / 30);
  });
  return {
    id,
    kind: 'ORDERING',
    prompt: 'Put these events in the order they happened, earliest first.',
    items,
    answer: { order: entries.map((t) => idOf.get(t.id) as string) },
    explanation: `The order is: ${steps.map((s, i) => `${i + 1}. ${s.phrase} (“${s.entry.date.text}”, ${where(index, [s.entry.evidence]).slice(1, -1)})`).join('; ')}.`,
    evidence,
    difficulty: computeDifficulty({ distractorSimilarity: mean(close), sentencesNeeded: sentencesNeeded(evidence), sourceInference: false }),
    tests,
  };
}

export function orderingQuestions(index: FactIndex): Question[] {
  const steps = orderableSteps(index);
  if (steps.length < MIN_ITEMS) return [];
  // Earliest first, latest first, and from the middle out: different sets where the text has them.
  const middle = Math.floor(steps.length / 2);
  const orders = [steps, [...steps].reverse(), [...steps.slice(middle), ...steps.slice(0, middle)]];
  const out: OrderingQuestion[] = [];
  const seen = new Set<string>();
  orders.forEach((order, v) => {
    if (out.length >= MAX_VARIANTS) return;
    const set = pickSet(order);
    if (set.length < MIN_ITEMS) return;
    const key = set.map((s) => s.entry.id).join(',');
    if (seen.has(key)) return;
    seen.add(key);
    out.push(orderingQuestion(index, `set:${v}`, set));
  });
  return out;
}
