// Fixed prompt wording that rules need to read back (to find the statement or the sentence).

/**
 * "According to the article, <question>", unless the question already names its source ("…, according
 * to Rutte?"): two "according to"s in one question read as a stammer and blur whose word it is.
 */
export function askOfArticle(question: string): string {
  return /\baccording to\b/i.test(question) ? question.charAt(0).toUpperCase() + question.slice(1) : `According to the article, ${question}`;
}

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
