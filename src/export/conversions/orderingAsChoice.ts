// ORDERING -> one multiple choice whose options are whole sequences, exactly one of them right.
import type { Item, OrderingQuestion } from '../../domain/question';
import type { ChoiceItem, ChoiceItemOption } from './choiceItem';
import { insertAt, stablePosition } from './position';

const ARROW = ' → ';
const DISTRACTORS = 3;

/** Wrong orders a reader could plausibly pick, made without randomness so exports are stable. */
function wrongOrders(order: readonly Item[]): Item[][] {
  const n = order.length;
  const rotate = (by: number): Item[] => order.map((_, i) => order[(i + by) % n] as Item);
  const swap = (i: number): Item[] => {
    const copy = [...order];
    [copy[i], copy[i + 1]] = [copy[i + 1] as Item, copy[i] as Item];
    return copy;
  };
  const candidates = [[...order].reverse(), swap(0), n > 2 ? swap(n - 2) : [], rotate(1), rotate(n - 1)];
  const key = (items: readonly Item[]): string => items.map((item) => item.id).join('\u0000');
  const seen = new Set([key(order)]);
  const chosen: Item[][] = [];
  for (const candidate of candidates) {
    if (candidate.length !== n || seen.has(key(candidate))) continue;
    seen.add(key(candidate));
    chosen.push(candidate);
    if (chosen.length === DISTRACTORS) break;
  }
  return chosen;
}

const PUT_IN_ORDER = /^Put (.+?) in (?:the )?order(?: (?:they|it) (?:happened|took place))?(?:,? earliest first)?[.!]?$/i;

/**
 * The question as one asks it of a choice between whole orders. "Put these events in the order they
 * happened, earliest first." asks the student to do something a choice cannot hold; it becomes
 * "In which order did these events happen, earliest first?" instead of having a second question
 * ("Which order is right, earliest first?") added after it, which said "earliest first" twice.
 */
export function choiceOverOrdersPrompt(prompt: string): string {
  const trimmed = prompt.trim();
  const put = PUT_IN_ORDER.exec(trimmed);
  if (put !== null) return `In which order did ${put[1]} happen, earliest first?`;
  if (/\bearliest first\b/i.test(trimmed)) return `${trimmed} Which order is right?`;
  return `${trimmed} Which order is right, earliest first?`;
}

/**
 * ORDERING -> "Which of these events happened first?", its options the items themselves: for a
 * format whose options are too short to hold whole sequences (Kahoot: 75 characters). Only the
 * earliest item is right, and the text orders every item, so each other one is provably wrong.
 * With more items than the format's options, the earliest and the next ones in presented order.
 */
export function orderingAsEarliestChoice(question: OrderingQuestion, maxOptions: number): ChoiceItem | null {
  const firstId = question.answer.order[0];
  const first = question.items.find((item) => item.id === firstId);
  if (first === undefined || question.answer.order.length < 2 || !question.answer.order.every((id) => question.items.some((i) => i.id === id))) return null;
  const wrong: ChoiceItemOption[] = question.items
    .filter((item) => item.id !== firstId)
    .slice(0, Math.max(1, maxOptions - 1))
    .map((item) => ({ text: item.text, correct: false, rationale: '' }));
  const put = PUT_IN_ORDER.exec(question.prompt.trim());
  return {
    questionId: question.id,
    id: question.id,
    prompt: put !== null ? `Which of ${put[1]} happened first?` : 'Which of these came first?',
    options: insertAt(wrong, stablePosition(question.id, wrong.length + 1), { text: first.text, correct: true, rationale: '' }),
    explanation: question.explanation,
    evidence: question.evidence,
  };
}

export function orderingAsChoice(question: OrderingQuestion): ChoiceItem | null {
  const byId = new Map(question.items.map((item) => [item.id, item]));
  const order = question.answer.order.map((id) => byId.get(id));
  if (order.some((item) => item === undefined) || order.length < 2) return null;
  const correctOrder = order as Item[];
  const sequence = (items: readonly Item[]): string => items.map((item) => item.text).join(ARROW);
  const wrong: ChoiceItemOption[] = wrongOrders(correctOrder).map((items) => ({
    text: sequence(items),
    correct: false,
    rationale: '',
  }));
  const right: ChoiceItemOption = { text: sequence(correctOrder), correct: true, rationale: '' };
  return {
    questionId: question.id,
    id: question.id,
    prompt: choiceOverOrdersPrompt(question.prompt),
    options: insertAt(wrong, stablePosition(question.id, wrong.length + 1), right),
    explanation: question.explanation,
    evidence: question.evidence,
  };
}
