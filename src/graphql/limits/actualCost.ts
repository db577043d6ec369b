// What an operation really cost, counted on its result the way ./operationCost.ts counts what it
// could cost: one point for every object the response holds. A connection's page counts the items
// it returned, not `first`; a plain list counts its real length, not its bound; a null costs
// nothing. Pure: the result in, a number out.

/** Objects below the root of `data` (the root itself is the request, which costs at least one point). */
export function actualCost(data: unknown): number {
  if (data === null || typeof data !== 'object') return 1;
  let objects = 0;
  // An explicit stack: a deep response must not exhaust the call stack.
  const stack: unknown[] = Object.values(data as Record<string, unknown>);
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
      continue;
    }
    objects++;
    for (const field of Object.values(value as Record<string, unknown>)) if (field !== null && typeof field === 'object') stack.push(field);
  }
  return Math.max(1, objects);
}
