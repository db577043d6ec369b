import type { EventFacts } from '../domain/facts';

const NARROWED = new WeakMap<EventFacts, Map<string, EventFacts>>();
const MAX_NARROWED_PER_EVENT = 32;

/**
 * An event's facts narrowed to some of its articles: a quiz on one report of a larger story. The
 * same narrowing of the same facts is the same object, so its question bank is built once.
 */
export function factsOfArticles(facts: EventFacts, articleIds: ReadonlySet<string>): EventFacts {
  let known = NARROWED.get(facts);
  if (known === undefined) {
    known = new Map();
    NARROWED.set(facts, known);
  }
  const key = [...articleIds].sort().join(',');
  let narrowed = known.get(key);
  if (narrowed === undefined) {
    if (known.size >= MAX_NARROWED_PER_EVENT) known.clear();
    narrowed = narrow(facts, articleIds);
    known.set(key, narrowed);
  }
  return narrowed;
}

function narrow(facts: EventFacts, articleIds: ReadonlySet<string>): EventFacts {
  const keep = <T extends { articleId: string }>(items: readonly T[]) => items.filter((i) => articleIds.has(i.articleId));
  return {
    ...facts,
    articles: facts.articles.filter((a) => articleIds.has(a.id)),
    mentions: facts.mentions.filter((m) => articleIds.has(m.evidence.articleId)),
    claims: keep(facts.claims),
    quantities: keep(facts.quantities),
    relations: keep(facts.relations),
    timeline: keep(facts.timeline),
  };
}
