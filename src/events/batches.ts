// Batch reads for per-request DataLoaders: each takes many keys and costs one query, so a nested
// list costs the same number of queries whatever its length.
import { In, type DataSource } from 'typeorm';
import type { Article, Claim, NewsEntity, NewsEvent, Quantity } from '../domain/facts';
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
import type { Relation, TimelineEntry } from '../domain/facts';
import { applyClaimFilter, type ClaimFilter } from './lists';
import { group } from './group';
import { toArticle, toClaim, toEntity, toEvent, toQuantity, toRelation, toTimelineEntry } from './toDomain';

/** Results in key order, null where a key names nothing (DataLoader's contract). */
function inKeyOrder<T extends { id: string }>(keys: readonly number[], items: readonly T[]): (T | null)[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return keys.map((k) => byId.get(String(k)) ?? null);
}

function listsInKeyOrder<V>(keys: readonly number[], groups: Map<number, V[]>): V[][] {
  return keys.map((k) => groups.get(k) ?? []);
}

export async function articlesById(ds: DataSource, ids: readonly number[]): Promise<(Article | null)[]> {
  const rows = await ds.manager.find(ArticleRecord, { where: { id: In([...ids]) } });
  return inKeyOrder(ids, rows.map(toArticle));
}

export async function eventsById(ds: DataSource, ids: readonly number[]): Promise<(NewsEvent | null)[]> {
  const rows = await ds.manager.find(EventRecord, { where: { id: In([...ids]) } });
  return inKeyOrder(ids, rows.map(toEvent));
}

export async function entitiesById(ds: DataSource, ids: readonly number[]): Promise<(NewsEntity | null)[]> {
  const [rows, aliases] = await Promise.all([
    ds.manager.find(NewsEntityRecord, { where: { id: In([...ids]) } }),
    ds.manager.find(EntityAliasRecord, { where: { entityId: In([...ids]), isAlias: true }, order: { id: 'ASC' } }),
  ]);
  const aliasesOf = group(aliases, (a) => a.entityId, (a) => a.alias);
  return inKeyOrder(ids, rows.map((r) => toEntity(r, aliasesOf.get(r.id) ?? [])));
}

export async function claimsById(ds: DataSource, ids: readonly number[]): Promise<(Claim | null)[]> {
  const [rows, subjects] = await Promise.all([
    ds.manager.find(ClaimRecord, { where: { id: In([...ids]) } }),
    ds.manager.find(ClaimSubjectRecord, { where: { claimId: In([...ids]) }, order: { position: 'ASC' } }),
  ]);
  const subjectsOf = group(subjects, (s) => s.claimId, (s) => String(s.entityId));
  return inKeyOrder(ids, rows.map((r) => toClaim(r, subjectsOf.get(r.id) ?? [])));
}

export async function quantitiesByClaim(ds: DataSource, claimIds: readonly number[]): Promise<Quantity[][]> {
  const rows = await ds.manager.find(QuantityRecord, { where: { claimId: In([...claimIds]) }, order: { id: 'ASC' } });
  return listsInKeyOrder(claimIds, group(rows.map(toQuantity), (q) => Number(q.claimId), (q) => q));
}

/** Ids of the claims that respond to each claim ("has not confirmed" → the claim it doubts). */
export async function responseIdsByClaim(ds: DataSource, claimIds: readonly number[]): Promise<number[][]> {
  const rows = await ds.manager.find(ClaimRecord, { where: { respondsToId: In([...claimIds]) }, select: { id: true, respondsToId: true }, order: { id: 'ASC' } });
  return listsInKeyOrder(claimIds, group(rows, (r) => Number(r.respondsToId), (r) => r.id));
}

export type ClaimParent = 'eventId' | 'speakerId' | 'subjectId';

/** Every matching claim id of each parent, ascending: nested connections are sliced from these. */
export async function claimIdsByParent(
  ds: DataSource,
  parent: ClaimParent,
  parentIds: readonly number[],
  filter: ClaimFilter,
): Promise<number[][]> {
  const q = ds.getRepository(ClaimRecord).createQueryBuilder('cl').select('cl.id', 'id');
  if (parent === 'subjectId') {
    q.innerJoin(ClaimSubjectRecord, 's', 's.claim_id = cl.id').addSelect('s.entity_id', 'parent').where('s.entity_id IN (:...parents)', { parents: parentIds });
  } else {
    const column = parent === 'eventId' ? 'cl.event_id' : 'cl.speaker_id';
    q.addSelect(column, 'parent').where(`${column} IN (:...parents)`, { parents: parentIds });
  }
  applyClaimFilter(q, filter);
  const rows = await q.orderBy('cl.id', 'ASC').getRawMany<{ id: number; parent: number }>();
  return listsInKeyOrder(parentIds, group(rows, (r) => Number(r.parent), (r) => Number(r.id)));
}

