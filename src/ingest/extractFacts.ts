// The pipeline: article text and metadata in, EventFacts out. Pure: the same input gives the same
// output; the only shared state is the POS model, loaded once and never changed.

import type { Article, EventFacts, Mention, NewsEntity, Quantity } from '../domain/facts';
import type { Attribution } from './attributions';
import { findAttributions } from './attributions';
import { buildClaims } from './claims';
import { resolveReferences } from './coreference';
import { findDateline } from './dateline';
import { findDates } from './dates';
import { findNamedEntities } from './entities';
import { settleNames } from './entityNames';
import { sortedMentions } from './entityTable';
import { buildEvent } from './event';
import { evidenceOf } from './evidence';
import { findQuantities } from './quantities';
import { findQuoteSegments } from './quotations';
import { findRelations } from './relations';
import { splitSentences } from './sentences';
import { buildTimeline } from './timeline';
import { tokenize } from './tokens';

export interface ArticleInput {
  readonly title: string | null;
  readonly body: string;
  readonly url: string | null;
  readonly outlet: string | null;
  /** YYYY-MM-DD, or null when unknown (relative dates then stay UNRESOLVED). */
  readonly publishedAt: string | null;
}

/** Local keys for the bundle; the store maps them to its own ids when it saves. */
export interface ExtractionIds {
  readonly articleId?: string;
  readonly eventId?: string;
}

export function extractFacts(input: ArticleInput, ids: ExtractionIds = {}): EventFacts {
  const articleId = ids.articleId ?? 'article';
  const eventId = ids.eventId ?? 'event';
  const { body } = input;
  const publishedAt = input.publishedAt && /^\d{4}-\d{2}-\d{2}$/.test(input.publishedAt) ? input.publishedAt : null;

  const sentences = splitSentences(body);
  const tokens = tokenize(body);
  const dateline = findDateline(body, sentences[0]);
  const table = findNamedEntities(sentences, tokens, dateline);
  const segments = findQuoteSegments(body, sentences);
  resolveReferences(table, sentences, segments);
  settleNames(table, body);
  const dates = findDates(sentences, publishedAt);
  const attributions = findAttributions(body, sentences, table, dates, segments, dateline);
  const claims = buildClaims(body, articleId, attributions, table);
  // Attributions by sentence (with their claim's index): a quantity only looks among its sentence's.
  const attributionsBySentence: Array<Array<readonly [Attribution, number]>> = sentences.map(() => []);
  attributions.forEach((a, k) => attributionsBySentence[a.sentenceIndex]?.push([a, k]));
  const quantities: Quantity[] = findQuantities(sentences, tokens, dates).map((q, k) => {
    const candidates = attributionsBySentence[q.sentenceIndex] ?? [];
    const owner = candidates.find(([a]) => a.kind !== 'OWN_VOICE' && q.start >= a.contentStart && q.end <= a.contentEnd)?.[1] ?? -1;
    const ownVoice = candidates.find(([a]) => a.kind === 'OWN_VOICE')?.[1] ?? -1;
    const claimIndex = owner >= 0 ? owner : ownVoice;
    return {
      id: `quantity-${k + 1}`,
      articleId,
      claimId: claimIndex >= 0 ? `claim-${claimIndex + 1}` : null,
      value: q.value,
      valueMax: q.valueMax,
      approximate: q.approximate,
      unit: q.unit,
      measure: q.measure,
      counts: q.counts,
      sourceId: owner >= 0 ? (attributions[owner]?.speakerId ?? null) : null,
      evidence: evidenceOf(body, articleId, q.sentenceIndex, q.start, q.end),
    };
  });
  const relations = findRelations(body, articleId, sentences, table, dates);
  const timeline = buildTimeline(body, articleId, sentences, table, dates, dateline);

  // Speakers named only in attributions join the table late: settle their names too, and point
  // the facts built meanwhile at the entities kept.
  const merged = settleNames(table, body);
  const id = (entityId: string): string => merged.get(entityId) ?? entityId;
  const idOrNull = (entityId: string | null): string | null => (entityId === null ? null : id(entityId));
  const mentioned = new Set(table.mentions.map((m) => m.entityId));
  const entities: NewsEntity[] = [...table.entities.values()]
    .filter((e) => mentioned.has(e.id))
    .map((e) => ({ id: e.id, kind: e.kind, name: e.name, aliases: [...e.aliases].sort(), description: e.description }));
  const mentions: Mention[] = sortedMentions(table).map((m) => ({
    entityId: m.entityId,
    evidence: evidenceOf(body, articleId, m.sentenceIndex, m.start, m.end),
  }));
  const article: Article = {
    id: articleId,
    title: input.title,
    outlet: input.outlet,
    url: input.url,
    publishedAt,
    body,
    sentences,
  };
  const event = buildEvent(eventId, input.title, body, sentences, attributions, dates, table, dateline);
  if (merged.size === 0) return { event, articles: [article], entities, mentions, claims, quantities, relations, timeline };
  return {
    event: { ...event, placeId: idOrNull(event.placeId) },
    articles: [article],
    entities,
    mentions,
    claims: claims.map((c) => ({
      ...c,
      speakerId: idOrNull(c.speakerId),
      viaId: idOrNull(c.viaId),
      placeId: idOrNull(c.placeId),
      subjectIds: [...new Set(c.subjectIds.map(id))].filter((s) => s !== idOrNull(c.speakerId)),
    })),
    quantities: quantities.map((q) => ({ ...q, sourceId: idOrNull(q.sourceId) })),
    relations: relations.map((r) => ({ ...r, subjectId: id(r.subjectId), objectId: id(r.objectId) })).filter((r) => r.subjectId !== r.objectId),
    timeline: timeline.map((t) => ({ ...t, actorIds: [...new Set(t.actorIds.map(id))] })),
  };
}
