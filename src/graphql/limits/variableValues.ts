// How many values a request's variables hold: every object, array, key and scalar in them. The
// parser's token limit bounds the operation; this bounds the other half of a request, before
// graphql-js coerces it (an 850 KB object of 10^5 unknown fields took seconds to refuse).

/**
 * Counts values in `variables`, stopping once past `max` (the count is then max + 1). Cheap next
 * to what it guards: for…in still lists a large object's keys, as JSON.parse already did.
 */
export function countVariableValues(variables: unknown, max: number): number {
  let count = 0;
  const pending: unknown[] = [variables];
  while (pending.length > 0 && count <= max) {
    const value = pending.pop();
    count++;
    if (Array.isArray(value)) {
      pending.push(...value.slice(0, max + 1 - count));
    } else if (typeof value === 'object' && value !== null) {
      for (const key in value) {
        if (++count > max) break;
        pending.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return Math.min(count, max + 1);
}
