// The words a fact stands on: what an answer may draw from. A rule finds an answer "supported"
// when its key words, figure or name come from here, i.e. from the cited sentences or the facts
// they belong to.
import type { FactRef } from '../../domain/facts';
import type { Question } from '../../domain/question';
import { dateAnswerText } from '../facts/dates';
import type { FactIndex } from '../facts/factIndex';
import { formatNumber } from '../text/format';
import { DOUBT_VERBS, RESPONSE_PHRASES } from '../text/standing';

function names(index: FactIndex, ids: readonly (string | null)[]): string[] {
  return ids.flatMap((id) => {
    const e = index.entity(id);
    return e === undefined ? [] : index.namesOf(e);
  });
}

/** The fact's own words: paraphrase, quote, label, description, names of those involved. */
export function ownWords(index: FactIndex, ref: FactRef): string[] {
  switch (ref.type) {
    case 'CLAIM': {
      const c = index.claims.get(ref.id);
      if (c === undefined) return [];
      const standing = c.standing === 'ASSERTED' ? [] : [RESPONSE_PHRASES[c.standing], DOUBT_VERBS[c.standing]];
      return [c.paraphrase, c.quote ?? '', ...names(index, [c.speakerId, c.viaId, c.placeId, ...c.subjectIds]), ...(c.date === null ? [] : [c.date.text, dateAnswerText(c.date)]), ...standing];
    }
    case 'QUANTITY': {
      const q = index.quantities.get(ref.id);
      if (q === undefined) return [];
      return [q.counts, q.unit, formatNumber(q.value), ...(q.valueMax === null ? [] : [formatNumber(q.valueMax)]), ...names(index, [q.sourceId])];
    }
    case 'RELATION': {
      const r = index.relations.get(ref.id);
      return r === undefined ? [] : [r.description, ...names(index, [r.subjectId, r.objectId]), ...(r.date === null ? [] : [r.date.text])];
    }
    case 'TIMELINE_ENTRY': {
      const t = index.timeline.get(ref.id);
      return t === undefined ? [] : [t.label, t.date.text, dateAnswerText(t.date), ...names(index, t.actorIds)];
    }
    case 'ENTITY': {
      const e = index.entity(ref.id);
      return e === undefined ? [] : [...index.namesOf(e), e.description ?? ''];
    }
    case 'EVENT':
      return [index.facts.event.title, index.facts.event.summary];
  }
}

/** Facts a tested fact brings with it: a quantity's claim, a response's target claim. */
export function withRelatedFacts(index: FactIndex, refs: readonly FactRef[]): FactRef[] {
  const out = new Map<string, FactRef>();
  const add = (r: FactRef): void => void out.set(`${r.type}:${r.id}`, r);
  for (const r of refs) {
    add(r);
    if (r.type === 'QUANTITY') {
      const claimId = index.quantities.get(r.id)?.claimId;
      if (claimId !== null && claimId !== undefined) add({ type: 'CLAIM', id: claimId });
    }
    if (r.type === 'CLAIM') {
      const c = index.claims.get(r.id);
      if (c?.respondsToId !== null && c?.respondsToId !== undefined) add({ type: 'CLAIM', id: c.respondsToId });
      for (const q of index.facts.quantities) if (q.claimId === r.id) add({ type: 'QUANTITY', id: q.id });
    }
  }
  return [...out.values()];
}

/** Own words of the tested facts (and related ones) plus the whole sentences the question cites. */
export function supportText(index: FactIndex, question: Question): string {
  const facts = withRelatedFacts(index, question.tests).flatMap((r) => ownWords(index, r));
  const sentences = question.evidence.map((e) => index.sentenceText(e));
  return [...facts, ...sentences].join(' \n ');
}

/** Entity ids that play a part in the tested facts. */
export function entitiesOf(index: FactIndex, refs: readonly FactRef[]): Set<string> {
  const out = new Set<string>();
  const add = (id: string | null): void => {
    if (id !== null) out.add(id);
  };
  for (const r of withRelatedFacts(index, refs)) {
    if (r.type === 'ENTITY') add(r.id);
    const c = r.type === 'CLAIM' ? index.claims.get(r.id) : undefined;
    if (c !== undefined) [c.speakerId, c.viaId, c.placeId, ...c.subjectIds].forEach(add);
    const q = r.type === 'QUANTITY' ? index.quantities.get(r.id) : undefined;
    if (q !== undefined) add(q.sourceId);
    const rel = r.type === 'RELATION' ? index.relations.get(r.id) : undefined;
    if (rel !== undefined) [rel.subjectId, rel.objectId].forEach(add);
    const t = r.type === 'TIMELINE_ENTRY' ? index.timeline.get(r.id) : undefined;
    if (t !== undefined) t.actorIds.forEach(add);
  }
  return out;
}
