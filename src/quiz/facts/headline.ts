// The headline's words, as main-idea questions and their rule compare them: stems cut to a few
// letters, so "Indonesia" in a headline meets "Indonesian" in the lead.
import { contentTokens, stem } from '../text/normalize';

const PREFIX = 6;

export function headlineStems(text: string): Set<string> {
  return new Set(contentTokens(text).map((t) => stem(t).slice(0, PREFIX)));
}

/** How many of the headline's stems the text repeats. */
export function headlineWordsIn(text: string, headline: ReadonlySet<string>): number {
  let n = 0;
  for (const x of headlineStems(text)) if (headline.has(x)) n++;
  return n;
}
