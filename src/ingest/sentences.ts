// Sentence splitting with exact character offsets into the body.
//
// Rules, not a model, so the spans are predictable: paragraphs are separated by newlines and a
// sentence never crosses one; inside a paragraph a sentence ends at . ! or ? followed by any
// closing quotation marks or brackets (they belong to the sentence that they close), whitespace,
// and the start of a new sentence (an opening mark, a capital letter or a digit).
//
// A "sentence" longer than MAX_SENTENCE_CHARS is cut at a space before the limit. News sentences stay
// well under 600 characters; a longer span is a list, a table or unpunctuated input, and every later
// pass looks around inside a sentence (speakers before a verb, pronouns' antecedents), so an unbounded
// sentence would make those passes quadratic in the article's length.

import type { Sentence } from '../domain/facts';

/** Words whose trailing period is an abbreviation, not the end of a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'cpt', 'sgt', 'maj', 'adm',
  'st', 'jr', 'sr', 'inc', 'corp', 'ltd', 'co', 'vs', 'no', 'nos', 'fig', 'approx', 'dept', 'est', 'rev', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'pres',
]);

/** After "U.S." a capitalised word usually continues the name ("U.S. President"), except these. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'I', 'But', 'And', 'In', 'On', 'This', 'That', 'There',
  'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Our', 'After', 'Before', 'When', 'While', 'Some', 'Many',
]);

export const MAX_SENTENCE_CHARS = 1_000;

// The lookbehind starts a match only at the first mark of a run ("..."): retrying from each later
// mark gives the same answer and costs quadratic time on a long run of dots.

const BOUNDARY = /(?<![.!?])[.!?]+[”"’')\]]*(\s+)(?=[“"‘'(\[]*[\p{Lu}\d])/gu;

export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number): void => {
    // Trim the span on both sides so it starts and ends on visible characters.
    let start = from;
    let end = to;
    while (end > start && /\s/.test(body[end - 1] ?? '')) end -= 1;
    for (;;) {
      while (start < end && /\s/.test(body[start] ?? '')) start += 1;
      if (start >= end) return;
      const stop = end - start > MAX_SENTENCE_CHARS ? cutPoint(body, start) : end;
      sentences.push({ index: sentences.length, start, end: stop, text: body.slice(start, stop) });
      start = stop;
    }
  };
  let paragraphStart = 0;
  while (paragraphStart <= body.length) {
    let paragraphEnd = body.indexOf('\n', paragraphStart);
    if (paragraphEnd < 0) paragraphEnd = body.length;
    const paragraph = body.slice(paragraphStart, paragraphEnd);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let match = BOUNDARY.exec(paragraph); match; match = BOUNDARY.exec(paragraph)) {
      const spaceStart = match.index + match[0].length - (match[1]?.length ?? 0);
      if (!endsSentence(paragraph, match.index, match.index + match[0].length)) continue;
      push(paragraphStart + sentenceStart, paragraphStart + spaceStart);
      sentenceStart = match.index + match[0].length;
    }
    push(paragraphStart + sentenceStart, paragraphEnd);
    paragraphStart = paragraphEnd + 1;
  }
  return sentences;
}

/** Whether the punctuation at `at` ends a sentence, given the word before it and the word after. */
function endsSentence(paragraph: string, at: number, nextStart: number): boolean {
  if (paragraph[at] !== '.') return true;
  const before = /([\p{L}.]+)$/u.exec(paragraph.slice(Math.max(0, at - 20), at))?.[1] ?? '';
  const nextWord = /^[“"‘'(\[]*([\p{L}\d]+)/u.exec(paragraph.slice(nextStart))?.[1] ?? '';
  if (ABBREVIATIONS.has(before.toLowerCase())) return false;
  // A single capital initial ("John F. Kennedy"), unless it is the last word of the sentence "... Plan B."
  if (/^\p{Lu}$/u.test(before)) return SENTENCE_STARTERS.has(nextWord);
  // Dotted abbreviations ("U.S.", "a.m."): a boundary only before a word that plainly starts a sentence.
  if (before.includes('.')) return SENTENCE_STARTERS.has(nextWord);
  return true;
}

/** Where to end an over-long sentence starting at `start`: after its last space within the limit. */
function cutPoint(body: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  const space = body.lastIndexOf(' ', limit);
  if (space > start + MAX_SENTENCE_CHARS / 2) {
    let end = space;
    while (end > start && /\s/.test(body[end - 1] ?? '')) end -= 1;
    if (end > start) return end;
  }
  // No space to cut at: cut at the limit, never between the halves of a surrogate pair.
  const code = body.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
