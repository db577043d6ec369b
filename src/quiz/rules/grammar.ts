// Flag (issue 11 §1, §8): what a copy editor would mark in the words a student sees, whatever kind
// made them. Each check is named so that counts per check can be reported:
// - doubled punctuation ("it.”.", "Co.. The", ",,"), an ellipsis excepted;
// - an unpaired quotation mark or bracket;
// - a sentence that starts in lower case (the stem, an ordering item, after a full stop);
// - a stem opening with a conjunction or an unresolved pronoun or deictic (text/selfContained.ts);
// - a word written twice ("the the");
// - a template leftover (a blank outside fill-in, "undefined", "{x}", "[object Object]");
// - a singular title with no article ("Who is Captain of New Zealand?");
// - "a" before a vowel sound or "an" before a consonant, in plain lower-case words.
// Reported as flags (`grammarFlags`), and usable as a rule (`grammar`): a generator may drop what it
// flags, selection may weigh it; the bank does not drop another kind's questions for it.
import { BLANK, type Question } from '../../domain/question';
import { fillInBody } from '../compose/prompts';
import { unresolvedReference } from '../text/selfContained';
import type { QuestionRule } from './types';

export const GRAMMAR_CHECKS = [
  'doubled punctuation',
  'unpaired quotation mark or bracket',
  'lower-case sentence start',
  'stem opens with a conjunction or unresolved reference',
  'doubled word',
  'template leftover',
  'title without an article',
  'a/an before the wrong sound',
] as const;
export type GrammarCheck = (typeof GRAMMAR_CHECKS)[number];

export interface GrammarFlag {
  readonly check: GrammarCheck;
  /** The words flagged, as the student sees them. */
  readonly text: string;
}

interface Shown {
  readonly text: string;
  /** A stem or a statement: a sentence that must read as one. Options may be phrases. */
  readonly sentence: boolean;
  /** What follows the lead: its first word opens the sentence the student reads. */
  readonly stem: boolean;
  /** It follows "According to the article, ", so it may start in lower case. */
  readonly embedded: boolean;
}

