// Causes the article states outright: "because", "due to", "as a result of", ", so", ", causing",
// "As a result," opening the next sentence, and "after"/"following" when the words show a
// consequence rather than a time. Only explicit links count: a cause-and-effect question must be
// answerable from the words, never from world knowledge, and its evidence is the sentence(s) that
// state the link.
import type { Evidence, Sentence } from '../../domain/facts';
import { isQuotedSpan } from './ownVoice';
import type { FactIndex } from './factIndex';

/** A cause given as a clause ("luggage tripped pilgrims") or as a noun phrase ("tidal locking"). */
export type LinkShape = 'CLAUSE' | 'PHRASE';

export interface CauseLink {
  readonly cause: string;
  readonly causeShape: LinkShape;
  readonly effect: string;
  readonly effectShape: LinkShape;
  /** The words that state the link: "because", "due to", "as a result", … */
  readonly connective: string;
  /** The sentence stating the link; for "As a result, …" the sentence before it first. */
  readonly evidence: readonly Evidence[];
}

/** Verbs of consequence: "arrested after the ruling" is a result, "met after lunch" only a time. */
const CONSEQUENCE_VERB =
  /\b(?:arrested|charged|suspended|resigned|resigning|fired|sacked|banned|fined|jailed|sentenced|evacuated|closed|cancell?ed|postponed|withdr[ae]w|withdrawn|apologi[sz]ed|protested|critici[sz]ed|condemned|ordered|recalled|halted|dismissed|expelled|sued|convicted|hospitali[sz]ed|died|injured|hurt|killed|collapsed|rescued|stranded|forced|deducted|disqualified|penali[sz]ed|evicted|grounded|shut|quit|abandoned)\b/i;

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
const DAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** An "after" complement that is a time, not an event: "after two hours", "after Monday", "after 1991". */
const TIME_COMPLEMENT = new RegExp(
  `^(?:(?:nearly|almost|about|around|just|only|more than|less than|over|some)\\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|\\d[\\d,.]*)\\s+(?:\\w+\\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|rounds?|innings|laps?)|half an hour|(?:the )?(?:${DAYS}|${MONTHS}|midnight|noon|dawn|dusk|sunset|sunrise|lunch|dinner|breakfast)|\\d{4}\\b|(?:the )?(?:end|start|beginning|middle|close) of|(?:that|this|which|then|years|months|weeks|days|hours|decades)\\b)`,
  'i',
);

/** A complement with a finite verb reads as a clause ("police found drugs"), else as a phrase. */
const FINITE_VERB = /\b(?:is|are|was|were|had|has|have|did|does|do|will|would|could|can|\w{3,}ed)\b/i;

function shapeOf(text: string): LinkShape {
  return FINITE_VERB.test(text) ? 'CLAUSE' : 'PHRASE';
}

/** The phrase up to its first clause end: "tidal locking" from "tidal locking, the planet …". */
function phraseHead(text: string): string {
  return text.split(/,\s+|;\s+|\s+[–—]\s+|\s+and\s+(?=(?:was|were|is|are|has|had|\w+ed)\b)/)[0]?.trim() ?? text.trim();
}

function evidenceOf(articleId: string, s: Sentence): Evidence {
  return { articleId, sentenceIndex: s.index, start: s.start, end: s.end, text: s.text };
}

/** Reported speech: the link is the speaker's reasoning, not a cause the article states. */
const SPEECH = /\b(?:said|says|say|told|tells|according to|claimed|claims|argued|believes?|thinks?)\b/i;

/**
 * The clause right before the connective: in "No one was hurt, but the South fired back after a
 * shell landed", the shell explains the firing, not the first clause.
 */
function lastClause(text: string): string | null {
  const parts = text.split(/,\s+(?:but|and|while|whereas|yet)\s+|;\s+|\s+[–—]\s+/);
  const last = (parts[parts.length - 1] ?? text).trim();
  // "…, but withdrew due to …": a clause that borrows its subject cannot be cut loose soundly.
  if (parts.length > 1 && last.split(/\s+/).length < 4) return null;
  return last;
}

/** "a lower nutrient intake as well" → "a lower nutrient intake". */
function withoutTrailingAdverb(text: string): string {
  return text.replace(/\s+(?:as well|too|also|instead)$/i, '');
}

function linksInSentence(text: string): Omit<CauseLink, 'evidence'>[] {
  return rawLinks(text).flatMap((l) => {
    const effect = l.effectShape === 'CLAUSE' && l.connective !== 'so' ? lastClause(l.effect) : l.effect;
    const cause = l.causeShape === 'CLAUSE' && l.connective === 'so' ? lastClause(l.cause) : l.cause;
    return effect === null || cause === null ? [] : [{ ...l, effect: withoutTrailingAdverb(effect), cause: withoutTrailingAdverb(cause) }];
  });
}

