// Presented order for items to match or order: shuffled by an rng seeded with the question id, and
// never left in the answer's own order (a list already in order would give the answer away).
import type { Item } from '../../domain/question';
import { createRng } from '../random';

export function presentedOrder<T>(questionId: string, salt: string, items: readonly T[]): T[] {
  const rng = createRng(`${questionId}|${salt}`);
  const shuffled = rng.shuffle(items);
  if (items.length > 1 && shuffled.every((x, i) => x === items[i])) shuffled.push(shuffled.shift() as T);
  return shuffled;
}

/** Ids numbered in the order given: call it on the presented order, never the answer order. */
export function itemsWithIds(prefix: string, texts: readonly string[]): Item[] {
  return texts.map((text, i) => ({ id: `${prefix}${i + 1}`, text }));
}
