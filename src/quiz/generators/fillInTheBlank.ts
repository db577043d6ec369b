// FILL_IN_THE_BLANK: one sentence of the article, made to stand alone (text/selfContained.ts), with
// the content that matters taken out: the main figure of a claim, a key actor's name, or the word
// that carries a claim ("a particularly _____ model"). At most one blank of each sort per sentence,
// the best the sentence offers. Blanks a teacher would strike are never made:
// - a name the sentence gives back ("Liberal Democratic Party or LDP", "X (GBM)", its initials), a
//   name inside a list ("Reggie Miller from Indiana, and _____"), an outlet ("told _____"), "U.S."/"US",
//   a currency code ("_____$1.4 million"), the byline or dateline, a name of the headline;
// - a place that is nobody's actor, an entity mentioned once and in no claim;
// - a year, a figure in brackets (a unit conversion), an arithmetic figure ("six years later"), a
//   figure printed in the sentence before or after, or twice in the stem;
// - a whole quotation.
// The answer lists the variants a student may reasonably write (facts/answerVariants.ts).
import type { Evidence, FactRef, NewsEntity, Sentence } from '../../domain/facts';
import { BLANK, type FillInTheBlankQuestion, type Question } from '../../domain/question';
import { tokenize, type Token } from '../../ingest/tokens';
import { where } from '../compose/evidence';
import { type BlankSort, contextWords, FILL_PROMPT_LEADS, MIN_CONTEXT_WORDS } from '../compose/prompts';
import { computeDifficulty } from '../difficulty';
import { figureAnswers, initialsOf, nameAnswers, wordAnswers } from '../facts/answerVariants';
import { sameFamily } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { numberSimilarity, wrongValuesFromText } from '../facts/quantityText';
import { questionId } from '../questionId';
import { hashString } from '../random';
import { containsPhrase, normalizeText, stem } from '../text/normalize';
import { findNumbers } from '../text/numbers';
import { grammarFlags } from '../rules/grammar';
import { quotedSpans, standAlone } from '../text/selfContained';

/** Similarity used for a claim's word: free recall with no competing candidates named in the text. */
export const WORD_BLANK_SIMILARITY = 0.5;

/** Words outside the blank a stem must keep: fewer and the sentence no longer frames the answer. */
export const MIN_STEM_WORDS = Math.max(MIN_CONTEXT_WORDS, 6);

/** Which blank a sentence offers first: the claim's figure, then its actor, then its word. */
const PRIORITY = { claimFigure: 5, actor: 4, word: 3, figure: 2 } as const;

interface Blank {
  readonly variant: string;
  readonly sentence: Sentence;
  readonly articleId: string;
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly accepted: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly tests: readonly FactRef[];
  readonly similarity: number;
  readonly sort: BlankSort;
  readonly priority: number;
  /** Names that must not appear in the stem (they answer the blank). */
  readonly giveaways: readonly string[];
}

function sentenceOf(index: FactIndex, ev: Evidence): Sentence | undefined {
  const s = index.sentence(ev);
  if (s === undefined) return undefined;
  const rel = ev.start - s.start;
  return s.text.slice(rel, rel + ev.text.length) === ev.text ? s : undefined;
}

function neighbours(index: FactIndex, articleId: string, s: Sentence): string[] {
  const article = index.article(articleId);
  return (article?.sentences ?? []).filter((o) => Math.abs(o.index - s.index) === 1).map((o) => o.text);
}

function insideBrackets(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('(', at), text.lastIndexOf('[', at));
  if (open < 0) return false;
  const close = Math.max(text.lastIndexOf(')', at), text.lastIndexOf(']', at));
  return close < open;
}

const RELATIVE_TIME_AFTER = /^\s*(?:years?|months?|weeks?|days?|hours?)\s+(?:later|earlier|after|before|afterwards)\b/i;
const YEAR = /^(?:1[5-9]|20)\d{2}$/;

