// Where the article's sources differ on a number: two sources, not tied to each other, giving
// figures in the same unit for the same thing, one surely above the other as written ("around
// 10,000" against "around 12,000" differ; "more than 60" against "70" may not).
import type { NewsEntity, Quantity } from '../../domain/facts';
import { contentTokens, normalizeName, textSimilarity } from '../text/normalize';
import type { FactIndex } from './factIndex';
import { hedgeBand, hedgeOf } from './quantityText';

export interface DifferingFigures {
  readonly higher: Quantity;
  readonly lower: Quantity;
  readonly higherSource: NewsEntity;
  readonly lowerSource: NewsEntity;
}

/** Counted things this alike are the same thing ("North Korean troops in Russia" / "North Korean troops"). */
export const SAME_THING_SIMILARITY = 0.5;

function sameThing(a: Quantity, b: Quantity): boolean {
  if (a.measure !== b.measure || normalizeName(a.unit) !== normalizeName(b.unit)) return false;
  // "years" or "people" alone names no one thing: two sources' "years" are usually different spans.
  if (contentTokens(a.counts).length < 2 || contentTokens(b.counts).length < 2) return false;
  const ca = normalizeName(a.counts);
  const cb = normalizeName(b.counts);
  if (ca === cb || textSimilarity(a.counts, b.counts) >= SAME_THING_SIMILARITY) return true;
  // The same head ("North Korean troops …" / "North Korean troops in the four brigades …"): the
  // first HEAD_WORDS content words agree, at least two of them, so "people killed" ≠ "people injured".
  const [ta, tb] = [contentTokens(a.counts), contentTokens(b.counts)];
  const n = Math.min(HEAD_WORDS, ta.length, tb.length);
  return n >= 2 && ta.slice(0, n).every((t, i) => t === tb[i]);
}

const HEAD_WORDS = 3;

/** Hedges that leave the figure in the middle of its band: two of them compare by their values. */
const SYMMETRIC = new Set(['none', 'around']);

/** Whether `a` is surely above `b`: by value when both are plain or "around", else by their bands. */
export function surelyAbove(a: Quantity, b: Quantity): boolean {
  if (a.valueMax === null && b.valueMax === null && SYMMETRIC.has(hedgeOf(a).kind) && SYMMETRIC.has(hedgeOf(b).kind)) return a.value > b.value;
  return hedgeBand(a).low > hedgeBand(b).high;
}

export function differingFigures(index: FactIndex): DifferingFigures[] {
  const out: DifferingFigures[] = [];
  const sourced = index.facts.quantities.filter((q) => q.sourceId !== null);
  sourced.forEach((a, i) => {
    for (const b of sourced.slice(i + 1)) {
      if (a.sourceId === b.sourceId || !sameThing(a, b)) continue;
      const sa = index.entity(a.sourceId);
      const sb = index.entity(b.sourceId);
      if (sa === undefined || sb === undefined || index.linkedEntityIds(sa.id).has(sb.id)) continue;
      if (surelyAbove(a, b)) out.push({ higher: a, lower: b, higherSource: sa, lowerSource: sb });
      else if (surelyAbove(b, a)) out.push({ higher: b, lower: a, higherSource: sb, lowerSource: sa });
    }
  });
  return out;
}
