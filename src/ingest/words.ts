// Words of a sentence with offsets, shaped for name finding: "Secretary-General" and "U.S." stay one
// word, a possessive "’s" is split off and remembered, and a sentence's final period is not a word.

import type { Sentence } from '../domain/facts';
import type { Token } from './tokens';
import { tokenAt } from './tokens';

export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter (or is an acronym). */
  readonly capitalised: boolean;
  /** Followed directly by "’s" / "'s". */
  readonly possessive: boolean;
  /** What separates it from the previous word ("" for the first word of the sentence). */
  readonly gapBefore: string;
  /** First word of the sentence or of a quotation: capitalised for grammar, not because it is a name. */
  readonly clauseInitial: boolean;
  /** The POS tag wink gives the token at this offset. */
  readonly pos: string;
}

const WORD = /[\p{L}\p{M}\d]+(?:[-.'’&][\p{L}\p{M}\d]+)*\.?/gu;
const KEEPS_PERIOD = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|mr|mrs|ms|dr|prof|sen|rep|gov|gen|lt|col|capt|sgt|st|jr|sr|inc|corp|ltd|co|no|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/iu;

export function sentenceWords(sentence: Sentence, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let previousEnd = 0;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence.text); match; match = WORD.exec(sentence.text)) {
    let text = match[0];
    if (text.endsWith('.') && !KEEPS_PERIOD.test(text)) text = text.slice(0, -1);
    let possessive = false;
    const owner = /^(.+)['’]s$/u.exec(text);
    if (owner?.[1] && /^\p{Lu}/u.test(text)) {
      text = owner[1];
      possessive = true;
    }
    const localStart = match.index;
    const gapBefore = sentence.text.slice(previousEnd, localStart);
    previousEnd = localStart + match[0].length;
    const start = sentence.start + localStart;
    const token = tokens[tokenAt(tokens, start)];
    words.push({
      text,
      lower: text.toLowerCase(),
      start,
      end: start + text.length,
      capitalised: /^\p{Lu}/u.test(text),
      possessive,
      gapBefore,
      clauseInitial: words.length === 0 || /[“"‘(:]\s*$/u.test(gapBefore),
      pos: token && token.start === start ? token.pos : 'X',
    });
  }
  return words;
}
