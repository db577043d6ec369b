import type { EventFacts } from '../domain/facts';

/** An event's facts narrowed to some of its articles: a quiz on one report of a larger story. */
export function factsOfArticles(facts: EventFacts, articleIds: ReadonlySet<string>): EventFacts {
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
