// A sentence (or clause) of the article made readable on its own, for a question stem: a student who
// sees "He said it was a yawn" cannot tell who "he" is, nor what "the move" was, without the
// sentences around it. `standAlone` mends what the facts let it mend and refuses the rest:
// - a leading connective ("But", "And", "So", "Then", "Yet", "Also", "Meanwhile", "However") is
//   dropped: it points back at a sentence the student does not see;
// - a pronoun (he, she, him, his, her; it, its, they, them, their at the start) whose entity is not
//   named earlier in the text becomes that entity's name ("his" → "Bush’s") when coreference resolved
//   it (a Mention at the pronoun's span); unresolved, the text is refused;
// - deictics the facts cannot resolve ("This …", "The move …", "the latter", "since then", "there")
//   refuse the text;
// - a quotation mark left open by a cut quote is closed (or opened), and a bracket without its
//   partner refuses the text;
// - an over-long sentence is cut to the clause that holds `keep` (the blank), at "; " or before
//   ", but/and/while X …" where X starts a new clause; still too long, the text is refused.
// Pure: the facts and the text in, text out. `keep` is carried through every edit and reported
// where it ends up, so a caller can put its blank back.
import type { NewsEntity } from '../../domain/facts';
import { tokenize } from '../../ingest/tokens';
import type { FactIndex } from '../facts/factIndex';
import { balanceQuotes } from './format';

/** A stretch of one article's body: an Evidence or a Sentence with its article's id. */
export interface Passage {
  readonly articleId: string;
  /** Offset of text[0] in the article body. */
  readonly start: number;
  readonly text: string;
}

/** Offsets into a text, end exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface StandAloneOptions {
  /** A span of the passage's text that must survive unchanged (a blank's answer); offsets into passage.text. */
  readonly keep?: Span;
  /** Past this many words the text is cut to the clause holding `keep` (default 30). */
  readonly maxWords?: number;
  /** Still longer after cutting: refused (default 40). */
  readonly hardMaxWords?: number;
}

export interface StandAlone {
  readonly text: string;
  /** Where `keep` is in `text`; null when no keep was asked for. */
  readonly keep: Span | null;
  /** What was changed, for explanations and tests: "dropped “But”", "“he” → “George Bush”", "cut to a clause". */
  readonly changes: readonly string[];
}

export const DEFAULT_MAX_WORDS = 30;
export const DEFAULT_HARD_MAX_WORDS = 40;

/** Private-use character standing for the kept span while the text is edited. */
const KEEP = '\uE000';

