// Wrong answers that are entities. A distractor must be the same sort of thing as the answer, must
// not be another name for it (an alias, or a name containing it: "South Korea" for "South Korea's
// spy agency"), must not be tied to it (a leader and what they lead, a city and its country), and
// must not also be right: the caller passes what would also be right in `exclude`.
import type { NewsEntity } from '../../domain/facts';
import { familyOf, type EntityRole } from '../facts/entityFamily';
import type { FactIndex } from '../facts/factIndex';
import { kindDistance, nameFitsKind, readsAsName, sameKindOfThing } from './sameKind';
import { containsPhrase, normalizeName } from '../text/normalize';

export interface EntityDistractorSpec {
  readonly answer: NewsEntity;
  readonly role: EntityRole;
  /** "Which country …" needs countries; "Who said …" accepts any body for a body. */
  readonly exactKind: boolean;
  /** Entities that would also be right, or that the prompt names. */
  readonly exclude: ReadonlySet<string>;
  /** Ranked first: e.g. other speakers for a who-said-it question. */
  readonly prefer?: (entity: NewsEntity) => boolean;
  readonly max?: number;
}

/** Whether two entities share a name, or one's name contains the other's. */
export function namesOverlap(index: FactIndex, a: NewsEntity, b: NewsEntity): boolean {
  const an = index.namesOf(a);
  const bn = index.namesOf(b);
  return an.some((x) => bn.some((y) => normalizeName(x) === normalizeName(y) || containsPhrase(x, y) || containsPhrase(y, x)));
}

export function entityDistractors(index: FactIndex, spec: EntityDistractorSpec): NewsEntity[] {
  const { answer } = spec;
  // An answer whose name does not fit its kind ("Organizers" as a place) makes no fair question.
  if (!nameFitsKind(answer) || !readsAsName(index, answer)) return [];
  const family = familyOf(answer.kind, spec.role);
  const linked = index.linkedEntityIds(answer.id);
  const candidates = index.facts.entities.filter(
    (e) =>
      e.id !== answer.id &&
      !spec.exclude.has(e.id) &&
      (spec.exactKind ? e.kind === answer.kind : familyOf(e.kind, spec.role) === family) &&
      !linked.has(e.id) &&
      index.isNamedInText(e) &&
      !namesOverlap(index, e, answer) &&
      sameKindOfThing(index, answer, e, spec.role),
  );
  const rank = (e: NewsEntity): number[] => [
    spec.prefer?.(e) === true ? 0 : 1,
    e.kind === answer.kind ? 0 : 1,
    kindDistance(answer, e, spec.role),
    -index.mentionCount(e.id),
  ];
  candidates.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return (ra[i] ?? 0) - (rb[i] ?? 0);
    return a.name.localeCompare(b.name, 'en');
  });
  return candidates.slice(0, spec.max ?? 3);
}

/** Same exact kind and both speaking in the article make a distractor harder to rule out. */
export function entitySimilarity(index: FactIndex, answer: NewsEntity, other: NewsEntity): number {
  return 0.4 + (answer.kind === other.kind ? 0.3 : 0) + (index.speakerIds.has(other.id) === index.speakerIds.has(answer.id) ? 0.3 : 0);
}

/** Entities a prompt names: they make silly options ("Which country supplies Russia?" — "Russia"). */
export function entitiesNamedIn(index: FactIndex, text: string): Set<string> {
  const out = new Set<string>();
  for (const e of index.facts.entities) if (index.namesOf(e).some((n) => containsPhrase(text, n))) out.add(e.id);
  return out;
}
