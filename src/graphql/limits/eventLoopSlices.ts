// Large answers are read and written in slices of the event loop. better-sqlite3 answers
// synchronously and JSON.stringify is one call, so a 10,000-point read was one stretch of 100 ms
// or more in which no other request, not even /healthz, was answered. Batch reads (one line of
// them on SQLite) and the writing of answers start only in a slice with time left; past SLICE_MS
// they wait for the next turn of the event loop (setImmediate, after pending I/O).
//
// Field resolution itself is not sliced: fields waiting for a turn split DataLoader's batches
// (siblings resolved in two turns made two statements), and leaf fields all waiting on one turn
// resumed together in a storm of promises (7,600 sentences: 0.5 s in one stretch instead of 50 ms).

export const SLICE_MS = 8;

let sliceStart = performance.now();
let waiting: Promise<void> | null = null;

/** True once the current stretch has run SLICE_MS (or a turn is already awaited). */
export function sliceUsedUp(): boolean {
  return waiting !== null || performance.now() - sliceStart >= SLICE_MS;
}

/** Resolves at once while the current slice has time left, else on the next turn (one for all waiting). */
export function nextTurn(): Promise<void> {
  if (!sliceUsedUp()) return Promise.resolve();
  waiting ??= new Promise((resolve) =>
    setImmediate(() => {
      waiting = null;
      sliceStart = performance.now();
      resolve();
    }),
  );
  return waiting;
}

let lastInLine: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` once everything put in line before it has finished, starting it in a slice with
 * time left. For reads on better-sqlite3: DataLoader dispatches all of one tick's batches at once,
 * and a check made at dispatch passed for all ten of them, which then ran back to back (80 ms) a
 * few microtasks later, when TypeORM reached the statement.
 */
export function inLine<T>(work: () => Promise<T>): Promise<T> {
  const run = lastInLine.then(async () => {
    await nextTurn();
    return work();
  });
  lastInLine = run.catch(() => undefined);
  return run;
}
