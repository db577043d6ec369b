// A timeline step as a student reads it among ordering items: one event, short, with its subject
// ("Acer withdrew from the launch"), never the article's whole sentence, never a fragment ("which
// posted internal church documents", "Since its founding", "Brazil in September 2000 and
// Guayaquil"), and never a plan: "where he will pay tribute …" is not something that happened.
//
// The date is taken out of the item, so the student has to find each event in the article rather
// than sort the dates printed in front of them; the explanation gives the dates.
import type { DateRef, TimelineEntry } from '../../domain/facts';
import { tagWords, type TaggedWord } from '../text/partsOfSpeech';
import type { FactIndex } from './factIndex';
import { escapeRegExp } from '../text/regExp';

/** Longest item, in words: longer is a sentence to read, not an event to place. */
export const MAX_EVENT_WORDS = 14;
/** Shortest: "Acer withdrew" says too little to find in the text. */
export const MIN_EVENT_WORDS = 3;

/**
 * Words that make a step a plan, a forecast or a possibility rather than what happened. "may" only
 * in lower case: "in May" is a month.
 */
const PLAN_WORDS = /\b(will|won['’]t|would|shall|(?:is|are|was|were) (?:to|due to|set to|expected to|scheduled to|going to|about to)|(?:plans|planned|planning) to|intends? to|aims? to|hopes? to|expects? to|expected|scheduled|upcoming|forthcoming|could|might|next)\b|\bmay\b(?! \d)/;

/** Openings that make a clause a piece of another sentence. */
const FRAGMENT_OPENING = /^(which|who|whom|whose|where|when|whenever|while|whereas|before|after|since|until|till|as|because|although|though|if|unless|that|and|but|or|nor|so|then|to|with|without|during|following|despite|by|from|of|for|having|being|including|once)\b/i;

/** Pronouns that point outside the item ("entered them into the record"). */
const LOOSE_PRONOUN = /^(they|them|it|this|these|those|theirs|itself|themselves|we|us|you|i|me)$/i;
const PERSONAL_PRONOUN = /^(he|she|him|her|his|hers|himself|herself)$/i;

const SPEECH_VERB = /^(said|says|told|tells|announced|announces|stated|states|reported|reports|claimed|claims|added|confirmed|denied|warned|argued)$/i;

/** Where an event's words stop: a comma, a new clause, an aside. */
const CLAUSE_END_WORD = /^(which|who|whom|whose|where|while|whereas|because|although|though|including|according|but|after|before|since|until|as|when|whilst|despite|following|amid|then)$/i;
const CLAUSE_END_PUNCT = /^[,;:—–()[\]]$|^--$/;

/** Words an item never ends on: "Whitmore told LA Weekly that", "withdrew from the". */
const DANGLING = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PUNCT']);

/** Whether the step is planned, expected or possible rather than past: by its words or by its date. */
export function isPlanned(entry: TimelineEntry, publishedAt: string | null): boolean {
  if (PLAN_WORDS.test(entry.label) || PLAN_WORDS.test(entry.evidence.text)) return true;
  // A date after the article was written is a plan, whatever the verb ("from the 29 November").
  return publishedAt !== null && entry.date.precision !== 'UNRESOLVED' && entry.date.start > publishedAt;
}


/**
 * The label without its date ("in September 2003", "on Wednesday", "today (Thursday)"), without
 * asides in brackets, without a leading "In March," and with a doubled word said once ("the first
 * First SACN Summit"). Null when the date is not in the label (nothing ties the label to the date).
 */
export function withoutDate(label: string, date: DateRef): { text: string; at: number } | null {
  let text = label.replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  // "January 28, 1986" may be written "January 28" where the year is given elsewhere.
  const dateText = [date.text.trim(), date.text.trim().replace(/,?\s+\d{4}$/, '')].find((d) => new RegExp(`\\b${escapeRegExp(d)}\\b`, 'i').test(text)) ?? date.text.trim();
  const dateWords = escapeRegExp(dateText).replace(/\\? /g, '\\s+');
  const pattern = new RegExp(`(^|\\s|,)(?:(?:back|as|ever|starting|beginning)\\s+)?(?:(?:early|late)\\s+)?(?:(?:on|in|at|since|from|during|by|until|through|of|for)\\s+)?(?:the\\s+)?${dateWords}(?:\\s+(?:morning|afternoon|evening|night))?(?=$|[\\s,.;:])`, 'i');
  const m = pattern.exec(text);
  if (m === null) {
    // Curated labels ("Putin makes a rare trip to North Korea") need not repeat the date.
    const named = new RegExp(dateWords, 'i').test(text);
    return named || /\d|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i.test(text) ? null : { text: tidy(text), at: -1 };
  }
  const at = m.index + (m[1] ?? '').length;
  // "simulations of 2003 climate", "the Monday edition", "the 2015 NFL season": the date qualifies a
  // noun, and the label without it would not read.
  const next = tagWords(text.slice(m.index + m[0].length))[0];
  if (next !== undefined && /^[\p{L}]/u.test(next.text) && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) return null;
  text = `${text.slice(0, at)}${text.slice(m.index + m[0].length)}`.replace(/^\s*,\s*/, '').replace(/\s+,/g, ',').replace(/\s+/g, ' ').trim();
  return { text: tidy(text), at: Math.min(at, text.length) };
}

function tidy(text: string): string {
  // A final stop goes, but not the one of an abbreviation ("to the U.S.").
  return text.replace(/\b(\w+)\s+(\1)\b/gi, '$1').replace(/[\s,;:]+$/, '').replace(/(?<!\b[A-Z])\.$/, '').trim();
}

function wordsOf(tokens: readonly TaggedWord[]): number {
  return tokens.filter((t) => t.pos !== 'PUNCT').length;
}

/**
 * The step as one short event with its subject, or null when it cannot be one: a plan, a fragment,
 * no subject before the verb, a pronoun with nothing to point at, a date that belongs to a clause
 * the item leaves out, or too long to be one event.
 */
export function eventPhrase(entry: TimelineEntry, publishedAt: string | null, leadName: string | null = null): string | null {
  if (isPlanned(entry, publishedAt)) return null;
  const stripped = withoutDate(entry.label, entry.date);
  if (stripped === null) return null;
  let text = stripped.text;
  let dateAt = stripped.at;
  // "He was released on bail": the person the extractor resolved "he" to, named.
  const pronoun = /^(he|she)\b/i.exec(text);
  if (pronoun !== null && leadName !== null) {
    text = `${leadName}${text.slice(pronoun[0].length)}`;
    dateAt += leadName.length - pronoun[0].length;
  }
  // "Taiwan — The Taipei City Lantern Festival was …": a dateline left in front.
  const dash = /^[^,—–]{1,30}\s[—–]\s/.exec(text);
  if (dash !== null) {
    text = text.slice(dash[0].length);
    dateAt -= dash[0].length;
  }
  if (FRAGMENT_OPENING.test(text)) return null;
  const tokens = tagWords(text);
  if (stripped.at < 0) return curatedEvent(text, tokens);
  const verb = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (verb < 1 || verb > 8) return null;
  const subject = tokens.slice(0, verb);
  const first = subject[0] as TaggedWord;
  // "At least 76 people were killed", "Over 4 million visitors attended": a hedged figure as subject.
  const hedgedFigure = subject.slice(0, 3).some((t) => t.pos === 'NUM') && /^(at|over|more|nearly|almost|about|around|some|up)$/i.test(first.text);
  if (!['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(first.pos) && !hedgedFigure) return null;
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return null;
  if (subject.some((t) => t.text === ',' || LOOSE_PRONOUN.test(t.text) || PERSONAL_PRONOUN.test(t.text))) return null;
  let end = tokens.length;
  for (let i = verb + 1; i < tokens.length; i++) {
    const t = tokens[i] as TaggedWord;
    if (CLAUSE_END_PUNCT.test(t.text) || CLAUSE_END_WORD.test(t.text)) {
      end = i;
      break;
    }
  }
  let kept = tokens.slice(0, end);
  // Too long: cut before the last preposition that leaves the verb and two words after it.
  if (wordsOf(kept) > MAX_EVENT_WORDS) {
    let cut = -1;
    kept.forEach((t, i) => {
      if (i > verb + 2 && i <= MAX_EVENT_WORDS - 2 && t.pos === 'ADP') cut = i;
    });
    if (cut > 0) kept = kept.slice(0, cut);
  }
  const trim = (): void => {
    while (kept.length > verb + 1 && (DANGLING.has((kept[kept.length - 1] as TaggedWord).pos) || /^that$/i.test((kept[kept.length - 1] as TaggedWord).text))) kept = kept.slice(0, -1);
  };
  trim();
  // A speech verb left without what was said ("Whitmore told LA Weekly", "Shalala says UNOS") is not the dated event.
  const speech = kept.findIndex((t, i) => i >= verb && SPEECH_VERB.test(t.text));
  if (speech >= 0 && wordsOf(kept.slice(speech + 1)) <= 2) return null;
  if (wordsOf(kept) < MIN_EVENT_WORDS || wordsOf(kept) > MAX_EVENT_WORDS) return null;
  const last = kept[kept.length - 1] as TaggedWord;
  // The date must sit on the event kept, not on a clause cut off after it.
  if (dateAt > last.end + 1) return null;
  // "he" and "his" only with a named subject to point at; "them", "it", "this" never.
  if (kept.some((t) => LOOSE_PRONOUN.test(t.text) && t.pos === 'PRON')) return null;
  if (kept.some((t) => PERSONAL_PRONOUN.test(t.text)) && !subject.some((t) => t.pos === 'PROPN')) return null;
  const phrase = text.slice(0, last.end).replace(/\s+/g, ' ').trim();
  if (!quotesPaired(phrase)) return null;
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
}

function quotesPaired(text: string): boolean {
  return (text.match(/"/g) ?? []).length % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/** The person a step's leading "he" or "she" stands for, when the facts resolve it. */
function leadPersonName(index: FactIndex, entry: TimelineEntry): string | null {
  if (!/^(he|she)\b/i.test(entry.label)) return null;
  const m = index.facts.mentions.find((x) => x.evidence.articleId === entry.evidence.articleId && x.evidence.start === entry.evidence.start);
  const person = m === undefined ? undefined : index.entity(m.entityId);
  return person === undefined || person.kind !== 'PERSON' ? null : index.displayName(person);
}

/** A step as an ordering item, with the facts the phrase needs (the article's date, who "he" is). */
export function stepPhrase(index: FactIndex, entry: TimelineEntry): string | null {
  return eventPhrase(entry, index.article(entry.articleId)?.publishedAt ?? null, leadPersonName(index, entry));
}

/**
 * A label that does not carry its date was written as an event ("Ruritania and Freedonia sign a
 * reconstruction agreement"): the tagger often misreads such present-tense headlines ("sign" as a
 * noun), so only length and pointing words are checked.
 */
function curatedEvent(text: string, tokens: readonly TaggedWord[]): string | null {
  if (wordsOf(tokens) < MIN_EVENT_WORDS || wordsOf(tokens) > MAX_EVENT_WORDS) return null;
  if (tokens.some((t) => LOOSE_PRONOUN.test(t.text) && t.pos === 'PRON') || PERSONAL_PRONOUN.test(tokens[0]?.text ?? '')) return null;
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
