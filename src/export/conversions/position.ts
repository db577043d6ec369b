// Where a converted question's correct option goes. Always first would give the answer away;
// random would make exports differ run to run. A hash of the question id is neither.

export function stablePosition(key: string, slots: number): number {
  let hash = 2166136261; // FNV-1a: tiny, well spread, no dependency
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % slots;
}

export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  return [...items.slice(0, index), item, ...items.slice(index)];
}
