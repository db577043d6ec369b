// Fixed prompt wording that rules need to read back (to find the statement or the sentence).

/** Opens every fill-in-the-blank prompt; the article's sentence follows. */
export const FILL_PROMPT_LEAD = 'Complete the sentence from the article: ';

/**
 * Words a fill-in-the-blank sentence must keep outside its blank: with fewer, the "sentence" is
 * the blank itself and the question is a memory test of a whole quote, not reading in context.
 */
export const MIN_CONTEXT_WORDS = 4;

/** Words (with a letter or digit) outside the blank. */
export function contextWords(sentenceWithBlank: string, blank: string): number {
  return sentenceWithBlank
    .split(blank)
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
