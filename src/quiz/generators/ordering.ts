// ORDERING: timeline steps to put in order. Only steps the text orders against each other (distinct
// `sequence`) appear together; where several share a place in time, variants take turns with them.
import type { TimelineEntry } from '../../domain/facts';
import type { Item, OrderingQuestion, Question } from '../../domain/question';
import { mergeEvidence, sentencesNeeded, where } from '../compose/evidence';
import { itemsWithIds, presentedOrder } from '../compose/pairs';
import { computeDifficulty, mean } from '../difficulty';
import { datesOverlap } from '../facts/dates';
import type { FactIndex } from '../facts/factIndex';
import { readableSteps } from '../facts/ownVoice';
import { questionId } from '../questionId';

export const MIN_ITEMS = 3;
export const MAX_ITEMS = 6;
const MAX_VARIANTS = 3;

function orderingQuestion(index: FactIndex, variant: string, entries: readonly TimelineEntry[]): OrderingQuestion {
  const tests = entries.map((t) => ({ type: 'TIMELINE_ENTRY' as const, id: t.id }));
  const id = questionId('ORDERING', tests, variant);
  // Shuffle first, then number: ids given in timeline order would let a student sort the ids
  // (which the API shows) to read off the answer.
  const presented = presentedOrder(id, 'items', entries);
  const items = itemsWithIds('T', presented.map((t) => t.label));
  const idOf = new Map(presented.map((t, i) => [t.id, (items[i] as Item).id]));
  const evidence = mergeEvidence(entries.map((t) => t.evidence));
  // Adjacent steps whose dates cannot tell them apart must be ordered from the wording alone.
  const close = entries.slice(1).map((t, i) => (datesOverlap(t.date, (entries[i] as TimelineEntry).date) ? 1 : 0));
  return {
    id,
    kind: 'ORDERING',
    prompt: 'Put these events in the order they happened, earliest first.',
    items,
    answer: { order: entries.map((t) => idOf.get(t.id) as string) },
    explanation: `The order is: ${entries.map((t, i) => `${i + 1}. ${t.label} (“${t.date.text}”, ${where(index, [t.evidence]).slice(1, -1)})`).join('; ')}.`,
    evidence,
    difficulty: computeDifficulty({ distractorSimilarity: mean(close), sentencesNeeded: sentencesNeeded(evidence), sourceInference: false }),
    tests,
  };
}

export function orderingQuestions(index: FactIndex): Question[] {
  const bySequence = new Map<number, TimelineEntry[]>();
  for (const t of readableSteps(index)) bySequence.set(t.sequence, [...(bySequence.get(t.sequence) ?? []), t]);
  const steps = [...bySequence.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
  if (steps.length < MIN_ITEMS) return [];
  const windows: TimelineEntry[][][] = [steps.slice(0, MAX_ITEMS)];
  if (steps.length > MAX_ITEMS) windows.push(steps.slice(-MAX_ITEMS));
  const out: OrderingQuestion[] = [];
  const seen = new Set<string>();
  windows.forEach((window, w) => {
    const ties = Math.max(...window.map((list) => list.length));
    for (let v = 0; v < Math.min(ties, MAX_VARIANTS); v++) {
      const entries = window.map((list) => list[v % list.length] as TimelineEntry);
      const key = entries.map((e) => e.id).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(orderingQuestion(index, `window:${w}:${v}`, entries));
    }
  });
  return out;
}
