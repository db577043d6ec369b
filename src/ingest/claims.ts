// Claims from attributions: standing and modality from the wording, what the claim is about, a
// paraphrase that stands alone, and which earlier claim a doubt or denial answers.

import type { Claim, Evidence } from '../domain/facts';
import { QUOTE_PIECE_SEPARATOR } from '../domain/validateFacts';
import type { Attribution } from './attributions';
import type { EntityTable, MentionDraft } from './entityTable';
import { evidenceOf } from './evidence';
import { firstStartingAtOrAfter } from './spans';
import { STANCE_VERBS } from './lexicon/speech';
import { modalityOf, standingOf } from './standing';

const STANCES: ReadonlySet<string> = new Set(STANCE_VERBS);

/** "has strongly criticized", "called for": the verb (one or two words, after its auxiliaries) takes a stance. */
function isStance(verb: string): boolean {
  const words = verb.toLowerCase().split(/\s+/);
  return STANCES.has(words.slice(-2).join(' ')) || STANCES.has(words[words.length - 1] ?? '');
}

/** How many earlier claims a doubt or denial is compared with. */
const ANSWER_WINDOW = 60;

const STOP_WORDS = new Set(
  'a an the of to in on at for with by from and or but that this these those is are was were be been has have had it its their his her they he she we our not no do does did will would said says as into about than more also'.split(' '),
);

export function buildClaims(body: string, articleId: string, attributions: readonly Attribution[], table: EntityTable): Claim[] {
  const claims: Claim[] = [];
  const contents: Array<Set<string>> = [];
  // Sorted once (stably, by start) so each claim finds its mentions by binary search, not a scan.
  const byStart = [...table.mentions].sort((a, b) => a.start - b.start);
  const namesOf = new Map<string, MentionDraft[]>();
  for (const m of byStart) {
    if (m.how !== 'NAME') continue;
    const list = namesOf.get(m.entityId) ?? [];
    if (list.length === 0) namesOf.set(m.entityId, list);
    list.push(m);
  }
  attributions.forEach((attribution, index) => {
    const id = `claim-${index + 1}`;
    const { aside } = attribution;
    // The speaker's words only: an attribution standing inside them ("..., the company said, ...")
    // is cut out, the comma before it kept so the clauses still read apart.
    const content =
      aside && aside.start >= attribution.contentStart && aside.end <= attribution.contentEnd
        ? body.slice(attribution.contentStart, aside.start) + body.slice(aside.end, attribution.contentEnd)
        : body.slice(attribution.contentStart, attribution.contentEnd);
    const quoteText = quoteWithin(body, attribution);
    const worded = attribution.standing ?? standingOf(content, attribution.kind === 'QUOTE' ? '' : attribution.verb);
    const replied = worded === 'ASSERTED' ? negatedReply(body, attributions, index, content, table) : -1;
    const standing = replied >= 0 ? 'DENIED' : worded;
    const speakerName = attribution.speakerId ? nameInSentence(table, attribution.speakerId) : null;
    const inContent = mentionsWithin(byStart, attribution.contentStart, attribution.contentEnd);
    const subjectIds = uniqueEntities(inContent, [attribution.speakerId, attribution.viaId]);
    const words = contentWords(content);
    const respondsToId = replied >= 0 ? `claim-${replied + 1}` :
      standing === 'ASSERTED' || standing === 'CONFIRMED' || standing === 'UNDER_INVESTIGATION'
        ? null
        : answeredClaim(claims, contents, words, attribution, body.slice(attribution.contentStart, attribution.contentEnd), inContent);
    const evidence: Evidence[] = [evidenceOf(body, articleId, attribution.sentenceIndex, attribution.spanStart, attribution.spanEnd)];
    const antecedent = antecedentOf(attribution, namesOf);
    if (antecedent) evidence.push(evidenceOf(body, articleId, antecedent.sentenceIndex, antecedent.start, antecedent.end));
    if (attribution.speakerSpan) evidence.push(evidenceOf(body, articleId, attribution.sentenceIndex, attribution.speakerSpan.start, attribution.speakerSpan.end));
    claims.push({
      id,
      articleId,
      speakerId: attribution.speakerId,
      viaId: attribution.viaId,
      subjectIds,
      paraphrase: paraphrase(attribution, speakerName, content, quoteText, opensSentence(body, attribution, inContent), body),
      quote: quoteText,
      standing,
      modality: isStance(attribution.verb) ? 'OPINION' : modalityOf(content),
      date: attribution.date?.ref ?? null,
      placeId: attribution.placeId,
      respondsToId,
      evidence,
    });
    contents.push(words);
  });
  return claims;
}

