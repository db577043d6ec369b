// A claim as a person would state it for a true/false item: "<Speaker> said <what was said>", one
// clause, in reported speech. Extracted paraphrases come as "X says that …", "X said: “…”" or
// "According to X, …"; the quotation is turned into reported speech (speakerVoice, reportedSpeech),
// a present "says" moves to "said" with its tenses, a long content is cut to its main clause.
// A content that leans on words outside it (a "they" or "this" with nothing to point at, a "do so",
// an opening "But" or "and", a quotation addressed to "you") gives no statement at all.
import type { Claim, NewsEntity } from '../../domain/facts';
import { capitalize, withoutFinalStop } from '../text/format';
import { containsPhrase } from '../text/normalize';
import { backshift, reportQuote } from '../text/reportedSpeech';
import type { FactIndex } from './factIndex';
import { firstPersonPlural, firstPersonSingular } from './speakerVoice';
import { escapeRegExp } from '../text/regExp';

export interface ReportedClaim {
  readonly speaker: NewsEntity;
  /** The name the statement opens with, as the paraphrase writes it. */
  readonly name: string;
  /** Everything after the name: " said the growth was surprising", " had called for talks". */
  readonly rest: string;
  /** The reported content alone for speech ("the growth was surprising"); null for an action ("had called for talks"). */
  readonly content: string | null;
  /** Whether the content came from the speaker's own (quoted) words. */
  readonly fromQuote: boolean;
}

/** Reporting verbs, present form → past form. */
const SPEECH_VERBS: Readonly<Record<string, string>> = {
  said: 'said', says: 'said', added: 'added', adds: 'added', claimed: 'claimed', claims: 'claimed', warned: 'warned',
  warns: 'warned', stated: 'stated', states: 'stated', noted: 'noted', notes: 'noted', insisted: 'insisted',
  insists: 'insisted', reported: 'reported', reports: 'reported', explained: 'explained', explains: 'explained',
  argued: 'argued', argues: 'argued', believes: 'believed', believed: 'believed', announced: 'announced',
  announces: 'announced', estimated: 'estimated', estimates: 'estimated', told: 'told', confirmed: 'confirmed',
  say: 'said', claim: 'claimed', warn: 'warned', state: 'stated', note: 'noted', insist: 'insisted', report: 'reported',
  explain: 'explained', argue: 'argued', believe: 'believed', add: 'added', estimate: 'estimated',
};

/** Most words a true/false statement may have: one clause, the claim's point, not the whole sentence. */
export const MAX_REPORTED_WORDS = 24;
/** A content shorter than this is a fragment ("said that with Britain's The Times"). */
const MIN_CONTENT_WORDS = 3;
/** Content longer than this is cut at its first clause break, when what is left still says something. */
const CUT_ABOVE_WORDS = 18;
const MIN_HEAD_WORDS = 5;

const CLAUSE_BREAK = /(,\s+(?:who|which|where|whose|including|while|as|after|before|when|following|despite|although|though|according|with|the|a|an|but|and|because|since|adding|saying|calling|making|nor|whilst|thanks|so)\b|\s+[–—]\s+|;\s+|:\s+)/gi;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** The content without parentheses ("(MDC)", "(R-AZ)") and cut to its main clause when long. */
export function mainPoint(content: string): string {
  let text = content.replace(/\s*\([^()]*\)/g, '').replace(/\s+/g, ' ').trim();
  // "…had yet to be determined, They won't be …": two sentences spliced; the first is the point.
  const splice = /,\s+(?:They|He|She|It|We|I|This|That)\b/.exec(text);
  if (splice !== null && wordCount(text.slice(0, splice.index)) >= MIN_HEAD_WORDS) text = text.slice(0, splice.index);
  if (wordCount(text) <= CUT_ABOVE_WORDS) return text;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const head = text.slice(0, m.index).trim();
    if (wordCount(head) >= MIN_HEAD_WORDS || (wordCount(head) >= 3 && hasFiniteVerb(head))) {
      text = head;
      break;
    }
  }
  // Still long: the main clause before a subordinate one, where the head is itself a clause.
  if (wordCount(text) > CUT_ABOVE_WORDS) {
    for (const m of text.matchAll(SUBORDINATE_BREAK)) {
      const head = text.slice(0, m.index).trim();
      if (wordCount(head) >= MIN_SUBORDINATE_HEAD_WORDS && hasFiniteVerb(head)) {
        text = head;
        break;
      }
    }
  }
  return text.replace(/[,;:]+$/, '');
}

