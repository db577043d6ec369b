// Fixed prompt wording that rules need to read back (to find the statement or the sentence).

/**
 * "According to the article, <question>", unless the question already names its source ("…, according
 * to Rutte?"): two "according to"s in one question read as a stammer and blur whose word it is.
 */
export function askOfArticle(question: string): string {
  return /\baccording to\b/i.test(question) ? question.charAt(0).toUpperCase() + question.slice(1) : `According to the article, ${question}`;
}

/** The lead fill-in-the-blank prompts used to share; still read back, no longer written. */
export const FILL_PROMPT_LEAD = 'Complete the sentence from the article: ';

/** What a fill-in-the-blank blanks: a person's or body's name, a figure, a word of the claim. */
export type BlankSort = 'name' | 'figure' | 'word';

/**
 * Short leads for fill-in-the-blank prompts; the sentence follows. A question's lead is picked from
 * its id, so a quiz does not open ten items with the same words, and the same question always reads
 * the same. The sort-specific lead tells the student what kind of answer is wanted, as a teacher would.
 */
export const FILL_PROMPT_LEADS: Readonly<Record<BlankSort, readonly string[]>> = {
  name: ['Fill in the blank: ', 'Which name is missing? ', 'Complete the sentence: '],
  figure: ['Fill in the blank: ', 'Which figure is missing? ', 'Complete the sentence: '],
  word: ['Fill in the blank: ', 'Which word is missing? ', 'Complete the sentence: '],
};

const ALL_FILL_LEADS = [...new Set([FILL_PROMPT_LEAD, ...Object.values(FILL_PROMPT_LEADS).flat()])].sort((a, b) => b.length - a.length);

/** The sentence of a fill-in-the-blank prompt without its lead. */
export function fillInBody(prompt: string): string {
  const lead = ALL_FILL_LEADS.find((l) => prompt.startsWith(l));
  return lead === undefined ? prompt : prompt.slice(lead.length);
}

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