function figureBlanks(index: FactIndex): Blank[] {
  const out: Blank[] = [];
  for (const q of index.facts.quantities) {
    const s = sentenceOf(index, q.evidence);
    if (s === undefined) continue;
    const rel = q.evidence.start - s.start;
    const span = findNumbers(q.evidence.text).find((n) => n.value === q.value);
    // A year dates the claim rather than stating it; "one" is mostly "one of", "one player".
    if (span === undefined || YEAR.test(span.text) || /^one$/i.test(span.text)) continue;
    const start = rel + span.start;
    const end = rel + span.end;
    // Twice in the sentence, or in the sentence next to it, the figure answers itself.
    if (findNumbers(s.text).filter((n) => n.value === q.value).length > 1) continue;
    if (neighbours(index, q.articleId, s).some((t) => findNumbers(t).some((n) => n.value === q.value))) continue;
    if (insideBrackets(s.text, start) || RELATIVE_TIME_AFTER.test(s.text.slice(end))) continue;
    // A currency code or symbol glued to the figure stays; the figure must be a word of its own (not "1/2").
    if (/[\p{L}\d/]$/u.test(s.text.slice(0, start)) || /^[\p{L}\d/]/u.test(s.text.slice(end))) continue;
    const nearest = wrongValuesFromText(index, q)[0];
    out.push({
      variant: 'number',
      sentence: s,
      articleId: q.articleId,
      start,
      end,
      accepted: figureAnswers(span.text, q.value),
      evidence: [q.evidence],
      tests: [{ type: 'QUANTITY', id: q.id }],
      similarity: nearest === undefined ? 0 : numberSimilarity(q.value, nearest.value),
      sort: 'figure',
      priority: q.claimId !== null ? PRIORITY.claimFigure : PRIORITY.figure,
      giveaways: [],
    });
  }
  return out;
}

const NEVER_BLANKED_NAMES = /^(?:the\s+)?(?:U\.?S\.?A?\.?|US|USA|UK|U\.K\.)$/i;
/** "LAKESIDE, Freedonia —", "WASHINGTON (AP) -", "Nairobi, Kenya (Reuters) —": the place and wire a story opens with. */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.' -]{2,}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?(?:\s*\([^)]{1,20}\))?|\p{Lu}[\p{L}.' -]{1,30}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?\s*\((?:AP|Reuters|AFP|UPI|\p{Lu}{2,6})\))\s*[—–-]+\s*/u;

