// FILL_IN_THE_BLANK: one sentence of the article with a key word taken out: a figure, a name, or a
// short quoted phrase. A blank is only made when the rest of the sentence does not give it back.
import type { Evidence, FactRef, Sentence } from '../../domain/facts';
import { BLANK, type FillInTheBlankQuestion, type Question } from '../../domain/question';
import { where } from '../compose/evidence';
import { computeDifficulty } from '../difficulty';
import { sameFamily } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { numberSimilarity, wrongValuesFromText } from '../facts/quantityText';
import { questionId } from '../questionId';
import { containsPhrase, normalizeName } from '../text/normalize';
import { findNumbers, numberForms } from '../text/numbers';

import { contextWords, FILL_PROMPT_LEAD, MIN_CONTEXT_WORDS } from '../compose/prompts';
import { balanceQuotes } from '../text/format';

export { FILL_PROMPT_LEAD };

/** Similarity used for a quoted phrase: free recall with no competing candidates named in the text. */
export const QUOTE_BLANK_SIMILARITY = 0.5;

interface Blank {
  readonly variant: string;
  readonly sentence: Sentence;
  /** Offsets into the sentence text. */
  readonly start: number;
  readonly end: number;
  readonly accepted: readonly string[];
  readonly evidence: readonly Evidence[];
  readonly tests: readonly FactRef[];
  readonly similarity: number;
  readonly what: string;
}

function sentenceOf(index: FactIndex, ev: Evidence): Sentence | undefined {
  const s = index.sentence(ev);
  if (s === undefined) return undefined;
  const rel = ev.start - s.start;
  return s.text.slice(rel, rel + ev.text.length) === ev.text ? s : undefined;
}

function numberBlanks(index: FactIndex): Blank[] {
  const out: Blank[] = [];
  for (const q of index.facts.quantities) {
    const s = sentenceOf(index, q.evidence);
    if (s === undefined) continue;
    const rel = q.evidence.start - s.start;
    const inSpan = findNumbers(q.evidence.text).filter((n) => n.value === q.value);
    const span = inSpan[0];
    // The same figure twice in one sentence would answer its own blank.
    if (span === undefined || findNumbers(s.text).filter((n) => n.value === q.value).length > 1) continue;
    const nearest = wrongValuesFromText(index, q)[0];
    out.push({
      variant: 'number',
      sentence: s,
      start: rel + span.start,
      end: rel + span.end,
      accepted: [span.text, ...numberForms(q.value).filter((f) => f !== span.text)],
      evidence: [q.evidence],
      tests: [{ type: 'QUANTITY', id: q.id }],
      similarity: nearest === undefined ? 0 : numberSimilarity(q.value, nearest.value),
      what: 'figure',
    });
  }
  return out;
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
    if (!names.some((n) => n === m.evidence.text) || !/^[A-Z]/.test(m.evidence.text)) continue;
    const rel = m.evidence.start - s.start;
    const rest = s.text.slice(0, rel) + ' ' + s.text.slice(rel + m.evidence.text.length);
    if (names.some((n) => containsPhrase(rest, n))) continue;
    const rivals = index.facts.mentions.filter(
      (o) => o.entityId !== entity.id && o.evidence.sentenceIndex === s.index && sameFamily(index.entity(o.entityId)?.kind ?? 'GROUP', entity.kind),
    );
    bySentence.set(key, {
      variant: `name:${m.evidence.start}`,
      sentence: s,
      start: rel,
      end: rel + m.evidence.text.length,
      accepted: [m.evidence.text, ...names.filter((n) => normalizeName(n) !== normalizeName(m.evidence.text))],
      evidence: [m.evidence],
      tests: [{ type: 'ENTITY', id: entity.id }],
      // Another name of the same sort in the sentence is what a reader may put in by mistake.
      similarity: rivals.length > 0 ? 0.7 : 0.4,
      what: 'name',
    });
  }
  return [...bySentence.values()];
}

/** Short quoted phrases ("very worried"): the speaker's own words, the heart of the sentence. */
function quoteBlanks(index: FactIndex): Blank[] {
  const out: Blank[] = [];
  for (const c of index.facts.claims) {
    const quote = c.quote?.trim();
    if (quote === undefined || quote.split(/\s+/).length > 4) continue;
    for (const ev of c.evidence) {
      const s = sentenceOf(index, ev);
      if (s === undefined) continue;
      const at = s.text.indexOf(quote);
      if (at < 0 || s.text.indexOf(quote, at + 1) >= 0) continue;
      out.push({
        variant: 'quote',
        sentence: s,
        start: at,
        end: at + quote.length,
        accepted: [quote],
        evidence: [ev],
        tests: [{ type: 'CLAIM', id: c.id }],
        similarity: QUOTE_BLANK_SIMILARITY,
        what: 'quoted words',
      });
      break;
    }
  }
  return out;
}

function withBlank(b: Blank): string {
  return `${b.sentence.text.slice(0, b.start)}${BLANK}${b.sentence.text.slice(b.end)}`;
}

function toQuestion(index: FactIndex, b: Blank): FillInTheBlankQuestion {
  // A sentence cut from a longer quote keeps only one of its quotation marks; show it closed.
  const text = balanceQuotes(withBlank(b));
  const answer = b.accepted[0] ?? '';
  return {
    id: questionId('FILL_IN_THE_BLANK', b.tests, b.variant),
    kind: 'FILL_IN_THE_BLANK',
    prompt: `${FILL_PROMPT_LEAD}${text}`,
    answer: { accepted: b.accepted },
    explanation: `The missing ${b.what} ${b.what.endsWith('s') ? 'are' : 'is'} “${answer}” ${where(index, b.evidence)}: “${b.sentence.text}”`,
    evidence: b.evidence,
    difficulty: computeDifficulty({ distractorSimilarity: b.similarity, sentencesNeeded: 1, sourceInference: false }),
    tests: b.tests,
  };
}

export function fillInTheBlankQuestions(index: FactIndex): Question[] {
  return [...numberBlanks(index), ...quoteBlanks(index), ...nameBlanks(index)]
    // A quote that is the whole sentence leaves nothing to read around the blank.
    .filter((b) => contextWords(withBlank(b), BLANK) >= MIN_CONTEXT_WORDS)
    .map((b) => toQuestion(index, b));
}