function rawLinks(text: string): Omit<CauseLink, 'evidence'>[] {
  const t = text.trim().replace(/[.!]+["”’]?$/, '');
  const out: Omit<CauseLink, 'evidence'>[] = [];
  let m: RegExpExecArray | null;
  // "X because Y" (not "because of", not "not only because").
  if ((m = /^(.+?),?\s+(?<!not (?:just|only|simply) )because\s+(?!of\b)(.+)$/i.exec(t)) !== null) {
    out.push({ effect: m[1] as string, effectShape: 'CLAUSE', cause: m[2] as string, causeShape: 'CLAUSE', connective: 'because' });
  }
  // "X because of / due to / as a result of / owing to Y".
  if ((m = /^(.+?),?\s+(because of|due to|as a result of|owing to)\s+(.+)$/i.exec(t)) !== null && !/^(?:because of|due to|as a result of|owing to)\b/i.test(t)) {
    out.push({ effect: m[1] as string, effectShape: 'CLAUSE', cause: phraseHead(m[3] as string), causeShape: 'PHRASE', connective: (m[2] as string).toLowerCase() });
  }
  // "Due to Y, X" / "Because of Y, X" / "As a result of Y, X".
  if ((m = /^(because of|due to|as a result of|owing to)\s+([^,]+),\s+(.+)$/i.exec(t)) !== null) {
    out.push({ effect: m[3] as string, effectShape: 'CLAUSE', cause: m[2] as string, causeShape: 'PHRASE', connective: (m[1] as string).toLowerCase() });
  }
  // "X, causing / prompting / leading to Y".
  if ((m = /^(.+?),\s+(causing|prompting|leading to|resulting in)\s+(.+)$/i.exec(t)) !== null) {
    out.push({ cause: m[1] as string, causeShape: 'CLAUSE', effect: phraseHead(m[3] as string), effectShape: 'PHRASE', connective: (m[2] as string).toLowerCase() });
  }
  // "X, so Y" (a result; "so that" is a purpose, "so far" a time).
  if ((m = /^(.+?),\s+(?:and\s+)?so\s+(?!that\b|far\b|much\b|many\b|called\b|long\b)(.+)$/i.exec(t)) !== null) {
    out.push({ cause: m[1] as string, causeShape: 'CLAUSE', effect: m[2] as string, effectShape: 'CLAUSE', connective: 'so' });
  }
  // "X after / following Y", only when X is a consequence and Y is not a time.
  if ((m = /^(.+?)\s+(after|following)\s+(.+)$/i.exec(t)) !== null) {
    const [effect, connective, complement] = [m[1] as string, (m[2] as string).toLowerCase(), m[3] as string];
    // "charged after leaving the group" orders two acts of one person: a gerund gives a sequence,
    // not a cause, except the passive "after being hit", which says what was done to them.
    const sequence = /^(?!being\b)[a-z]+ing\b/i.test(complement);
    if (CONSEQUENCE_VERB.test(effect) && !TIME_COMPLEMENT.test(complement) && !sequence && !/^(?:after|following)\b/i.test(t)) {
      const shape = shapeOf(complement);
      out.push({ effect, effectShape: 'CLAUSE', cause: shape === 'PHRASE' ? phraseHead(complement) : complement, causeShape: shape, connective });
    }
  }
  return out.filter((l) => !SPEECH.test(l.effect) && !SPEECH.test(l.cause));
}

/** Openings that make the sentence the result of the one before. */
const RESULT_OPENING = /^(as a result|as a consequence|consequently|because of this|for this reason|therefore),\s+(.+)$/i;

/** Every explicit cause-and-effect link the articles state outside quoted speech. */
export function causeLinks(index: FactIndex): CauseLink[] {
  const out: CauseLink[] = [];
  for (const article of index.facts.articles) {
    const sentences = [...article.sentences].sort((a, b) => a.index - b.index);
    sentences.forEach((s, i) => {
      if (isQuotedSpan(article.body, s.start, s.end)) return;
      const ev = evidenceOf(article.id, s);
      for (const link of linksInSentence(s.text)) out.push({ ...link, evidence: [ev] });
      const opening = RESULT_OPENING.exec(s.text.trim().replace(/[.!]+["”’]?$/, ''));
      const before = sentences[i - 1];
      if (opening !== null && before !== undefined && !isQuotedSpan(article.body, before.start, before.end) && !SPEECH.test(opening[2] as string)) {
        out.push({
          cause: before.text,
          causeShape: 'CLAUSE',
          effect: opening[2] as string,
          effectShape: 'CLAUSE',
          connective: (opening[1] as string).toLowerCase(),
          evidence: [evidenceOf(article.id, before), ev],
        });
      }
    });
  }
  return out;
}
