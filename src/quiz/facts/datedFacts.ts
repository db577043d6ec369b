// Facts that carry a date, and which of them are about the same thing. A date is no wrong answer
// to "when did Zelensky unveil his victory plan?" when the same sentence dates another step of that
// plan to it ("a strategy he first presented … last month"): a reader could argue for it.
import type { DateRef, Evidence, FactRef } from '../../domain/facts';
import { contentTokens, stem } from '../text/normalize';
import { datesOverlap } from './dates';
import type { FactIndex } from './factIndex';

export interface DatedFact {
  readonly date: DateRef;
  readonly ref: FactRef;
  readonly evidence: Evidence;
  /** What the fact says, for telling whether two facts are about the same thing. */
  readonly about: string;
  readonly actorIds: readonly string[];
  /** Who the fact is first about: the speaker, the first subject, the relation's subject. */
  readonly leadId: string | null;
}

/** Every fact with a resolved date: claims, timeline steps and relations. */
export function datedFacts(index: FactIndex): DatedFact[] {
  const out: DatedFact[] = [];
  for (const c of index.facts.claims) {
    if (c.date !== null && c.evidence[0] !== undefined) {
      out.push({ date: c.date, ref: { type: 'CLAIM', id: c.id }, evidence: c.evidence[0], about: c.paraphrase, actorIds: [...(c.speakerId === null ? [] : [c.speakerId]), ...c.subjectIds], leadId: c.speakerId ?? c.subjectIds[0] ?? null });
    }
  }
  for (const t of index.facts.timeline) out.push({ date: t.date, ref: { type: 'TIMELINE_ENTRY', id: t.id }, evidence: t.evidence, about: t.label, actorIds: t.actorIds, leadId: t.actorIds[0] ?? null });
  for (const r of index.facts.relations) {
    if (r.date !== null) out.push({ date: r.date, ref: { type: 'RELATION', id: r.id }, evidence: r.evidence, about: r.description, actorIds: [r.subjectId, r.objectId], leadId: r.subjectId });
  }
  return out.filter((d) => d.date.precision !== 'UNRESOLVED');
}

/** Content word stems of a fact, without the names of its actors (every fact about Zelensky says "Zelensky"). */
function topicStems(index: FactIndex, fact: DatedFact): Set<string> {
  const names = new Set(
    fact.actorIds.flatMap((id) => {
      const e = index.entity(id);
      return e === undefined ? [] : index.namesOf(e).flatMap((n) => contentTokens(n));
    }),
  );
  return new Set(contentTokens(fact.about).filter((t) => !names.has(t)).map(stem));
}

/**
 * Same sentence, or the same lead actor and two or more shared topic words ("victory plan"). The
 * lead, not any actor: Zelensky's claim and the spy agency's both concern North Korea's troops,
 * but Friday is no arguable answer to when Zelensky spoke.
 */
export function sameSubject(index: FactIndex, a: DatedFact, b: DatedFact): boolean {
  if (a.evidence.articleId === b.evidence.articleId && a.evidence.sentenceIndex === b.evidence.sentenceIndex) return true;
  if (a.leadId === null || a.leadId !== b.leadId) return false;
  const ta = topicStems(index, a);
  let shared = 0;
  for (const t of topicStems(index, b)) if (ta.has(t)) shared++;
  return shared >= 2;
}

/**
 * Whether `date` is arguably right for the tested facts: another dated fact about the same subject
 * carries it. Such a date is refused as a distractor.
 */
export function dateArguable(index: FactIndex, tests: readonly FactRef[], date: DateRef): boolean {
  const all = datedFacts(index);
  const key = (r: FactRef): string => `${r.type}:${r.id}`;
  const testedKeys = new Set(tests.map(key));
  const tested = all.filter((d) => testedKeys.has(key(d.ref)));
  return all.some((other) => !testedKeys.has(key(other.ref)) && datesOverlap(other.date, date) && tested.some((t) => sameSubject(index, t, other)));
}
