// Which words a question cites, and how an explanation points at them.
import type { Evidence } from '../../domain/facts';
import type { FactIndex } from '../facts/factIndex';
import { quoted, sentenceRef } from '../text/format';

/** Evidence in the order given, each span once. */
export function mergeEvidence(...groups: readonly (readonly Evidence[])[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const group of groups) {
    for (const ev of group) {
      const key = `${ev.articleId}#${ev.sentenceIndex}#${ev.start}#${ev.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(ev);
      }
    }
  }
  return out;
}

/** How many distinct sentences the reader must combine. */
export function sentencesNeeded(evidence: readonly Evidence[]): number {
  return Math.max(1, new Set(evidence.map((e) => `${e.articleId}#${e.sentenceIndex}`)).size);
}

/** "(sentence 3)" or "(sentences 2 and 5)" for the evidence, numbered as a reader counts. */
export function where(index: FactIndex, evidence: readonly Evidence[]): string {
  return `(${sentenceRef(evidence.map((e) => index.sentenceNumber(e)))})`;
}

/**
 * “the cited words” (sentence N): the first evidence item, quoted, numbered as /play and the
 * exports number the passage's sentences. An event told by several articles numbers each from 1,
 * so there the sentence's article is named by its title, as each passage is headed: “…” (sentence
 * 3 of “Title”). An untitled article among several keeps the bare number.
 */
export function cite(index: FactIndex, evidence: readonly Evidence[]): string {
  const first = evidence[0];
  if (first === undefined) return '';
  const title = index.facts.articles.length > 1 ? (index.article(first.articleId)?.title?.trim() ?? '') : '';
  if (title === '') return `${quoted(first.text)} ${where(index, [first])}`;
  return `${quoted(first.text)} (sentence ${index.sentenceNumber(first)} of “${title}”)`;
}
