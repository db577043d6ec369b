// Is this text an article we can read? Rejects, with a message a person understands: empty text,
// text over MAX_ARTICLE_CHARS, binary data, and text that is not English. Normalises what it accepts.
//
// The English check is a cheap stop-word ratio: in English prose the 40 most common function words
// ("the", "of", "and", "to", ...) make up roughly 35-50% of the words; in other languages written in
// Latin script they are rare (under 5%). We accept at 12%, which lets through short or list-heavy
// English while rejecting French, German, Spanish and the like. Texts under 20 words are not judged.

export const MAX_ARTICLE_CHARS = 100_000;

export type ArticleCheck = { ok: true; normalised: string } | { ok: false; reason: string };

const ENGLISH_STOP_WORDS = new Set(
  'the of and to a in is that for it on was with as he she at by be this from are have has had not but were they his her their said or an which will would its we who been after also more than about'.split(' '),
);
const MIN_STOP_WORD_RATIO = 0.12;
const MIN_WORDS_TO_JUDGE = 20;

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
  const normalised = body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+$/, ''))
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