/**
 * The speaker's words inside the marks, as far as the statement's span reaches (a closing period
 * inside the marks may fall outside it), the pieces of a quotation broken by its attribution joined
 * with an ellipsis. A trailing comma inside the marks is the attribution's punctuation.
 */
function quoteWithin(body: string, attribution: Attribution): string | null {
  const pieces = attribution.quotes
    .map((q) => body.slice(Math.max(q.start, attribution.spanStart), Math.min(q.end, attribution.spanEnd)).trim().replace(/,$/, ''))
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece));
  return pieces.length > 0 ? pieces.join(QUOTE_PIECE_SEPARATOR) : null;
}

/**
 * The content starts its sentence with a word that is not a name: its capital is grammar, and it is
 * lowered once the speaker goes before it ("The police said that nobody was hurt").
 */
function opensSentence(body: string, attribution: Attribution, inContent: readonly MentionDraft[]): boolean {
  if (attribution.aside === null) return false;
  const before = body.slice(Math.max(0, attribution.contentStart - 2), attribution.contentStart);
  const atStart = attribution.contentStart === 0 || /(?:^|[.!?\n—–-])\s*$/.test(before);
  return atStart && !inContent.some((m) => m.start === attribution.contentStart);
}

/** How many words of the statement's content stand outside its quotation marks and its aside. */
function wordsOutsideQuotes(attribution: Attribution, body: string): number {
  let text = '';
  for (let i = attribution.contentStart; i < attribution.contentEnd; i += 1) {
    const inQuote = attribution.quotes.some((q) => i >= q.start && i < q.end);
    const inAside = attribution.aside !== null && i >= attribution.aside.start && i < attribution.aside.end;
    text += inQuote || inAside ? ' ' : (body[i] ?? ' ');
  }
  return text.split(/[^\p{L}]+/u).filter(Boolean).length;
}

function paraphrase(attribution: Attribution, speaker: string | null, content: string, quote: string | null, capitalIsGrammar = false, body = ''): string {
  const text = content.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  const plain = capitalIsGrammar && /^\p{Lu}\p{Ll}+\b/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  if (!speaker) return ensurePeriod(sentenceCase(plain));
  // Words outside the marks that are only the attribution's leftovers ("the mayor,") leave the quote
  // to speak for itself.
  if (attribution.kind === 'QUOTE' || (quote !== null && wordsOutsideQuotes(attribution, body) <= 3)) {
    return `${speaker} said: “${quote ?? content}”`;
  }
  if (attribution.kind === 'ACCORDING_TO') return ensurePeriod(`According to ${speaker}, ${lowerFirst(plain)}`);
  // The verb as a paraphrase says it: discourse adverbs ("however", "also") belong to the article's telling.
  const verb = attribution.verb
    .replace(/\b(?:also|then|later|earlier|further|however|though|meanwhile|too|recently|subsequently|initially|ultimately|finally)\s+/gi, '')
    .toLowerCase();
  const linked = /^(?:said|says|told|added|adding|saying|claimed|claims|warned|stated|announced|noted|insisted|believes|reported|estimated)$/.test(verb) || /\b(?:said|confirmed|denied|claimed)$/.test(verb);
  const connector = linked && !/^that\b/i.test(plain) ? ' that ' : ' ';
  const verbText = verb === 'adding' ? 'added' : /^(?:saying|told|tells)$/.test(verb) ? 'said' : verb;
  return ensurePeriod(`${speaker} ${verbText}${connector}${lowerFirst(plain)}`);
}

/** "The United States", "The Biden administration", "Mark Rutte": a name as a sentence's subject. */
function nameInSentence(table: EntityTable, id: string): string | null {
  const entity = table.entities.get(id);
  if (!entity) return null;
  const needsArticle = !/['’]s\b/.test(entity.name) && (/^United\b|^(?:Netherlands|Philippines|Pentagon|Kremlin|White House)$|\s\p{Ll}+$/u.test(entity.name) || /^\p{Ll}/u.test(entity.name));
  return needsArticle ? `The ${entity.name}` : entity.name;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function lowerFirst(text: string): string {
  // Keep proper nouns and "I" capitalised: only lower a capital followed by lower-case letters that
  // is a common sentence opener.
  return /^(?:The|A|An|It|They|We|But|And|There|This|That|Our|Their|Its|If)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function ensurePeriod(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\d]+/u)
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => w.replace(/(?:ing|ed|s)$/, '')),
  );
}

/**
 * The earlier claim a doubt, denial or "no evidence" answers: the first claim of the person whose
 * claims it names ("did not back Zelensky's claims"), else the earlier claim by someone else whose
 * content words overlap it most (at least two shared words).
 */
