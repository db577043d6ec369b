// The answers a fill-in-the-blank accepts besides the text's own words, listed in the question so
// that every export (Moodle, QTI, GIFT…) accepts them too, not only our grader:
// - a person's surname for the full name ("Bush" for "George W. Bush"), and the other names the
//   text gives the entity ("Maathai", "the Green Belt Movement");
// - the name without a leading article ("Green Belt Movement");
// - the short form the text itself gives: "Green Belt Movement (GBM)", or initials the text uses;
// - for a team named after its place ("Detroit Pistons"), its plural nickname ("Pistons") and the
//   place alone, when the place is an entity of the text;
// - the article's other spelling of a one-word name ("Ayachucho" / "Ayacucho");
// - for a figure, digits and words both ways ("20", "twenty") and with or without digit grouping;
// - for a word, with or without the article before it ("yawn", "a yawn").
// Case and punctuation are folded by the grader (normalizeName), so they are not listed; a leading
// article is, since not every export folds it.
import { nameFitsKind } from '../distractors/sameKind';
import type { NewsEntity } from '../../domain/facts';
import { normalizeText } from '../text/normalize';
import { numberForms } from '../text/numbers';
import type { FactIndex } from './factIndex';
import { escapeRegExp } from '../text/regExp';

const NAME_SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

function unique(answers: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const a of answers) {
    // Exports compare strings: "20000" and "20,000" are both listed, "Berg" and "berg" once.
    const key = a.trim().toLowerCase().replace(/[‘’]/g, "'");
    if (normalizeText(a) === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(a.trim());
  }
  return out;
}

/** Last word of a person's name that is not a suffix: "George W. Bush" → "Bush". */
export function surnameOf(name: string): string | null {
  const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w.replace(/,$/, '')));
  if (words.length < 2) return null;
  const last = (words[words.length - 1] ?? '').replace(/[,.]$/, '');
  return /^\p{Lu}/u.test(last) ? last : null;
}

/** Initials of the capitalised words: "Green Belt Movement" → "GBM"; null for a one-word name. */
export function initialsOf(name: string): string | null {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w.charAt(0)).join('') : null;
}


/** Short forms the text gives for a name: "X (GBM)", "X, or GBM", or the initials used on their own. */
function shortForms(index: FactIndex, name: string): string[] {
  const bodies = index.facts.articles.map((a) => a.body);
  const out: string[] = [];
  const bare = name.replace(/^the\s+/i, '');
  const given = new RegExp(`${escapeRegExp(bare)},?\\s+(?:\\(|or\\s+)(?:the\\s+)?(\\p{Lu}[\\p{Lu}\\p{Ll}.&]{1,9})\\)?`, 'u');
  for (const body of bodies) {
    const m = given.exec(body);
    if (m?.[1] !== undefined && /\p{Lu}.*\p{Lu}/u.test(m[1])) out.push(m[1]);
  }
  const initials = initialsOf(name);
  if (initials !== null && initials.length >= 2 && bodies.some((b) => new RegExp(`\\b${initials}\\b`).test(b))) out.push(initials);
  return out;
}

/** One edit apart (insert, delete, substitute): a misspelling, not another name. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The article's other spellings of a one-word name of six letters or more. */
function otherSpellings(index: FactIndex, word: string): string[] {
  if (!/^\p{Lu}\p{Ll}{5,}$/u.test(word)) return [];
  return [...index.properWords].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && oneEditApart(w.toLowerCase(), word.toLowerCase()));
}

/** Accepted answers for a blanked name: the words the text has there first, then the variants. */
export function nameAnswers(index: FactIndex, entity: NewsEntity, written: string): string[] {
  const names = index.namesOf(entity).filter((n) => /^(?:the\s+)?\p{Lu}/u.test(n));
  const out: string[] = [written, ...names];
  for (const n of [written, ...names]) {
    out.push(n.replace(/^the\s+/i, ''));
    // Only a name that reads as a person's ("Han Class", typed a person by mistake, is no "Class").
    if (entity.kind === 'PERSON' && nameFitsKind(entity)) {
      const surname = surnameOf(n);
      if (surname !== null) out.push(surname);
    }
    out.push(...shortForms(index, n));
    const words = n.replace(/^the\s+/i, '').split(/\s+/);
    if (entity.kind !== 'PERSON' && words.length >= 2) {
      for (let k = 1; k < words.length; k++) {
        const place = words.slice(0, k).join(' ');
        const rest = words.slice(k).join(' ');
        // A team is its place and a plural nickname ("Detroit Pistons"); "Congressional Record" is no team.
        if (/^\p{Lu}\p{Ll}+s$/u.test(rest) && index.entitiesNamed(place).some((e) => e.kind === 'PLACE' || e.kind === 'COUNTRY')) out.push(rest, place);
      }
    }
  }
  out.push(...otherSpellings(index, written));
  return unique(out);
}

/** Accepted answers for a blanked figure: as written, then digits and words. */
export function figureAnswers(written: string, value: number): string[] {
  return unique([written, ...numberForms(value)]);
}

/** Accepted answers for a blanked word: as written, and with the article the sentence puts before it. */
export function wordAnswers(written: string, articleBefore: string | null): string[] {
  return unique(articleBefore === null ? [written] : [written, `${articleBefore} ${written}`]);
}
