// Part-of-speech tags for a short phrase, from wink-nlp's light English model (the tagger the
// extractor uses on whole articles). The quiz reads facts, not articles, so it tags only the few
// short phrases it rewrites (ordering items, the sentence around a figure), with the extractor's
// pipeline (ingest/tokens), so the model is loaded once per process.
import { loadTagger } from '../../ingest/tokens';

export interface TaggedWord {
  readonly text: string;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADJ, NUM, PRON, DET, ADP, SCONJ, PUNCT, ... */
  readonly pos: string;
  /** The dictionary form: "killed" → "kill". */
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
}

/** The same sentence is read for several figures and kinds: tag it once. Bounded, cleared when full. */
const cache = new Map<string, readonly TaggedWord[]>();
const CACHE_SIZE = 5000;

export function tagWords(text: string): readonly TaggedWord[] {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const tagged = tag(text);
  cache.set(text, tagged);
  return tagged;
}

function tag(text: string): TaggedWord[] {
  const tagger = loadTagger();
  const doc = tagger.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(tagger.its.pos);
  // wink types its.lemma as needing model add-ons; the light model carries them.
  const lemmas = doc.tokens().out(tagger.its.lemma as unknown as typeof tagger.its.pos) as string[];
  const out: TaggedWord[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const pos = tags[i] ?? 'X';
    if (pos === 'SPACE' || value.trim() === '') return;
    const at = text.indexOf(value, cursor);
    if (at < 0) return;
    out.push({ text: value, pos, lemma: lemmas[i] ?? value.toLowerCase(), start: at, end: at + value.length });
    cursor = at + value.length;
  });
  return out;
}
