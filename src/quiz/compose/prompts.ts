// Fixed prompt wording that rules need to read back (to find the statement or the sentence).

/** Opens every fill-in-the-blank prompt; the article's sentence follows. */
export const FILL_PROMPT_LEAD = 'Complete the sentence from the article: ';
