// Binary searches over lists of spans kept in text order. Later passes look things up by offset many
// times per article; a scan each time would make them quadratic in the article's length.

/** Index of the first span starting at or after `offset` in a list sorted by start. */
export function firstStartingAtOrAfter(spans: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span ending after `offset` in a list sorted by end. */
export function firstEndingAfter(spans: ReadonlyArray<{ readonly end: number }>, offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `offset` falls inside one of `spans` (sorted by start, not overlapping). */
export function insideAny(spans: ReadonlyArray<{ readonly start: number; readonly end: number }>, offset: number): boolean {
  const span = spans[firstStartingAtOrAfter(spans, offset + 1) - 1];
  return span !== undefined && offset >= span.start && offset < span.end;
}
