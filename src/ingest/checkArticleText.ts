// Is this text an article we can read? Rejects, with a message a person understands: empty text,
// text over MAX_ARTICLE_CHARS, binary data, a "word" over MAX_WORD_CHARS, and text that is not
// English. Normalises what it accepts.
//
// The word limit is a guard against garbage: wink-nlp's email/URL pattern backtracks quadratically
// along a run of non-space characters ("A.A.A.…" of 98,000 characters took 20 s; tokens.ts now also
// hands wink such runs in pieces). Real words are under 50 characters and URLs written out in
// articles rarely pass 150 (readable text from HTML carries link text, not hrefs), so 300 refuses
// nothing a reader would write. Refusing is clearer than silently rewriting the text: every evidence
// offset keeps pointing at what the user sent.
//
// The English check is a cheap stop-word ratio: in English prose the 40 most common function words
// ("the", "of", "and", "to", ...) make up roughly 35-50% of the words; in other languages written in
// Latin script they are rare (under 5%). We accept at 12%, which lets through short or list-heavy
// English while rejecting French, German, Spanish and the like. Texts under 20 words are not judged.

export const MAX_ARTICLE_CHARS = 100_000;
/** The longest run of non-space characters accepted (see above). */
export const MAX_WORD_CHARS = 300;

export type ArticleCheck = { ok: true; normalised: string } | { ok: false; reason: string };

const ENGLISH_STOP_WORDS = new Set(
  'the of and to a in is that for it on was with as he she at by be this from are have has had not but were they his her their said or an which will would its we who been after also more than about'.split(' '),
);
const MIN_STOP_WORD_RATIO = 0.12;
const MIN_WORDS_TO_JUDGE = 20;
const TRAILING_BLANKS = new Set([0x20, 0x09, 0xa0]);

export function checkArticleText(body: string): ArticleCheck {
  if (body.trim() === '') return { ok: false, reason: 'The article text is empty.' };
  if (body.length > MAX_ARTICLE_CHARS) {
    return { ok: false, reason: `The article text is ${body.length.toLocaleString('en-US')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en-US')}.` };
  }
  if (body.includes('\u0000')) return { ok: false, reason: 'The text contains NUL bytes: it looks like a binary file, not article text.' };
  const controls = (body.match(/[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/g) ?? []).length;
  const replacements = (body.match(/\uFFFD/g) ?? []).length;
  if (controls + replacements > Math.max(5, body.length * 0.01)) {
    return { ok: false, reason: 'The text contains many control or unreadable characters: it looks like binary data or a file in the wrong encoding.' };
  }
  const longest = longestWord(body);
  if (longest.length > MAX_WORD_CHARS) {
    const preview = body.slice(longest.start, longest.start + 40);
    return {
      ok: false,
      reason: `The text contains a run of ${longest.length.toLocaleString('en-US')} characters without a space (starting “${preview}…”); words and links must be at most ${MAX_WORD_CHARS} characters.`,
    };
  }
  const normalised = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(trimLineEnd)
    .join('\n')
    .trim()
    .normalize('NFC');
  const words = normalised.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= MIN_WORDS_TO_JUDGE) {
    const common = words.filter((w) => ENGLISH_STOP_WORDS.has(w)).length;
    if (common / words.length < MIN_STOP_WORD_RATIO) {
      return { ok: false, reason: 'The text does not look like English: only English articles can be read for now.' };
    }
  }
  return { ok: true, normalised };
}

/**
 * The line without trailing spaces, tabs and no-break spaces. A loop, not `/[ \t\u00A0]+$/`: that
 * regex retries from every space of a long run and takes quadratic time (16 s on 99,000 spaces
 * followed by a letter).
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && TRAILING_BLANKS.has(line.charCodeAt(end - 1))) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

/** The longest run of non-whitespace characters. `\S+` cannot backtrack, so this is one pass. */
function longestWord(text: string): { start: number; length: number } {
  let best = { start: 0, length: 0 };
  for (const match of text.matchAll(/\S+/g)) {
    if (match[0].length > best.length) best = { start: match.index, length: match[0].length };
  }
  return best;
}