const TITLE = '(?:Captain|President|Vice[- ]President|Prime Minister|Minister|Secretary|Secretary-General|Chairman|Chairwoman|Chair|CEO|Director|Head|Leader|Governor|Mayor|King|Queen|Coach|Manager|Spokesman|Spokeswoman|Editor|Chief|Commander|Ambassador|Speaker)';
/** "Who is Captain of New Zealand?": after is/was a singular title needs "the" ("as President of" is fine). */
const BARE_TITLE = new RegExp(`\\b(?:is|was)\\s+${TITLE}\\s+of\\b`);
const DOUBLED_PUNCTUATION = /(?<!\.)\.\.(?!\.)|[,;:]\s*[,;:]|[!?]\s*[.,]|[.!?][”"]\s*\.|,\s*\./u;
const LEFTOVER = /\{[^}]*\}|\$\{|\bundefined\b|\bNaN\b|\[object Object\]|<\/?[a-z]+>|%[sd]\b|\bnull\b/;
const DOUBLED_WORD = /\b(\p{L}+)\s+\1\b/iu;
const ALLOWED_DOUBLES = new Set(['that', 'had', 'is', 'bye', 'ha', 'no', 'very', 'so']);
/** Vowel letters read as consonants ("a union", "a one-day", "a European") and silent h ("an hour"). */
const A_BEFORE_VOWEL = /\b[aA]\s+(?!(?:uni|use|usu|ut|one|once|eu|ewe|ur)\p{L}*)[aeiou]\p{Ll}*/u;
const AN_BEFORE_CONSONANT = /\ban\s+(?!(?:hour|honest|honou?r|heir|herb)\w*)[bcdfghjklmnpqrstvwxyz]\p{Ll}+/u;

function shownTexts(q: Question): Shown[] {
  const lead = /^According to (?:the article|[^,]{1,60}),\s*/i;
  const fill = q.kind === 'FILL_IN_THE_BLANK';
  const stem = fill ? fillInBody(q.prompt) : q.prompt.replace(lead, '');
  const out: Shown[] = [{ text: q.prompt, sentence: true, stem: stem === q.prompt, embedded: false }];
  if (stem !== q.prompt) out.push({ text: stem, sentence: true, stem: true, embedded: !fill });
  switch (q.kind) {
    case 'MULTIPLE_CHOICE':
    case 'WHO_SAID_IT':
    case 'SOURCE_AND_STANDING':
      for (const o of q.options) out.push({ text: o.text, sentence: false, stem: false, embedded: false });
      break;
    case 'MATCHING':
      for (const i of [...q.left, ...q.right]) out.push({ text: i.text, sentence: false, stem: false, embedded: false });
      break;
    case 'ORDERING':
      for (const i of q.items) out.push({ text: i.text, sentence: true, stem: true, embedded: false });
      break;
    default:
      break;
  }
  return out;
}

function unpaired(text: string): boolean {
  const curlyOpen = (text.match(/“/g) ?? []).length;
  const curlyClose = (text.match(/”/g) ?? []).length;
  if (curlyOpen !== curlyClose || (text.match(/"/g) ?? []).length % 2 === 1) return true;
  let round = 0;
  let square = 0;
  for (const c of text) {
    if (c === '(') round += 1;
    if (c === ')') round -= 1;
    if (c === '[') square += 1;
    if (c === ']') square -= 1;
    if (round < 0 || square < 0) return true;
  }
  return round !== 0 || square !== 0;
}

function flagsOf(shown: Shown, kind: Question['kind']): GrammarFlag[] {
  const out: GrammarFlag[] = [];
  const t = shown.text;
  const flag = (check: GrammarCheck, text: string): void => {
    out.push({ check, text });
  };
  const doubled = DOUBLED_PUNCTUATION.exec(t);
  if (doubled !== null) flag('doubled punctuation', t.slice(Math.max(0, doubled.index - 8), doubled.index + doubled[0].length + 4));
  if (unpaired(t)) flag('unpaired quotation mark or bracket', t);
  if (shown.sentence) {
    const first = t.replace(/^[\s“"‘'(]+/, '');
    if (shown.stem && !shown.embedded && /^\p{Ll}/u.test(first)) flag('lower-case sentence start', first.slice(0, 20));
    const inside = /\b\p{Ll}{3,}[.!?]\s+(\p{Ll}+)/u.exec(t);
    if (inside !== null) flag('lower-case sentence start', inside[0]);
  }
  if (shown.stem) {
    const opening = t.charAt(0).toUpperCase() + t.slice(1);
    const reference = t.startsWith(BLANK) ? null : unresolvedReference(opening);
    if (reference !== null) flag('stem opens with a conjunction or unresolved reference', reference);
  }
  const word = DOUBLED_WORD.exec(t);
  if (word !== null && !ALLOWED_DOUBLES.has((word[1] ?? '').toLowerCase())) flag('doubled word', word[0]);
  const leftover = LEFTOVER.exec(t) ?? (kind !== 'FILL_IN_THE_BLANK' && t.includes(BLANK) ? ({ 0: BLANK } as RegExpExecArray) : null);
  if (leftover !== null) flag('template leftover', leftover[0]);
  if (kind === 'FILL_IN_THE_BLANK' && t.split(BLANK).length > 2) flag('template leftover', BLANK);
  const title = shown.sentence ? BARE_TITLE.exec(t) : null;
  if (title !== null) flag('title without an article', title[0]);
  const article = A_BEFORE_VOWEL.exec(t) ?? AN_BEFORE_CONSONANT.exec(t);
  if (article !== null) flag('a/an before the wrong sound', article[0]);
  return out;
}

/** Every grammar flag on the question's student-visible text, one per check and text. */
export function grammarFlags(q: Question): GrammarFlag[] {
  const seen = new Set<string>();
  const out: GrammarFlag[] = [];
  for (const shown of shownTexts(q)) {
    for (const f of flagsOf(shown, q.kind)) {
      const key = `${f.check}|${f.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(f);
    }
  }
  return out;
}

export const grammar: QuestionRule = {
  name: 'grammar',
  check: (q) => grammarFlags(q).map((f) => `${f.check}: “${f.text}”`),
};
