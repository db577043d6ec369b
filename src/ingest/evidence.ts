// Evidence spans: always cut from the body, so `text === body.slice(start, end)` holds by construction.

import type { Evidence } from '../domain/facts';

export function evidenceOf(body: string, articleId: string, sentenceIndex: number, start: number, end: number): Evidence {
  return { articleId, sentenceIndex, start, end, text: body.slice(start, end) };
}
