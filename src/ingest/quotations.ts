// Direct quotations: the words inside quotation marks, cut at sentence boundaries so each piece is
// evidence from one sentence.
//
// Curly quotes pair by direction. Straight quotes pair in order within a paragraph. A quotation still
// open at the end of a paragraph closes there: news style reopens it in the next paragraph instead of
// closing it.

import type { Sentence } from '../domain/facts';
import { firstEndingAfter } from './spans';

export interface QuoteSegment {
  /** Which quotation (in text order) this piece belongs to. */
  readonly quotation: number;
  /** 0 for the first piece of a quotation. */
  readonly part: number;
  readonly sentenceIndex: number;
  /** Inside the marks, trimmed. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function findQuoteSegments(body: string, sentences: readonly Sentence[]): QuoteSegment[] {
  const spans = quotationSpans(body);
  const segments: QuoteSegment[] = [];
  spans.forEach(([open, close], quotation) => {
    let part = 0;
    // Only the sentences the quotation overlaps: scanning them all for every quotation is quadratic.
    for (let k = firstEndingAfter(sentences, open); k < sentences.length; k += 1) {
      const sentence = sentences[k];
      if (!sentence || sentence.start >= close) break;
      let start = Math.max(open, sentence.start);
      let end = Math.min(close, sentence.end);
      while (start < end && /[\s“"]/.test(body[start] ?? '')) start += 1;
      while (end > start && /[\s”"]/.test(body[end - 1] ?? '')) end -= 1;
      if (end <= start) continue;
      segments.push({ quotation, part, sentenceIndex: sentence.index, start, end, text: body.slice(start, end) });
      part += 1;
    }
  });
  return segments;
}

/** [after the opening mark, at the closing mark) for every quotation. */
function quotationSpans(body: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let open: number | null = null;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (ch === '\n' && open !== null) {
      spans.push([open, i]);
      open = null;
    } else if (ch === '“') {
      if (open !== null) spans.push([open, i]);
      open = i + 1;
    } else if (ch === '”') {
      if (open !== null) spans.push([open, i]);
      open = null;
    } else if (ch === '"') {
      if (open === null) open = i + 1;
      else {
        spans.push([open, i]);
        open = null;
      }
    }
  }
  if (open !== null) spans.push([open, body.length]);
  return spans;
}
