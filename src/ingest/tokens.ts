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

/** The one wink-nlp pipeline (POS tagging) of the process; the quiz tags its short phrases with it too. */
export function loadTagger(): WinkMethods {
  if (tagger === null) tagger = winkNLP(model, ['pos']);
  return tagger;
}

/**
 * wink-nlp's tokenizer backtracks quadratically along a run of non-space characters (its email and
 * URL patterns): a 300-character run of quotes or hyphens costs about a millisecond, 98,000 characters
 * of "A.A.…" 20 s. It is given the text with a space put after every MAX_RUN_FOR_TAGGER characters of
 * such a run. No token can then span an inserted space, so every token is still a piece of the body,
 * found below at its true offset; only a run that long (a URL, a rule of dashes) is cut up.
 */
const MAX_RUN_FOR_TAGGER = 48;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN_FOR_TAGGER + 1},}`, 'g');

function withLongRunsBroken(body: string): string {
  return body.replace(LONG_RUN, (run) => {
    const pieces: string[] = [];
    let start = 0;
    while (start < run.length) {
      let end = Math.min(run.length, start + MAX_RUN_FOR_TAGGER);
      // Never between the two halves of a surrogate pair (an emoji).
      const code = run.charCodeAt(end - 1);
      if (end < run.length && code >= 0xd800 && code <= 0xdbff) end += 1;
      pieces.push(run.slice(start, end));
      start = end;
    }
    return pieces.join(' ');
  });
}

export function tokenize(body: string): Token[] {
  const nlp = loadTagger();
  const doc = nlp.readDoc(withLongRunsBroken(body));
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