/** Why a name mention is no blank worth making, or null. */
function nameRefusal(index: FactIndex, entity: NewsEntity, s: Sentence, rel: number, written: string): string | null {
  if (entity.kind === 'OUTLET') return 'an outlet';
  if (NEVER_BLANKED_NAMES.test(written)) return '“U.S.”';
  if (!index.actorIds.has(entity.id) && (entity.kind === 'PLACE' || index.mentionCount(entity.id) < 2)) return 'not a key entity';
  const before = s.text.slice(0, rel);
  const after = s.text.slice(rel + written.length);
  // Part of a longer name the extractor cut short ("Black _____", "_____ D.C.", "_____ Facility-1").
  const previous = /(\S+)\s$/u.exec(before)?.[1] ?? '';
  const next = /^\s(\S+)/u.exec(after)?.[1] ?? '';
  const nameWord = (w: string): boolean => /^\p{Lu}/u.test(w) && index.properWords.has(w.replace(/[^\p{L}.]+$/u, ''));
  if ((nameWord(previous) && !/[,;:]$/.test(previous)) || nameWord(next) || /^-\w/u.test(after)) return 'part of a longer name';
  // A common noun capitalised only because it opens the sentence ("Commentators have suggested…").
  if (!written.split(/\s+/).some((w) => /^\p{Lu}{2,}/u.test(w) || index.properWords.has(w.replace(/[’']s$/, '')))) return 'not a proper name';
  if (/^[$€£¥]|^\s?\d/.test(after)) return 'a currency code';
  const initials = initialsOf(written);
  if (/^,?\s+(?:\(|or\s+(?:the\s+)?\p{Lu}{2,})/u.test(after) || /\(\s*$/.test(before)) return 'spelt out beside it';
  if (initials !== null && new RegExp(`\\b${initials}\\b`).test(before + ' ' + after)) return 'its initials are in the sentence';
  if (/^\s*By\s+\p{Lu}/u.test(s.text) && rel < 40) return 'the byline';
  const dateline = DATELINE.exec(s.text);
  if (dateline !== null && rel < dateline[0].length) return 'the dateline';
  const titles = index.facts.articles.flatMap((a) => (a.title === null ? [] : [a.title]));
  if (titles.some((t) => index.namesOf(entity).some((n) => containsPhrase(t, n)))) return 'in the headline';
  return null;
}

/** Whether the mention is one item of a list of names of the same sort ("Eritrea, Libya and Syria"). */
function inList(index: FactIndex, entity: NewsEntity, s: Sentence, start: number, end: number, articleId: string): boolean {
  const siblings = index.facts.mentions.filter(
    (o) => o.entityId !== entity.id && o.evidence.articleId === articleId && o.evidence.sentenceIndex === s.index && sameFamily(index.entity(o.entityId)?.kind ?? 'GROUP', entity.kind),
  );
  return siblings.some((o) => {
    const os = o.evidence.start - s.start;
    const oe = os + o.evidence.text.length;
    const between = os >= end ? s.text.slice(end, os) : oe <= start ? s.text.slice(oe, start) : 'x';
    return /^\s*(?:,|,?\s*and|,?\s*or)\s*(?:the\s+)?$/i.test(between) || /^\s*(?:from|of)\s+\p{Lu}[\p{L}]*,?\s*(?:and\s+)?$/u.test(between);
  });
}

/** One name blank per sentence: the most prominent actor named there by a proper name. */
function nameBlanks(index: FactIndex): Blank[] {
  const bySentence = new Map<string, Blank>();
  const rank = (id: string): number => (index.speakerIds.has(id) ? 1000 : 0) + index.mentionCount(id);
  const mentions = [...index.facts.mentions].sort((a, b) => rank(b.entityId) - rank(a.entityId));
  for (const m of mentions) {
    const entity = index.entity(m.entityId);
    const s = sentenceOf(index, m.evidence);
    if (entity === undefined || s === undefined) continue;
    const key = `${m.evidence.articleId}#${s.index}`;
    if (bySentence.has(key)) continue;
    const names = index.namesOf(entity);
    if (!names.some((n) => n === m.evidence.text) || !/^\p{Lu}/u.test(m.evidence.text)) continue;
    const rel = m.evidence.start - s.start;
    if (nameRefusal(index, entity, s, rel, m.evidence.text) !== null) continue;
    if (inList(index, entity, s, rel, rel + m.evidence.text.length, m.evidence.articleId)) continue;
    const rest = s.text.slice(0, rel) + ' ' + s.text.slice(rel + m.evidence.text.length);
    if (names.some((n) => containsPhrase(rest, n))) continue;
    const rivals = index.facts.mentions.filter(
      (o) => o.entityId !== entity.id && o.evidence.sentenceIndex === s.index && sameFamily(index.entity(o.entityId)?.kind ?? 'GROUP', entity.kind),
    );
    const accepted = nameAnswers(index, entity, m.evidence.text);
    bySentence.set(key, {
      variant: `name:${m.evidence.start}`,
      sentence: s,
      articleId: m.evidence.articleId,
      start: rel,
      end: rel + m.evidence.text.length,
      accepted,
      evidence: [m.evidence],
      tests: [{ type: 'ENTITY', id: entity.id }],
      // Another name of the same sort in the sentence is what a reader may put in by mistake.
      similarity: rivals.length > 0 ? 0.7 : 0.4,
      sort: 'name',
      priority: PRIORITY.actor,
      giveaways: accepted,
    });
  }
  return [...bySentence.values()];
}

/** Words too general to carry a claim: a blank on them tests nothing. */
const GENERAL_WORDS = new Set(
  ('people person year years time times day days week weeks month months thing things part parts number numbers way ways lot lots ' +
    'other many more most such own same new last first next former several few much less least some any all each every ' +
    'official officials statement statements report reports news spokesman spokeswoman spokesperson told comment comments ' +
    'country countries city government group groups company companies area areas world place places today yesterday ' +
    'percent per cent total end start case cases issue issues fact kind sort side sides level levels lot man men woman women ' +
    'main previous current recent various certain possible different major key big large small high low great good bad ' +
    'only whole entire early late later final further full general particular real similar special total usual').split(' '),
);

/** Adjectives carry a claim's content ("offensive capabilities", "a particularly noisy model"); head nouns rarely do alone. */
const WORD_SCORE = { adjBeforeNoun: 3, predicate: 2.5, headNoun: 1, noun: 0.5 } as const;
const MIN_WORD_SCORE = WORD_SCORE.predicate;

/**
 * A noun naming the kind of the noun after it ("a computer model", "a gene mutation", "under house
 * arrest"): it carries the content as an adjective would. Only a two-noun compound, the first
 * singular and not an -ing form ("milling crowd"), the second no -ing form either ("corneas
 * melting", "a ceremony commemorating": the tagger's verbs), neither joined by a hyphen to the words
 * around ("left-wing", "factor-1").
 */
function nounModifier(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const after = tokens[i + 2];
  if (t.pos !== 'NOUN' || next?.pos !== 'NOUN' || prev?.pos === 'NOUN' || prev?.pos === 'PROPN' || after?.pos === 'NOUN' || after?.pos === 'PROPN') return false;
  if (/(?:[^s]s|ing)$/.test(t.text) || /ing$/.test(next.text) || !/^\p{Ll}+$/u.test(next.text)) return false;
  const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;
  return !joined(prev, t) && !joined(t, next) && !joined(next, after);
}

function wordScore(tokens: readonly Token[], i: number): number {
  const t = tokens[i] as Token;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (t.pos === 'ADJ' && next?.pos === 'NOUN') return WORD_SCORE.adjBeforeNoun;
  if (t.pos === 'ADJ' && (prev?.pos === 'AUX' || prev?.pos === 'ADV')) return WORD_SCORE.predicate;
  if (nounModifier(tokens, i)) return WORD_SCORE.predicate;
  if (t.pos === 'NOUN' && next?.pos !== 'NOUN' && (prev?.pos === 'ADJ' || prev?.pos === 'DET')) return WORD_SCORE.headNoun;
  return t.pos === 'NOUN' ? WORD_SCORE.noun : 0;
}

/** The word that carries each claim: an adjective before its noun, a predicate, a head noun. */
function wordBlanks(index: FactIndex): Blank[] {
  const out: Blank[] = [];
  const titles = index.facts.articles.flatMap((a) => (a.title === null ? [] : [a.title])).join(' \n ');
  const titleStems = new Set(normalizeText(titles).split(' ').map(stem));
  for (const c of index.facts.claims) {
    const ev = c.evidence[0];
    if (ev === undefined) continue;
    const s = sentenceOf(index, ev);
    if (s === undefined) continue;
    const rel = ev.start - s.start;
    // Inside the quote when there is one: the speaker's own words; else the claim's span.
    const quote = c.quote?.trim() ?? '';
    const quoteAt = quote === '' ? -1 : s.text.indexOf(quote);
    const [from, to] = quoteAt >= 0 ? [quoteAt, quoteAt + quote.length] : [rel, rel + ev.text.length];
    const named = index.facts.mentions.filter((m) => m.evidence.articleId === ev.articleId && m.evidence.sentenceIndex === s.index).map((m) => [m.evidence.start - s.start, m.evidence.end - s.start] as const);
    const tokens = tokenize(s.text);
    const sentenceStems = normalizeText(s.text).split(' ').map(stem);
    const best = { i: -1, score: 0 };
    tokens.forEach((t, i) => {
      if (t.start < from || t.end > to || !/^\p{Ll}{4,}$/u.test(t.text) || GENERAL_WORDS.has(t.text)) return;
      if (named.some(([a, b]) => t.start < b && a < t.end)) return;
      const st = stem(t.text);
      if (titleStems.has(st) || sentenceStems.filter((x) => x === st).length > 1) return;
      const score = wordScore(tokens, i) + Math.min(t.text.length, 12) / 100;
      if (score >= MIN_WORD_SCORE && score > best.score) Object.assign(best, { i, score });
    });
    const t = tokens[best.i];
    if (t === undefined) continue;
    const prev = tokens[best.i - 1];
    const article = prev !== undefined && /^(?:a|an|the)$/i.test(prev.text) && prev.end + 1 === t.start ? prev.text.toLowerCase() : null;
    out.push({
      variant: `word:${t.start}`,
      sentence: s,
      articleId: ev.articleId,
      start: t.start,
      end: t.end,
      accepted: wordAnswers(t.text, article),
      evidence: [ev],
      tests: [{ type: 'CLAIM', id: c.id }],
      similarity: WORD_BLANK_SIMILARITY,
      sort: 'word',
      priority: PRIORITY.word,
      giveaways: [],
    });
  }
  return out;
}

interface Stem {
  readonly blank: Blank;
  readonly text: string;
}

/** The blank's sentence made to stand alone, with the blank in, or null when it cannot be. */
function stemOf(index: FactIndex, b: Blank): Stem | null {
  const alone = standAlone(index, { articleId: b.articleId, start: b.sentence.start, text: b.sentence.text }, { keep: { start: b.start, end: b.end } });
  if (alone === null || alone.keep === null) return null;
  const text = `${alone.text.slice(0, alone.keep.start)}${BLANK}${alone.text.slice(alone.keep.end)}`;
  if (contextWords(text, BLANK) < MIN_STEM_WORDS) return null;
  // A whole quotation blanked leaves only the speech tag to read.
  if (quotedSpans(alone.text).some((q) => alone.text.slice(q.start, q.end).replace(/[“”"\s.,!?]/g, '') === alone.text.slice(alone.keep!.start, alone.keep!.end).replace(/[“”"\s.,!?]/g, ''))) return null;
  const rest = text.replace(BLANK, ' ');
  if (b.giveaways.some((n) => containsPhrase(rest, n))) return null;
  if (b.sort === 'figure' && findNumbers(rest).some((n) => b.accepted.some((a) => findNumbers(a)[0]?.value === n.value))) return null;
  return { blank: b, text };
}

function toQuestion(index: FactIndex, stem: Stem): FillInTheBlankQuestion {
  const b = stem.blank;
  const answer = b.accepted[0] ?? '';
  const id = questionId('FILL_IN_THE_BLANK', b.tests, b.variant);
  const leads = FILL_PROMPT_LEADS[b.sort];
  const lead = leads[hashString(id) % leads.length] ?? '';
  const what = b.sort === 'name' ? 'name' : b.sort === 'figure' ? 'figure' : 'word';
  return {
    id,
    kind: 'FILL_IN_THE_BLANK',
    prompt: `${lead}${stem.text}`,
    answer: { accepted: b.accepted },
    explanation: `The missing ${what} is “${answer}” ${where(index, b.evidence)}: “${b.sentence.text}”`,
    evidence: b.evidence,
    difficulty: computeDifficulty({ distractorSimilarity: b.similarity, sentencesNeeded: 1, sourceInference: false }),
    tests: b.tests,
  };
}

export function fillInTheBlankQuestions(index: FactIndex): Question[] {
  const candidates = [...figureBlanks(index), ...nameBlanks(index), ...wordBlanks(index)].sort((a, b) => b.priority - a.priority);
  const taken = new Set<string>();
  const out: Question[] = [];
  for (const b of candidates) {
    // One blank of each sort per sentence: the bank offers the alternatives, a quiz takes one.
    const key = `${b.articleId}#${b.sentence.index}#${b.sort}`;
    if (taken.has(key)) continue;
    const stem = stemOf(index, b);
    if (stem === null) continue;
    const question = toQuestion(index, stem);
    // The article's own slips ("Co.. The", a stray quotation mark) are not handed to a student.
    if (grammarFlags(question).length > 0) continue;
    taken.add(key);
    out.push(question);
  }
  return out;
}