const LEADING_CONNECTIVE = /^(?:But|And|So(?!\s+(?:far|much|many|long|that)\b)|Then|Yet|Also|Still|Meanwhile|However|Moreover|Nonetheless|Nevertheless|Instead|Besides)(?![-’'])\b,?\s+/;
const PRONOUN = /\b(?:he|she|him|his|her|it|its|they|them|their)\b/gi;
const PERSONAL = /^(?:he|she|him|his|her)$/i;
const POSSESSIVE = /^(?:his|its|their)$/i;
/** After "her", words that show it is the object ("told her that"), not a possessive ("her party"). */
const AFTER_OBJECT_HER = new Set('and or but to that in on at for with from by as about after before up out off down over into than the a an this these those his her their its if when while because so who which what'.split(' '));

/** Openings that point at something the text before said: "This is…", "The move…", "Such a step…". */
const DEICTIC_OPENING = /^(?:(?:This|That|These|Those)\b(?!\s+(?:year|week|month|morning|afternoon|evening|weekend|season|spring|summer|autumn|fall|winter|time)\b)|Such\b|The (?:move|decision|step|measure|announcement|incident|latter|former|other|two|three|four|same|remarks?|comments?|development|news|episode|event)\b|Both\b|Neither\b)/;
/** Anywhere outside quotes: references a reader cannot resolve from the text alone. */
const DEICTIC_INSIDE = /\b(?:the latter|the former|(?:since|until|till|by) then|the aforementioned)\b|(?<!\b(?:is|are|was|were|be|been)\s+)\bthere\b(?![’']s\b|\s*\?|\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|being|been|to be)\b)/i;

/** Spans of text inside quotation marks (curly or straight), so speech keeps its own pronouns. */
export function quotedSpans(text: string, openAtStart = false): Span[] {
  const out: Span[] = [];
  let from = 0;
  if (openAtStart) {
    const close = text.search(/[”"]/);
    const end = close < 0 ? text.length : close + 1;
    out.push({ start: 0, end });
    from = end;
  }
  const re = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
  for (const m of text.slice(from).matchAll(re)) if (m.index !== undefined) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** Whether the article has a quotation open where the passage begins (a quote running on from the sentence before). */
export function opensInsideQuote(index: FactIndex, passage: Passage): boolean {
  const body = index.article(passage.articleId)?.body;
  if (body === undefined) return false;
  const before = body.slice(0, passage.start);
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length % 2;
  // A paragraph break closes what a careless writer left open.
  const paragraph = before.lastIndexOf('\n');
  const tail = paragraph < 0 ? before : before.slice(paragraph);
  const tailOpen = (tail.match(/“/g) ?? []).length > (tail.match(/”/g) ?? []).length || (tail.match(/"/g) ?? []).length % 2 === 1;
  return (curly > 0 || straight === 1) && tailOpen;
}

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => at >= s.start && at < s.end);
}

function outsideQuotes(text: string, openAtStart = false): string {
  let out = text;
  for (const s of quotedSpans(text, openAtStart).reverse()) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}\uE000]/u.test(w)).length;
}

function possessive(name: string): string {
  return /s$/.test(name) ? `${name}’` : `${name}’s`;
}

function capitalizeFirst(text: string): string {
  const i = text.search(/[\p{L}\uE000]/u);
  if (i < 0 || text[i] === KEEP) return text;
  return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
}

function isPersonMentionBefore(index: FactIndex, passage: Passage, bodyOffset: number): boolean {
  return index.facts.mentions.some(
    (m) => m.evidence.articleId === passage.articleId && m.evidence.start >= passage.start && m.evidence.end <= bodyOffset && index.entity(m.entityId)?.kind === 'PERSON' && /^\p{Lu}/u.test(m.evidence.text) && !PERSONAL.test(m.evidence.text),
  );
}

function namedBefore(index: FactIndex, entity: NewsEntity, text: string): boolean {
  const lower = text.toLowerCase();
  return index.namesOf(entity).some((n) => n.length > 1 && lower.includes(n.toLowerCase()));
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Pronoun edits (on the passage's own offsets), or null when a pronoun cannot be resolved. */
function pronounEdits(index: FactIndex, passage: Passage, firstWordAt: number, openAtStart: boolean, changes: string[]): Edit[] | null {
  const text = passage.text;
  const quotes = quotedSpans(text, openAtStart);
  const edits: Edit[] = [];
  const named = new Set<string>();
  for (const m of text.matchAll(PRONOUN)) {
    const at = m.index ?? 0;
    if (inside(quotes, at)) continue;
    const word = m[0];
    const leading = at === firstWordAt;
    const body = passage.start + at;
    const mention = index.facts.mentions.find((x) => x.evidence.articleId === passage.articleId && x.evidence.start === body && x.evidence.text.toLowerCase() === word.toLowerCase());
    const entity = mention === undefined ? undefined : index.entity(mention.entityId);
    if (entity !== undefined) {
      if (named.has(entity.id) || namedBefore(index, entity, text.slice(0, at))) continue;
      const name = index.displayName(entity);
      // A person known by one word only ("Scientologist") is as likely a mis-read noun as a name.
      if (entity.kind === 'PERSON' && !index.namesOf(entity).some((n) => n.trim().split(/\s+/).length >= 2)) return null;
      const next = /^\s+([\p{L}]+)/u.exec(text.slice(at + word.length))?.[1] ?? '';
      const owner = POSSESSIVE.test(word) || (/^her$/i.test(word) && /^\p{Ll}/u.test(next) && !AFTER_OBJECT_HER.has(next.toLowerCase()));
      const written = owner ? possessive(name) : name;
      edits.push({ start: at, end: at + word.length, text: leading ? capitalizeFirst(written) : written });
      named.add(entity.id);
      changes.push(`“${word}” → “${written}”`);
      continue;
    }
    // Unresolved: a personal pronoun is fine only after a person named in the text itself; "it" and
    // "they" mid-sentence usually point inside it ("the company said it would…"), at the start never.
    if (PERSONAL.test(word) ? !isPersonMentionBefore(index, passage, body) && !/\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.test(text.slice(0, at)) : leading) return null;
  }
  return edits;
}

/**
 * Where the text may be cut: "; ", ", but/and/while/although/whereas " and a sentence boundary the
 * splitter missed ("…December 31st. 12,000 donors…"); a cut stands only where a clause follows.
 */
const CLAUSE_BREAK = /;\s+|,\s+(?:but|and|while|although|whereas|though)\s+/gu;
const SENTENCE_BREAK = /(?<=\b[\p{Ll}\d]{3,}[.!?]["”]?)\s+(?=[\p{Lu}\d“"])/gu;
const SUBJECT_POS = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM', 'ADJ', 'PART']);

/** Whether the words open a clause of their own: a subject (no preposition inside) and then its verb. */
export function opensClause(text: string): boolean {
  const tokens = tokenize(text).slice(0, 10);
  if (tokens.length === 0 || !SUBJECT_POS.has(tokens[0]?.pos ?? '')) return false;
  for (const t of tokens) {
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (!SUBJECT_POS.has(t.pos)) return false;
  }
  return false;
}

/**
 * The clause of an over-long passage that holds `keep` (or its first clause), as a passage of its
 * own so that mentions still line up with the body; null when even that clause is too long.
 */
function clauseOf(passage: Passage, keep: Span | undefined, hardMax: number, breaks: RegExp): { passage: Passage; keep: Span | undefined } | null {
  const text = passage.text;
  const pieces: Span[] = [];
  let from = 0;
  for (const m of text.matchAll(breaks)) {
    const at = m.index ?? 0;
    if (!opensClause(text.slice(at + m[0].length))) continue;
    pieces.push({ start: from, end: at });
    from = at + m[0].length;
  }
  pieces.push({ start: from, end: text.length });
  const at = keep?.start ?? 0;
  const held = pieces.find((p) => at >= p.start && at < p.end && (keep === undefined || keep.end <= p.end));
  if (held === undefined) return null;
  const clause = text.slice(held.start, held.end);
  if (wordCount(clause) > hardMax || wordCount(clause) < 5) return wordCount(text) <= hardMax ? { passage, keep } : null;
  const shifted = keep === undefined ? undefined : { start: keep.start - held.start, end: keep.end - held.start };
  return { passage: { articleId: passage.articleId, start: passage.start + held.start, text: clause }, keep: shifted };
}

/** Whether brackets pair up: a cut that leaves "(" without ")" reads as a mistake. */
export function bracketsBalanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '[') depth += 1;
    if (c === ')' || c === ']') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Straight and curly quotation marks closed or opened where they dangle. */
export function closeQuotes(text: string): string {
  let out = balanceQuotes(text);
  if ((out.match(/"/g) ?? []).length % 2 === 1) {
    const last = out.lastIndexOf('"');
    const opening = /\S/.test(out.charAt(last + 1)) && !/[.,;:!?]/.test(out.charAt(last + 1));
    out = opening ? `${out}"` : `"${out}`;
  }
  return out;
}

/**
 * A deictic or pronoun the text leaves unresolved, as the student would read it, or null. For text
 * already written (a question's stem), so it knows no facts: a leading pronoun or deictic, a
 * leading connective, and the inside deictics above.
 */
export function unresolvedReference(text: string): string | null {
  const t = text.trim();
  // Speech opens the text: its first words are the speaker's, read with the speech tag.
  if (/^[“"‘]/.test(t)) return DEICTIC_INSIDE.exec(outsideQuotes(t))?.[0] ?? null;
  const lead = /^(?:He|She|It|They|Them|His|Her|Its|Their|Him)\b/.exec(t)?.[0] ?? DEICTIC_OPENING.exec(t)?.[0] ?? LEADING_CONNECTIVE.exec(t)?.[0]?.trim().replace(/,$/, '');
  if (lead !== undefined) return lead;
  return DEICTIC_INSIDE.exec(outsideQuotes(t))?.[0] ?? null;
}

/** The passage as a student can read it alone, or null when the facts cannot make it so. */
export function standAlone(index: FactIndex, whole: Passage, options: StandAloneOptions = {}): StandAlone | null {
  const changes: string[] = [];
  let passage = whole;
  let keep = options.keep;
  let cut = false;
  const hardMax = options.hardMaxWords ?? DEFAULT_HARD_MAX_WORDS;
  const sentence = clauseOf(whole, keep, Number.POSITIVE_INFINITY, SENTENCE_BREAK);
  if (sentence !== null && sentence.passage !== whole) {
    changes.push('cut to one sentence');
    cut = true;
    passage = sentence.passage;
    keep = sentence.keep;
  }
  if (wordCount(passage.text) > (options.maxWords ?? DEFAULT_MAX_WORDS)) {
    const clause = clauseOf(passage, keep, hardMax, CLAUSE_BREAK);
    if (clause === null) return null;
    if (clause.passage !== passage) {
      changes.push('cut to a clause');
      cut = true;
    }
    passage = clause.passage;
    keep = clause.keep;
  }
  const text = passage.text;
  const edits: Edit[] = [];
  const lead = /^\s*/.exec(text)?.[0].length ?? 0;
  let firstWordAt = lead;
  const connective = LEADING_CONNECTIVE.exec(text.slice(lead));
  if (connective !== null) {
    edits.push({ start: lead, end: lead + connective[0].length, text: '' });
    firstWordAt = lead + connective[0].length;
    changes.push(`dropped “${connective[0].trim().replace(/,$/, '')}”`);
  }
  const quoteRunsOn = opensInsideQuote(index, passage);
  const pronouns = pronounEdits(index, passage, firstWordAt, quoteRunsOn, changes);
  if (pronouns === null) return null;
  edits.push(...pronouns);
  if (keep !== undefined && edits.some((e) => e.start < keep.end && keep.start < e.end)) return null;
  if (keep !== undefined) edits.push({ start: keep.start, end: keep.end, text: KEEP });
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  out = capitalizeFirst(out.trim());
  if (cut) {
    out = out.replace(/[,;:\s]+$/, '');
    if (!/[.!?]["”’]?$/.test(out)) out = `${out}.`;
  }
  if (quoteRunsOn && !/^[“"]/.test(out)) out = `“${out}`;
  const bare = outsideQuotes(out);
  // The writer's own "I", "we" or "you" (a column, a transcript): who speaks is not in the text.
  if (/\b(?:I|we|We|me|my|My|our|Our|us|you|You|your|Your)\b/.test(bare.replace(/\bU\.?S\.?\b/g, ''))) return null;
  // All quotation and no speaker: whose words they are is in another sentence.
  if (!/[\p{L}\p{N}\uE000]/u.test(bare)) return null;
  if (DEICTIC_OPENING.test(bare.trim()) || DEICTIC_INSIDE.test(bare) || /^(?:It|They|Its|Their|Them)\b/.test(bare.trim())) return null;
  const closed = closeQuotes(out);
  if (closed !== out) changes.push('quotation closed');
  out = closed;
  if (!bracketsBalanced(out)) return null;
  if (keep === undefined) return { text: out, keep: null, changes };
  const at = out.indexOf(KEEP);
  if (at < 0) return null;
  const kept = text.slice(keep.start, keep.end);
  return { text: out.replace(KEEP, kept), keep: { start: at, end: at + kept.length }, changes };
}