const SUBORDINATE_BREAK = /\s+(?:because|but|whereas|although|though|since|so that|in order to|including|in line with|in contravention of)\s+/gi;
const MIN_SUBORDINATE_HEAD_WORDS = 6;

/** Pronouns and pointers whose referent is outside the content. */
const THIRD_PERSON = /\b(he|she|him|her|his|hers|himself|herself)\b/i;
const IT_OR_THEY = /\b(it|its|itself|they|them|their|theirs|themselves)\b/i;
/** "It is hard to …", "it was clear that …": a dummy "it" points at nothing. */
const DUMMY_IT = /\bit(?:'s|’s| is| was| would be| will be| has been| had been) (?:\w+ ){0,2}?(?:to|that|for)\b/gi;
const DEMONSTRATIVE_PRONOUN = /\b(this|these|those|that)\b(?=\s*(?:[.,;:!?]|$|\s(?:is|was|are|were|will|would|has|had|can|could|must|should|may|might|means|meant)\b))/i;
const PRO_FORM = /\b(do|did|does|doing|done) (so|that|this|it)\b|\b(the latter|the former|the same)\b|\bhere\b/i;
/** Openings of a piece that continues or hangs off something else: "But …", "and …", "as the home of …", ", as …". */
const FRAGMENT_OPENING = /^(?:[,;:.]|(?:and|but|or|so|because|then|also|too|yet|as|with|while|whereas|although|though|since|however)\b)/i;

/** Finite verbs a clause shows: auxiliaries, modals, common irregular pasts, a regular past. */
const FINITE_VERB = /\b(is|are|was|were|am|has|have|had|will|would|can|could|should|shall|may|might|must|do|does|did|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|can't|couldn't|shouldn't|don't|doesn't|didn't|cannot|became|began|brought|built|bought|came|chose|did|drew|fell|felt|fought|found|got|gave|went|grew|heard|held|kept|knew|led|left|lost|made|meant|met|paid|put|ran|said|saw|sent|sold|set|spoke|spent|stood|struck|took|taught|told|thought|understood|won|wrote|[a-z]{2,}ed)\b/i;

/** A present verb in "-s" after a noun ("trade accounts for"), not a plural after a determiner ("the results"). */
function hasPresentVerb(text: string): boolean {
  const words = text.split(/\s+/);
  return words.some((w, i) => i > 0 && /^[a-z]{3,}s$/.test(w) && !/(ss|us|is)$/.test(w) && !/^(the|a|an|of|and|or|his|her|their|its|our|these|those|many|some|several|all|few|more|most|other|such|two|three|four|five|in|on|at|for|with|by|from|to)$/i.test(words[i - 1] ?? ''));
}

/** Whether the text holds a clause (a finite verb), not only a phrase ("with Britain's The Times"). */
export function hasFiniteVerb(text: string): boolean {
  return FINITE_VERB.test(text);
}

/** Verbs a quotation opens with when it is an order or a wish, not a statement ("Give it to …", "make sure …", "Want to …"). */
const ORDER_VERBS = /^(give|make|let|take|want|hope|hoping|keep|stop|tell|get|go|come|look|see|think|be|do|have|try|help|bring|put|send|remember|forget|imagine|consider|please|route|save|blow|love|thank|join|vote|read|watch|listen|wait|follow|check)$/i;
const AFTER_ORDER = /^(it|me|us|them|him|her|the|a|an|sure|to|this|that|your|our|my|up|out|away|him)$/i;

/** Whether a quotation opens as an order or a wish: there is no statement to report. */
function isOrder(quote: string): boolean {
  const [first = '', second = ''] = quote.split(/\s+/).map((w) => w.replace(/[^\p{L}’']/gu, ''));
  return ORDER_VERBS.test(first) || (/^\p{Ll}/u.test(first) && AFTER_ORDER.test(second));
}

/** A piece that stops mid-thought: "…, although.", "… according to an Internet posting made". */
const DANGLING_END = /\b(although|though|and|but|or|because|that|of|to|with|as|if|while|when|the|a|an|by|for|from|in|on|at|said|says|was|were|is|are|be|which|who|whose|where|however)\s*$/i;

/** The first word of an action must be its verb: "had called …", "criticized …", "did not say …". */
const ACTION_OPENING = /^([a-z]+s|[a-z]+ed|(?:also |later |previously |then )?(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|must|should|may|might)|became|began|brought|built|bought|came|chose|drew|fell|felt|fought|found|got|gave|went|grew|heard|held|kept|knew|led|left|lost|made|met|paid|put|ran|sent|sold|set|spoke|spent|stood|struck|took|told|thought|won|wrote)\b/;

/** Whether the content's own words leave something to the sentences around it. */
function leansOnContext(index: FactIndex, content: string, speaker: NewsEntity, fromQuote: boolean): boolean {
  if (FRAGMENT_OPENING.test(content) || DEMONSTRATIVE_PRONOUN.test(content) || PRO_FORM.test(content)) return true;
  if (fromQuote) {
    // In a speaker's own words every third person is someone else: who is not said.
    return THIRD_PERSON.test(content) || IT_OR_THEY.test(content.replace(DUMMY_IT, ''));
  }
  // Reported speech: "he"/"his" is the speaker (the paraphrase resolves the rest to names); "it"
  // or "they" only as the content's subject, for a body or a group speaking of itself.
  const third = THIRD_PERSON.exec(content);
  if (third !== null && speaker.kind !== 'PERSON') return true;
  // "… Abacha's supporters began a rally to urge him …": with another person named first, "him" is not the speaker.
  if (third !== null && namesAnotherPerson(index, content.slice(0, third.index), speaker)) return true;
  const rest = content.replace(DUMMY_IT, '');
  const first = (rest.match(/^\w+/)?.[0] ?? '').toLowerCase();
  const selfReference = (first === 'it' && speaker.kind !== 'PERSON' && speaker.kind !== 'GROUP') || (first === 'they' && speaker.kind !== 'PERSON');
  const after = selfReference ? rest.replace(/^\w+/, '') : rest;
  const m = IT_OR_THEY.exec(after);
  return m !== null && !hasAntecedent(after.slice(0, m.index), (m[1] ?? '').toLowerCase());
}

function namesAnotherPerson(index: FactIndex, text: string, speaker: NewsEntity): boolean {
  return index.facts.entities.some((e) => e.kind === 'PERSON' && e.id !== speaker.id && index.namesOf(e).some((n) => containsPhrase(text, n) || containsPhrase(text, n.split(' ').slice(-1)[0] ?? n)));
}

/**
 * Whether the words before a pronoun offer it something to point at: a noun after a determiner
 * ("more information … when it becomes available") or a name; for "they" a plural.
 */
function hasAntecedent(before: string, pronoun: string): boolean {
  const words = before.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length < 2) return false;
  const plural = /^(they|them|their|theirs|themselves)$/.test(pronoun);
  return words.some((w, i) => {
    const bare = w.replace(/[^A-Za-z’'-]/g, '');
    if (bare === '') return false;
    if (plural) return i > 0 && (/[a-z]{3,}s$/.test(bare) && !/(ss|us|is)$/.test(bare));
    const prev = (words[i - 1] ?? '').toLowerCase();
    // A name may open the content ("Ukraine, together with its partners, …").
    return /^[A-Z][a-z]/.test(bare) || (i > 0 && /^(the|a|an|more|some|any|this|that|his|her|its|their|our)$/.test(prev));
  });
}

function quotesPaired(text: string): boolean {
  return (text.match(/"/g) ?? []).length % 2 === 0 && (text.match(/“/g) ?? []).length === (text.match(/”/g) ?? []).length;
}

/**
 * The article's own-voice statement when it reads alone and briefly: a clause (a finite verb), at
 * most MAX_REPORTED_WORDS words, every "he", "it" or "they" after something it can point at.
 */
export function ownVoicePoint(statement: string): string | null {
  const text = mainPoint(withoutFinalStop(statement.trim()));
  const afterThat = /\bthat\s+(.*)$/.exec(text)?.[1];
  if (afterThat !== undefined && !(hasFiniteVerb(afterThat) || hasPresentVerb(afterThat))) return null;
  if (wordCount(text) > MAX_REPORTED_WORDS || !(hasFiniteVerb(text) || hasPresentVerb(text)) || /[[\]]/.test(text) || DANGLING_END.test(text) || /\baccording to\b/i.test(text)) return null;
  for (const pattern of [THIRD_PERSON, IT_OR_THEY]) {
    const rest = text.replace(DUMMY_IT, '');
    const m = pattern.exec(rest);
    if (m !== null && !hasAntecedent(rest.slice(0, m.index), (m[1] ?? '').toLowerCase())) return null;
  }
  return text;
}

/** Whether a speaker is a name, not a common noun read as one: groups ("election officials") excepted. */
export function reliableSpeaker(index: FactIndex, speaker: NewsEntity): boolean {
  return speaker.kind === 'GROUP' || /\p{Lu}/u.test(index.displayName(speaker));
}

/** How a name may open the paraphrase: "the Biden administration" as "The Biden administration" too. */
function heads(index: FactIndex, speaker: NewsEntity): string[] {
  const names = [...index.namesOf(speaker)].sort((a, b) => b.length - a.length);
  return names.flatMap((n) => {
    const bare = n.replace(/^the /i, '');
    return bare === '' ? [] : [bare, `The ${bare}`, `the ${bare}`];
  });
}


/** The paraphrase split into the speaker's head and what follows it, or null when it does not open with the speaker. */
function afterSpeaker(index: FactIndex, speaker: NewsEntity, paraphrase: string): { head: string; rest: string; according: boolean } | null {
  for (const head of heads(index, speaker)) {
    const according = new RegExp(`^According to ${escapeRegExp(head)}, `).exec(paraphrase);
    if (according !== null) return { head, rest: paraphrase.slice(according[0].length), according: true };
    if (paraphrase.startsWith(`${head} `)) return { head, rest: paraphrase.slice(head.length + 1), according: false };
  }
  return null;
}

/**
 * The claim as "<Speaker> said <content>" (or "<Speaker> <did something>"), or null when it has no
 * named speaker or cannot be stated on its own. The name is the one a reader of the article knows.
 */
export function reportedClaim(index: FactIndex, claim: Claim): ReportedClaim | null {
  const speaker = index.entity(claim.speakerId);
  if (speaker === undefined) return null;
  const paraphrase = withoutFinalStop(claim.paraphrase.trim());
  // "statement said", "new report said": a common noun the extraction took for a speaker.
  if (!reliableSpeaker(index, speaker)) return null;
  const split = afterSpeaker(index, speaker, paraphrase);
  if (split === null) return null;
  // The name the paraphrase gives ("Berg" once the article has said "Anna Berg"), else the one readers know.
  const name = capitalize(split.according || /['’]s\b/.test(split.head) ? index.displayName(speaker) : split.head);
  let content: string;
  let verb = 'said';
  let fromQuote = false;
  if (split.according) {
    content = backshift(split.rest);
  } else {
    const m = /^(?:(?:has|have) )?(\w+)(?: reporters)?(:|,)?\s+(?:that\s+)?/.exec(split.rest);
    const past = m === null ? undefined : SPEECH_VERBS[(m[1] ?? '').toLowerCase()];
    if (m === null || past === undefined) {
      // Not speech ("had called for talks", "did not say how soon …"): the action as the paraphrase states it.
      if (!/^[a-z]/.test(split.rest)) return null;
      const action = mainPoint(split.rest);
      if (/\bthat (?:why|how|what|whether|where|when)\b/i.test(action)) return null;
      const afterThat = /\bthat\s+(.*)$/.exec(action)?.[1];
      if (afterThat !== undefined && !hasFiniteVerb(afterThat)) return null;
      if (wordCount(action) < MIN_CONTENT_WORDS || leansOnContext(index, action, speaker, false) || !ACTION_OPENING.test(action) || DANGLING_END.test(action) || !quotesPaired(action)) return null;
      const statement = `${name} ${action}`;
      return wordCount(statement) > MAX_REPORTED_WORDS ? null : { speaker, name, rest: ` ${action}`, content: null, fromQuote: false };
    }
    verb = past === 'told' ? 'said' : past;
    const body = split.rest.slice(m[0].length);
    const quoted = /^[“"](.*)[”"]$/.exec(body.trim());
    if (quoted !== null || m[2] === ':') {
      // A country or a place does not speak in quotation marks: such a speaker is a misread one.
      if (speaker.kind === 'COUNTRY' || speaker.kind === 'PLACE') return null;
      fromQuote = true;
      const words = claim.quote ?? quoted?.[1] ?? body;
      const opening = words.replace(/^[\s"“]+/, '');
      if (isOrder(opening)) return null;
      // The speaker's own third persons ("he", "they", "this") are checked before "I" becomes "he".
      if (leansOnContext(index, words.replace(/^[\s"“]+|[\s"”.!,]+$/g, ''), speaker, true)) return null;
      const reported = reportQuote(words, firstPersonSingular(index, speaker), firstPersonPlural(index, speaker));
      if (reported === null) return null;
      content = reported;
    } else {
      // A present "says" becomes "said", and what follows moves back with it; "said … is" stays as written.
      content = past === m[1]?.toLowerCase() ? body : backshift(body);
    }
  }
  content = mainPoint(withoutFinalStop(content.trim()));
  // "said the BBC that …", "said LA Weekly in a statement that …": the addressee of "told", not what was said.
  const addressee = /^(?:the )?[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}(?: in a statement| in an interview)? that\s+(?=\S)/.exec(content);
  if (addressee !== null && !fromQuote) content = content.slice(addressee[0].length);
  // "said the BBC the planet is …": an outlet the speaker told, written where "told" had it.
  const outlet = fromQuote ? undefined : index.facts.entities.filter((e) => e.kind === 'OUTLET').flatMap((e) => index.namesOf(e)).find((n) => new RegExp(`^(?:the )?${escapeRegExp(n)} (?=[a-z])`, 'i').test(content));
  if (outlet !== undefined) content = content.replace(new RegExp(`^(?:the )?${escapeRegExp(outlet)} `, 'i'), '');
  // "… have not said that why …", "asserted One speaker, who …": the extraction cut the clause wrongly.
  if (/\bthat (?:why|how|what|whether|where|when)\b/i.test(content) || /^[A-Z][a-z]+ [a-z]+, (?:who|which)\b/.test(content)) return null;
  // "said with Britain's The Times", "said one of the most generous pledges": a phrase, not what was said.
  // "said discussing his concern …", "said quoting North Korea's agency": a participle phrase, not a statement.
  if (!fromQuote && /^[a-z]+ing\s+(?:his|her|their|its|the|a|an|[A-Z])/.test(content)) return null;
  if (!(hasFiniteVerb(content) || hasPresentVerb(content) || /\b(?:they|we|people|[A-Za-z]{3,}s)\s+[a-z]{3,}\b/.test(content))) return null;
  if (/[[\]]/.test(content) || (!hasFiniteVerb(content) && /^(with|in|on|at|for|of|by|from|to|about|one of|some of|after|before|during)\b/i.test(content))) return null;
  if (wordCount(content) < MIN_CONTENT_WORDS || !quotesPaired(content) || (!fromQuote && leansOnContext(index, content, speaker, false)) || DANGLING_END.test(content)) return null;
  if (fromQuote && FRAGMENT_OPENING.test(content)) return null;
  content = index.embed(content);
  const rest = ` ${verb} ${content}`;
  if (wordCount(`${name}${rest}`) > MAX_REPORTED_WORDS) return null;
  return { speaker, name, rest, content, fromQuote };
}

/** The statement itself: "Mark Potach said the growth was surprising". */
export function reportedStatement(r: ReportedClaim): string {
  return `${r.name}${r.rest}`;
}
