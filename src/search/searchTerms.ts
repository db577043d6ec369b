// What a search string asks for, the same on both engines: its words (letters and digits, folded
// to lower case), every one required, in the order typed. PostgreSQL's 'english' configuration
// drops stop words from queries and documents alike and SQLite's FTS5 keeps them, so stop words
// are dropped here first: "the fire" finds the same documents on both. No operators, quotes or
// prefixes reach either engine's query syntax; a word is only ever a word.
import { BadInputError } from '../errors';

/** The Snowball English stop list, as PostgreSQL's english.stop has it. */
const STOP_WORDS = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself
  they them their theirs themselves what which who whom this that these those am is are was were be been being have has had
  having do does did doing a an the and but if or because as until while of at by for with about against between into
  through during before after above below to from up down in out on off over under again further then once here there
  when where why how all any both each few more most other some such no nor not only own same so than too very s t can
  will just don should now`.split(/\s+/),
);

export const MAX_SEARCH_TERMS = 10;
export const MAX_SEARCH_CHARS = 200;

export function searchTerms(query: string): string[] {
  if (query.length > MAX_SEARCH_CHARS) throw new BadInputError(`a search is at most ${MAX_SEARCH_CHARS} characters; got ${query.length}`);
  const words = query.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const terms = [...new Set(words.filter((w) => !STOP_WORDS.has(w)))];
  if (terms.length === 0) throw new BadInputError('a search needs at least one word that is not a stop word ("the", "of", ...)');
  if (terms.length > MAX_SEARCH_TERMS) throw new BadInputError(`a search takes at most ${MAX_SEARCH_TERMS} words; got ${terms.length}`);
  return terms;
}
