// Word tokens with part-of-speech tags and character offsets, from wink-nlp's light English model.
//
// The model is loaded once, lazily, on first use: loading takes ~80 ms, tagging a 1,000-word
// article about 1-2 ms. Only the POS pipe runs: our own rules do sentences, names, numbers and dates,
// so we skip wink's sentence, entity and sentiment passes that we would throw away.

import winkNLP from 'wink-nlp';
import type { WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal POS tag: PROPN, NOUN, VERB, ADJ, NUM, PRON, DET, ADP, PUNCT, ... */
  readonly pos: string;
}

let tagger: WinkMethods | null = null;

function loadTagger(): WinkMethods {
  if (tagger === null) tagger = winkNLP(model, ['pos']);
  return tagger;
}

export function tokenize(body: string): Token[] {
  const nlp = loadTagger();
  const doc = nlp.readDoc(body);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(nlp.its.pos);
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i] ?? '';
    const pos = tags[i] ?? 'X';
    if (pos === 'SPACE' || value.trim() === '') continue;
    // wink keeps token values verbatim, so a forward search re-finds each one; a token it has
    // normalised (none seen so far) is skipped rather than given a wrong offset.
    const at = body.indexOf(value, cursor);
    if (at < 0) continue;
    tokens.push({ text: value, start: at, end: at + value.length, pos });
    cursor = at + value.length;
  }
  return tokens;
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
