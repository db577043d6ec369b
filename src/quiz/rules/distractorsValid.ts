// Rule: distractors are the same sort of thing as the answer, distinct from each other, never
// another name for the answer, and wrong according to the same text. A distractor that is also a
// right answer is a defect: a student who picks it has read correctly.
import type { ChoiceQuestion, Question } from '../../domain/question';
import { datesOverlap } from '../facts/dates';
import { dateArguable } from '../facts/datedFacts';
import { sameFamily } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { coTrueValues } from '../facts/quantityText';
import { coSpeakers } from '../distractors/speakerDistractors';
import { namesOverlap } from '../distractors/entityDistractors';
import { coverage, normalizeName, textSimilarity } from '../text/normalize';
import { optionMeaning, measureOfUnit, type OptionMeaning } from './optionMeaning';
import { withRelatedFacts } from './support';
import type { QuestionRule } from './types';

/** Entities that give a figure or a statement in the article: the options of a "whose figure?" question. */
function isSource(index: FactIndex, id: string): boolean {
  return index.speakerIds.has(id) || index.facts.claims.some((c) => c.viaId === id) || index.facts.quantities.some((q) => q.sourceId === id);
}

function sameType(index: FactIndex, question: ChoiceQuestion, a: OptionMeaning, b: OptionMeaning): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'entity' && b.type === 'entity') {
    // Whose figure / who said it across kinds of source (a person, an agency, a news agency) is one type: sources.
    if (question.kind === 'SOURCE_AND_STANDING' && isSource(index, a.entity.id) && isSource(index, b.entity.id)) return true;
    return sameFamily(a.entity.kind, b.entity.kind);
  }
  if (a.type === 'number' && b.type === 'number') {
    return normalizeName(a.unit) === normalizeName(b.unit) || measureOfUnit(index, a.unit) === measureOfUnit(index, b.unit);
  }
  return true;
}

/** Why a distractor entity could also be right, or null. */
function entityAlsoRight(index: FactIndex, question: ChoiceQuestion, answerId: string, id: string): string | null {
  if (index.linkedEntityIds(answerId).has(id)) return 'is tied to the answer (leads it, belongs to it or contains it)';
  for (const ref of withRelatedFacts(index, question.tests)) {
    const c = ref.type === 'CLAIM' ? index.claims.get(ref.id) : undefined;
    // In a source comparison the other sources said the same sort of thing by design: what tells them
    // apart is their figure, which the comparison rule checks (rules/comparisonHolds.ts).
    if (c !== undefined && c.speakerId === answerId && question.skill !== 'SOURCE_COMPARISON' && coSpeakers(index, c).has(id)) return 'said the same thing, answered the same claim or spoke in the same sentence';
    if (c !== undefined && c.placeId === answerId && index.facts.claims.some((o) => o.speakerId === c.speakerId && o.placeId === id)) return 'is also a place where the speaker spoke';
    const q = ref.type === 'QUANTITY' ? index.quantities.get(ref.id) : undefined;
    if (q !== undefined && q.sourceId === answerId && index.facts.quantities.some((o) => o.sourceId === id && o.measure === q.measure && o.value === q.value)) {
      return 'gives the same figure';
    }
    const r = ref.type === 'RELATION' ? index.relations.get(ref.id) : undefined;
    if (r !== undefined && r.subjectId === answerId && index.facts.relations.some((o) => o.kind === r.kind && o.objectId === r.objectId && o.subjectId === id)) {
      return 'has the same relation with the same party';
    }
  }
  return null;
}

function alsoRight(index: FactIndex, question: ChoiceQuestion, answer: OptionMeaning, d: OptionMeaning): string | null {
  if (answer.type === 'entity' && d.type === 'entity') {
    if (d.entity.id === answer.entity.id || namesOverlap(index, d.entity, answer.entity)) return 'is another name for the answer';
    return entityAlsoRight(index, question, answer.entity.id, d.entity.id);
  }
  if (answer.type === 'number' && d.type === 'number') {
    if (d.value === answer.value) return 'is the same figure';
    for (const ref of withRelatedFacts(index, question.tests)) {
      const q = ref.type === 'QUANTITY' ? index.quantities.get(ref.id) : undefined;
      if (q !== undefined && q.value === answer.value && coTrueValues(index, q).has(d.value)) return 'is a figure the same source gives for the same thing';
    }
    return null;
  }
  if (answer.type === 'date' && d.type === 'date') {
    if (datesOverlap(answer.date, d.date)) return 'overlaps the answer’s date';
    return dateArguable(index, question.tests, d.date) ? 'is the date of another fact about the same subject, so it could be argued right' : null;
  }
  if (answer.type === 'standing' && d.type === 'standing') return answer.standingClass === d.standingClass ? 'is the same standing in other words' : null;
  if (answer.type === 'text' && d.type === 'text') {
    if (textSimilarity(answer.text, d.text) >= 0.8) return 'says the same as the answer';
    const refs = withRelatedFacts(index, question.tests);
    for (const ref of refs) {
      const t = ref.type === 'TIMELINE_ENTRY' ? index.timeline.get(ref.id) : undefined;
      if (t !== undefined && index.facts.timeline.some((o) => o.id !== t.id && o.label === d.text && datesOverlap(o.date, t.date))) {
        return 'happened at the same time as the answer';
      }
      // For "which claim did X doubt?": another claim X doubted is also right.
      const c = ref.type === 'CLAIM' ? index.claims.get(ref.id) : undefined;
      if (c !== undefined && c.respondsToId !== null) {
        const doubtedByHim = index.facts.claims.filter((o) => o.speakerId === c.speakerId && o.respondsToId !== null).map((o) => index.claims.get(o.respondsToId as string));
        if (doubtedByHim.some((o) => o !== undefined && coverage(d.text, o.paraphrase) >= 0.9)) return 'is also a claim the same responder doubted';
      }
    }
  }
  return null;
}

function check(question: Question, index: FactIndex): string[] {
  if (question.kind !== 'MULTIPLE_CHOICE' && question.kind !== 'WHO_SAID_IT' && question.kind !== 'SOURCE_AND_STANDING') return [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const o of question.options) {
    const key = normalizeName(o.text);
    const before = seen.get(key);
    if (before !== undefined) problems.push(`options ${before} and ${o.id} are the same after normalisation (“${o.text}”)`);
    seen.set(key, o.id);
  }
  const correct = question.options.find((o) => o.id === question.answer.optionId);
  if (correct === undefined) return problems;
  const answer = optionMeaning(index, correct.text);
  // Date options whose ranges overlap ("This week", "On Thursday") cannot both be wrong for a reason.
  const dates = question.options.map((o) => ({ o, m: optionMeaning(index, o.text) }));
  dates.forEach(({ o, m }, i) => {
    for (const { o: p, m: n } of dates.slice(i + 1)) {
      if (o.id !== correct.id && p.id !== correct.id && m.type === 'date' && n.type === 'date' && datesOverlap(m.date, n.date)) {
        problems.push(`date options “${o.text}” and “${p.text}” overlap`);
      }
    }
  });
  for (const o of question.options) {
    if (o.id === correct.id) continue;
    const d = optionMeaning(index, o.text);
    if (!sameType(index, question, answer, d)) problems.push(`distractor “${o.text}” is not the same sort of thing as the answer “${correct.text}”`);
    const why = alsoRight(index, question, answer, d);
    if (why !== null) problems.push(`distractor “${o.text}” ${why}`);
  }
  return problems;
}

export const distractorsValid: QuestionRule = { name: 'distractors-valid', check };
