// Text comparison for rules and grading: two wordings count as the same when they differ only in
// case, punctuation, curly vs straight quotes or a leading article ("the U.S." vs "U.S.").

const STOPWORDS = new Set(
  (
    'a an the and or but of to in on at by for with from as into about that this these those it its ' +
    'is are was were be been being has have had do does did will would can could should may might ' +
    'he she they we you i his her their our your them him who whom which what when where how ' +
    'said says say told tell according also there than then so if'
  ).split(' '),
);

// Rules and selection compare the same few hundred strings (article sentences, names, prompts)
// thousands of times per quiz; normalising is pure, so results are remembered, within a bound.
const NORMALIZED = new Map<string, string>();
const MAX_REMEMBERED = 20_000;

/** Lower case, straight quotes, dots dropped (U.S. → us), other punctuation to spaces, single spaces. */
export function normalizeText(text: string): string {
  let norm = NORMALIZED.get(text);
  if (norm === undefined) {
    if (NORMALIZED.size >= MAX_REMEMBERED) NORMALIZED.clear();
    norm = normalizeUncached(text);
    NORMALIZED.set(text, norm);
  }
  return norm;
}

function normalizeUncached(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/n't\b/g, ' not')
    .replace(/(\d),(\d)/g, '$1$2')
    .replace(/'s\b/g, '')
    .replace(/\./g, (_m, offset: number, whole: string) => (/\d/.test(whole[offset + 1] ?? '') ? '.' : ''))
    .replace(/[^\p{L}\p{N}.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** normalizeText without a leading article: "the Biden administration" = "Biden administration". */
export function normalizeName(text: string): string {
  return normalizeText(text).replace(/^(the|a|an) /, '');
}

export function tokens(text: string): readonly string[] {
  const norm = normalizeText(text);
  return norm === '' ? [] : norm.split(' ');
}

/** Remembers a pure function of a string, within the same bound as normalizeText. */
function remembered<T>(compute: (text: string) => T): (text: string) => T {
  const results = new Map<string, T>();
  return (text) => {
    let result = results.get(text);
    if (result === undefined) {
      if (results.size >= MAX_REMEMBERED) results.clear();
      result = compute(text);
      results.set(text, result);
    }
    return result;
  };
}

const NEGATIONS = new Set(['not', 'no', 'never', 'nor']);

/**
 * Words that carry meaning: what similarity and give-away checks compare. A negation is fused with
 * the word it negates ("not confirmed" → "not_confirmed"), so that a statement flipped from "has not
 * confirmed" to "confirmed" no longer looks like the same words.
 */
export const contentTokens: (text: string) => readonly string[] = remembered((text) => {
  const out: string[] = [];
  let negated = false;
  for (const t of tokens(text)) {
    if (NEGATIONS.has(t)) negated = true;
    else if (!STOPWORDS.has(t)) {
      out.push(negated ? `not_${t}` : t);
      negated = false;
    }
  }
  return Object.freeze(out);
});

/** The stems of a text's content words. */
const stems: (text: string) => ReadonlySet<string> = remembered((text) => new Set(contentTokens(text).map(stem)));

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size === 0 && sb.size === 0) return 1;
  let inter = 0;
  for (const t of sa) if (sb.has(t)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** Token Jaccard over content words. */
export function textSimilarity(a: string, b: string): number {
  return jaccard(contentTokens(a), contentTokens(b));
}

/** Whether `phrase` occurs in `text` as whole words, after normalisation. */
export function containsPhrase(text: string, phrase: string): boolean {
  const p = normalizeName(phrase);
  if (p === '') return false;
  return ` ${normalizeText(text)} `.includes(` ${p} `);
}

/** Share of the content words of `part` that occur in `whole`. */
export function coverage(part: string, whole: string): number {
  const need = stems(part);
  if (need.size === 0) return 1;
  const have = stems(whole);
  let found = 0;
  for (const t of need) if (have.has(t)) found++;
  return found / need.size;
}

/** A crude stem, enough to match "troops"/"troop", "supplied"/"supplies"/"supply", "confirmed"/"confirm". */
export function stem(token: string): string {
  if (token.length > 4 && /(ies|ied)$/.test(token)) return `${token.slice(0, -3)}y`;
  if (token.length > 5 && token.endsWith('ing')) return token.slice(0, -3);
  if (token.length > 4 && token.endsWith('ed')) return token.slice(0, -2);
  if (token.length > 3 && token.endsWith('s') && !token.endsWith('ss')) return token.slice(0, -1);
  return token;
}
