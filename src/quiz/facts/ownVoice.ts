// A claim the article states in its own voice, as a statement a student can read on its own. On
// extracted facts such a claim is the article's sentence, and a sentence out of its paragraph often
// leans on its neighbours: "But they failed, she said." names no one, "I do not hate him" is a
// speaker's words with the speaker lost. Those are left out; a leading connective is dropped; a long
// sentence is cut to its main clause, so the statement tests the point rather than the wording.
import type { TimelineEntry } from '../../domain/facts';
import type { FactIndex } from './factIndex';
import { normalizeText } from '../text/normalize';

/** Connectives that tie a sentence to the one before; the statement stands without them. */
const LEADING_CONNECTIVE = /^(?:(?:but|and|or),?\s+|(?:meanwhile|however|also|moreover|furthermore|in addition|nevertheless|still|so),\s+)/i;

/** Openings that point at something outside the sentence. "There is/was" points at nothing, so it stays. */
const DEICTIC_OPENING = /^(he|she|it|they|them|him|her|his|hers|its|their|theirs|this|that|these|those|such|here|then|both|neither|the latter|the former|the two|the group|the pair)\b/i;

/** Words of a speaker in the first or second person: the article's own voice never uses them. */
const FIRST_OR_SECOND_PERSON = /\b(i|i'm|i’m|i've|i’ve|me|my|mine|myself|we|we're|we’re|us|our|ours|ourselves|you|your|yours)\b/i;

/** A speech tag left at the end: "…, she said", "…, the teenager continued". */
const SPEECH_TAG = /,\s*(?:[a-z]+\s+){0,3}(said|says|added|adds|continued|told|explained|noted|stated|insisted|argued|warned|wrote)\b[^,]*$/i;

/** A speech tag in the middle: "…, she said, …". */
const MID_SPEECH_TAG = /,\s*(he|she|they|[a-z]+ [a-z]+) (said|says|added|continued)\s*,/i;

/** Where a long sentence may be cut, keeping what comes before: a relative, participial or appended clause. */
const CLAUSE_BREAK = /(,\s+(who|which|where|whose|including|while|as|after|before|when|following|despite|although|though|according|in order|to)\b|\s+[–—-]\s+|;\s+|:\s+)/i;

export const MAX_STATEMENT_WORDS = 28;
/** Fewer words than this is a fragment ("Jim.", a byline), not a statement. */
export const MIN_STATEMENT_WORDS = 5;
const MIN_MAIN_CLAUSE_WORDS = 6;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The main clause of a long sentence, or the sentence when it is short enough or cannot be cut soundly. */
function mainClause(text: string): string {
  if (wordCount(text) <= MAX_STATEMENT_WORDS) return text;
  const m = CLAUSE_BREAK.exec(text);
  if (m === null) return text;
  const head = text.slice(0, m.index).trim();
  return wordCount(head) >= MIN_MAIN_CLAUSE_WORDS ? head : text;
}

/**
 * Whether a text can be read without the sentences around it: it opens with no pronoun or
 * connective, carries no speech tag, no first- or second-person words outside quotation marks, and
 * no quotation mark without its partner. Timeline steps shown as items are held to this too.
 */
export function standsAlone(text: string): boolean {
  const t = text.trim();
  if (DEICTIC_OPENING.test(t) || LEADING_CONNECTIVE.test(t)) return false;
  if (SPEECH_TAG.test(t) || MID_SPEECH_TAG.test(t)) return false;
  if (hasFirstOrSecondPerson(t)) return false;
  return quotesPaired(t) && !/^[“"]/.test(t);
}

/** First- or second-person words outside quotation marks ("U.S." is no "us"). */
export function hasFirstOrSecondPerson(text: string): boolean {
  return FIRST_OR_SECOND_PERSON.test(text.replace(/[“"][^”"]*[”"]/g, ' ').replace(/\bU\.S\.?/g, ''));
}

function quotesPaired(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  return straight % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/**
 * The article's own-voice sentence as a self-contained statement without its final stop, or null
 * when it cannot stand alone: a pronoun or "this" with nothing to point at, a speaker's first-person
 * words, a speech tag whose speaker the facts do not name, a quotation cut in half, a question,
 * a fragment, or (`quoted`) a sentence that is itself inside a quotation.
 */
export function ownVoiceStatement(paraphrase: string, quoted = false): string | null {
  // Words inside quotation marks are a speaker's, not the article's: with the speaker unknown, they
  // cannot become a statement of fact, and an opinion must stay its speaker's.
  if (quoted) return null;
  let text = paraphrase.trim().replace(/[.!]+["”’]?$/, '').trim();
  if (text.endsWith('?')) return null;
  for (let m = LEADING_CONNECTIVE.exec(text); m !== null; m = LEADING_CONNECTIVE.exec(text)) text = text.slice(m[0].length);
  if (wordCount(text) < MIN_STATEMENT_WORDS || !standsAlone(text)) return null;
  text = mainClause(text);
  if (wordCount(text) > MAX_STATEMENT_WORDS + 12) return null;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * Whether the body's span [start, end) is quoted speech: it holds a curly quotation mark, or its
 * paragraph opened a quotation before it that has not closed ("“… schools. They are afraid of women.").
 */
export function isQuotedSpan(body: string, start: number, end: number): boolean {
  const span = body.slice(start, end);
  if (/[“”]/.test(span) || /^\s*"|"\s*$/.test(span)) return true;
  const paragraphStart = body.lastIndexOf('\n', start - 1) + 1;
  const before = body.slice(paragraphStart, start);
  const opens = (before.match(/“/g) ?? []).length;
  const closes = (before.match(/”/g) ?? []).length;
  return opens > closes || (before.match(/"/g) ?? []).length % 2 === 1;
}

/** Timeline steps whose labels a student can read as items or options without the article beside them. */
export function readableSteps(index: FactIndex): readonly TimelineEntry[] {
  return index.facts.timeline.filter((t) => standsAlone(t.label));
}

/**
 * Whether a statement is the article's wording: its words, in order, all within one sentence
 * (a sentence cut short or with an aside dropped is still the sentence). A true statement so made
 * is recognition, not reading; a curated paraphrase ("after first presenting it") is not a copy.
 */
export function copiesWording(index: FactIndex, statement: string): boolean {
  const words = normalizeText(statement).split(' ').filter((w) => w !== '');
  if (words.length === 0) return false;
  return index.facts.articles.some((a) =>
    a.sentences.some((s) => {
      const have = normalizeText(s.text).split(' ');
      let i = 0;
      for (const w of have) if (w === words[i]) i++;
      return i === words.length;
    }),
  );
}