export async function articleIdsByEvent(ds: DataSource, eventIds: readonly number[]): Promise<number[][]> {
  const rows = await ds.manager.find(EventArticleRecord, { where: { eventId: In([...eventIds]) }, order: { articleId: 'ASC' } });
  return listsInKeyOrder(eventIds, group(rows, (r) => r.eventId, (r) => r.articleId));
}

export async function eventIdsByArticle(ds: DataSource, articleIds: readonly number[]): Promise<number[][]> {
  const rows = await ds.manager.find(EventArticleRecord, { where: { articleId: In([...articleIds]) }, order: { eventId: 'ASC' } });
  return listsInKeyOrder(articleIds, group(rows, (r) => r.articleId, (r) => r.eventId));
}

/** The entities an event's articles name, in order of first appearance. */
export async function entityIdsByEvent(ds: DataSource, eventIds: readonly number[]): Promise<number[][]> {
  const rows = await ds.manager
    .createQueryBuilder(MentionRecord, 'm')
    .innerJoin(EventArticleRecord, 'ea', 'ea.article_id = m.article_id')
    .select('ea.event_id', 'eventId')
    .addSelect('m.entity_id', 'entityId')
    .addSelect('MIN(m.id)', 'firstMention')
    .where('ea.event_id IN (:...eventIds)', { eventIds })
    .groupBy('ea.event_id')
    .addGroupBy('m.entity_id')
    .orderBy('"firstMention"', 'ASC')
    .getRawMany<{ eventId: number; entityId: number }>();
  return listsInKeyOrder(eventIds, group(rows, (r) => Number(r.eventId), (r) => Number(r.entityId)));
}

export async function quantitiesByEvent(ds: DataSource, eventIds: readonly number[]): Promise<Quantity[][]> {
  const rows = await ds.manager.find(QuantityRecord, { where: { eventId: In([...eventIds]) }, order: { id: 'ASC' } });
  return listsInKeyOrder(eventIds, group(rows, (r) => r.eventId, toQuantity));
}

export async function relationsByEvent(ds: DataSource, eventIds: readonly number[]): Promise<Relation[][]> {
  const rows = await ds.manager.find(RelationRecord, { where: { eventId: In([...eventIds]) }, order: { id: 'ASC' } });
  return listsInKeyOrder(eventIds, group(rows, (r) => r.eventId, toRelation));
}

export async function timelineByEvent(ds: DataSource, eventIds: readonly number[]): Promise<TimelineEntry[][]> {
  const rows = await ds.manager.find(TimelineEntryRecord, { where: { eventId: In([...eventIds]) }, order: { sequence: 'ASC', id: 'ASC' } });
  return listsInKeyOrder(eventIds, group(rows, (r) => r.eventId, toTimelineEntry));
}

export async function mentionsByEntity(ds: DataSource, entityIds: readonly number[]) {
  const rows = await ds.manager.find(MentionRecord, { where: { entityId: In([...entityIds]) }, order: { id: 'ASC' } });
  return listsInKeyOrder(entityIds, group(rows, (r) => r.entityId, (r) => r.evidence));
}

export async function quantitiesById(ds: DataSource, ids: readonly number[]): Promise<(Quantity | null)[]> {
  return inKeyOrder(ids, (await ds.manager.find(QuantityRecord, { where: { id: In([...ids]) } })).map(toQuantity));
}

export async function relationsById(ds: DataSource, ids: readonly number[]): Promise<(Relation | null)[]> {
  return inKeyOrder(ids, (await ds.manager.find(RelationRecord, { where: { id: In([...ids]) } })).map(toRelation));
}

export async function timelineEntriesById(ds: DataSource, ids: readonly number[]): Promise<(TimelineEntry | null)[]> {
  return inKeyOrder(ids, (await ds.manager.find(TimelineEntryRecord, { where: { id: In([...ids]) } })).map(toTimelineEntry));
}
