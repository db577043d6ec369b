// Everything stored about one event, as the plain facts the quiz engine reads.
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { EventFacts } from '../domain/facts';
import {
  ArticleRecord,
  ClaimRecord,
  ClaimSubjectRecord,
  EntityAliasRecord,
  EventArticleRecord,
  EventRecord,
  MentionRecord,
  NewsEntityRecord,
  QuantityRecord,
  RelationRecord,
  TimelineEntryRecord,
} from '../db/entities';
import { NotFoundError } from '../errors';
import { group } from './group';
import { toArticle, toClaim, toEntity, toEvent, toQuantity, toRelation, toTimelineEntry } from './toDomain';

/**
 * Read in one transaction, so an article joining the event meanwhile is either wholly in the
 * facts or wholly absent (REPEATABLE READ on PostgreSQL; SQLite's transactions read one
 * snapshot, and db/oneConnection keeps other requests' statements out of it).
 */
export function loadEventFacts(dataSource: DataSource, eventId: number): Promise<EventFacts> {
  return dataSource.options.type === 'postgres'
    ? dataSource.transaction('REPEATABLE READ', (em) => readEventFacts(em, eventId))
    : dataSource.transaction((em) => readEventFacts(em, eventId));
}

/**
 * One statement after another, never several at once: a transaction is one connection, and
 * PostgreSQL's client runs one query at a time anyway (pg deprecates queuing them on one client).
 */
async function readEventFacts(em: EntityManager, eventId: number): Promise<EventFacts> {
  const event = await em.findOne(EventRecord, { where: { id: eventId } });
  if (!event) throw new NotFoundError('no event with this id');
  const byEvent = { where: { eventId }, order: { id: 'ASC' as const } };
  const links = await em.find(EventArticleRecord, { where: { eventId } });
  const claims = await em.find(ClaimRecord, byEvent);
  const quantities = await em.find(QuantityRecord, byEvent);
  const relations = await em.find(RelationRecord, byEvent);
  const timeline = await em.find(TimelineEntryRecord, { where: { eventId }, order: { sequence: 'ASC', id: 'ASC' } });
  const articleIds = links.map((l) => l.articleId);
  const articles = await em.find(ArticleRecord, { where: { id: In(articleIds) }, order: { id: 'ASC' } });
  const mentions = await em.find(MentionRecord, { where: { articleId: In(articleIds) }, order: { id: 'ASC' } });
  const subjects = await em.find(ClaimSubjectRecord, { where: { claimId: In(claims.map((c) => c.id)) }, order: { position: 'ASC' } });

  const entityIds = new Set<number>();
  const add = (id: number | null) => id !== null && entityIds.add(id);
  add(event.placeId);
  mentions.forEach((m) => add(m.entityId));
  claims.forEach((c) => [c.speakerId, c.viaId, c.placeId].forEach(add));
  subjects.forEach((s) => add(s.entityId));
  quantities.forEach((q) => add(q.sourceId));
  relations.forEach((r) => [r.subjectId, r.objectId].forEach(add));
  timeline.forEach((t) => t.actorIds.forEach(add));
  const entities = await em.find(NewsEntityRecord, { where: { id: In([...entityIds]) }, order: { id: 'ASC' } });
  const aliases = await em.find(EntityAliasRecord, { where: { entityId: In([...entityIds]), isAlias: true }, order: { id: 'ASC' } });

  const subjectsOf = group(subjects, (s) => s.claimId, (s) => String(s.entityId));
  const aliasesOf = group(aliases, (a) => a.entityId, (a) => a.alias);
  return {
    event: toEvent(event),
    articles: articles.map(toArticle),
    entities: entities.map((e) => toEntity(e, aliasesOf.get(e.id) ?? [])),
    mentions: mentions.map((m) => ({ entityId: String(m.entityId), evidence: m.evidence })),
    claims: claims.map((c) => toClaim(c, subjectsOf.get(c.id) ?? [])),
    quantities: quantities.map(toQuantity),
    relations: relations.map(toRelation),
    timeline: timeline.map(toTimelineEntry),
  };
}