function answeredClaim(
  claims: readonly Claim[],
  contents: ReadonlyArray<Set<string>>,
  words: Set<string>,
  attribution: Attribution,
  content: string,
  inContent: readonly MentionDraft[],
): string | null {
  const named = inContent.find((m) => /^['’]s\s+(?:\w+\s+){0,2}claims?\b/.test(content.slice(m.end - attribution.contentStart)));
  if (named) {
    const theirs = claims.find((c) => c.speakerId === named.entityId);
    if (theirs) return theirs.id;
  }
  let best: { id: string; score: number } | null = null;
  // Only the latest claims: an answer comes within a few paragraphs of what it answers, and comparing
  // every pair of claims would be quadratic in a long text.
  claims.forEach((claim, k) => {
    if (k < claims.length - ANSWER_WINDOW) return;
    if (claim.speakerId === attribution.speakerId || claim.standing !== 'ASSERTED') return;
    const other = contents[k];
    if (!other) return;
    let score = 0;
    for (const w of words) if (other.has(w)) score += 1;
    if (score >= 2 && (!best || score > best.score)) best = { id: claim.id, score };
  });
  return (best as { id: string; score: number } | null)?.id ?? null;
}

/** A verb the statement negates: "have not received", "never forced", "didn't pay". */
const NEGATED_VERB = /\b(?:(?:has|have|had|did|does|do|was|were|is|are)\s+(?:\w+\s+)?(?:not|never)|never|(?:hasn|haven|hadn|didn|doesn|don|wasn|weren|isn|aren)['’]t)\s+\p{L}/iu;

/**
 * A party's negated statement right after someone else's claim about that party answers it: "According
 * to Rathbun the property was returned to the Scientology organization. Scientology officials have
 * stated they have not received the materials." The answer denies the claim; the index of the claim it
 * answers, or -1.
 */
function negatedReply(body: string, attributions: readonly Attribution[], index: number, content: string, table: EntityTable): number {
  const reply = attributions[index];
  const earlier = attributions[index - 1];
  if (!reply?.speakerId || reply.kind === 'OWN_VOICE' || !earlier?.speakerId || earlier.kind === 'OWN_VOICE') return -1;
  // Every sentence has a statement, so the one before is in this sentence or the one before it.
  if (earlier.speakerId === reply.speakerId) return -1;
  // The main clause must be negated: "would respond if the broadcasts do not stop" denies nothing.
  const mainClause = content.split(/\b(?:if|unless|until|when|whenever|whether|because|while|before|after|although|though|which|who|where|once)\b/i)[0] ?? '';
  if (!NEGATED_VERB.test(mainClause)) return -1;
  // The earlier claim is about the party replying: its name's distinctive words are in that claim.
  const name = table.entities.get(reply.speakerId)?.name ?? '';
  const distinctive = name.split(/[\s-]+/).filter((w) => /^\p{Lu}\p{L}{3,}/u.test(w));
  // The whole statement: an opening "According to X" with no comma leaves its content span empty.
  const said = body.slice(earlier.spanStart, earlier.spanEnd);
  const named = distinctive.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(said));
  return named ? index - 1 : -1;
}

/** Who "he" is: the last time the speaker was named before a pronoun or description stood for them. */
function antecedentOf(attribution: Attribution, namesOf: ReadonlyMap<string, readonly MentionDraft[]>): MentionDraft | null {
  const mention = attribution.speakerMention;
  const speakerId = attribution.speakerId;
  const pointsBack = mention === null || mention.how === 'PRONOUN' || mention.how === 'DESCRIPTION';
  if (!speakerId || !pointsBack) return null;
  const before = attribution.spanStart;
  const names = namesOf.get(speakerId) ?? [];
  // The latest name that ends before the statement; names overlapping its start are skipped.
  for (let k = firstStartingAtOrAfter(names, before) - 1; k >= 0; k -= 1) {
    const m = names[k];
    if (m && m.end <= before) return m;
  }
  return null;
}

/** Mentions inside [start, end), from a list sorted by start (binary search for the first). */
function mentionsWithin(byStart: readonly MentionDraft[], start: number, end: number): MentionDraft[] {
  const within: MentionDraft[] = [];
  for (let k = firstStartingAtOrAfter(byStart, start); k < byStart.length; k += 1) {
    const m = byStart[k];
    if (!m || m.start >= end) break;
    if (m.end <= end) within.push(m);
  }
  return within;
}

function uniqueEntities(mentions: readonly MentionDraft[], exclude: ReadonlyArray<string | null>): string[] {
  const ids: string[] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (!exclude.includes(m.entityId) && !ids.includes(m.entityId)) ids.push(m.entityId);
  }
  return ids;
}
