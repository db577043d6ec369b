// Batch reads for per-request DataLoaders: each takes many keys and costs one query, so a nested
// list costs the same number of queries whatever its length.
import { In, type DataSource } from 'typeorm';
import type { Article, Claim, Evidence, NewsEntity, NewsEvent, Quantity } from '../domain/facts';
import {
  ArticleRecord,
  ClaimRecord,
  EventArticleRecord,
  MentionRecord,
  QuantityRecord,
  RelationRecord,
  TimelineEntryRecord,
} from '../db/entities';
import type { Relation, TimelineEntry } from '../domain/facts';
import { claimConditions, type ClaimFilter } from './lists';
import { group } from './group';
import { selectRows, placeholders } from './selectRows';
import {
  CLAIM_COLUMNS,
  EVENT_COLUMNS,
  QUANTITY_COLUMNS,
  claimFromRow,
  entityFromRow,
  eventFromRow,
  quantityFromRow,
  toArticle,
  toQuantity,
  toRelation,
  toTimelineEntry,
  type ClaimRow,
  type EntityRow,
  type EventRow,
  type QuantityRow,
} from './toDomain';

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
  const rows = await selectRows<EventRow>(
    ds,
    `SELECT ${EVENT_COLUMNS('ev')} FROM event ev WHERE ev.id IN (${placeholders(ids.length)})`,
    ids,
  );
  return inKeyOrder(ids, rows.map(eventFromRow));
}

/** Entities with their aliases, in one statement: a row per alias (or one with a null alias). */
export async function entitiesById(ds: DataSource, ids: readonly number[]): Promise<(NewsEntity | null)[]> {
  const rows = await selectRows<EntityRow & { alias: string | null }>(
    ds,
    `SELECT en.id, en.kind, en.name, en.description, a.alias FROM news_entity en
     LEFT JOIN entity_alias a ON a.entity_id = en.id AND a.is_alias = ?
     WHERE en.id IN (${placeholders(ids.length)}) ORDER BY en.id, a.id`,
    [true, ...ids],
  );
  const entities = group(rows, (r) => r.id, (r) => r);
  return inKeyOrder(ids, [...entities.values()].map((of) => entityFromRow(of[0]!, aliasesIn(of))));
}

const aliasesIn = (rows: readonly { alias: string | null }[]) => rows.flatMap((r) => (r.alias === null ? [] : [r.alias]));

/**
 * Claims with their subjects in one statement. The subjects come folded into one text column
 * (string_agg: PostgreSQL, and SQLite since 3.44): a join would repeat every claim column once a
 * subject, and building row objects, not finding rows, is what a read costs here.
 */
export async function claimsById(ds: DataSource, ids: readonly number[]): Promise<(Claim | null)[]> {
  const rows = await selectRows<ClaimRow & { subject_ids: string | null }>(
    ds,
    `SELECT ${CLAIM_COLUMNS('cl')},
       (SELECT string_agg(CAST(s.entity_id AS TEXT), ',' ORDER BY s.position) FROM claim_subject s WHERE s.claim_id = cl.id) AS subject_ids
     FROM claim cl WHERE cl.id IN (${placeholders(ids.length)})`,
    ids,
  );
  return inKeyOrder(ids, rows.map((r) => claimFromRow(r, r.subject_ids === null ? [] : r.subject_ids.split(','))));
}

export async function quantitiesByClaim(ds: DataSource, claimIds: readonly number[]): Promise<Quantity[][]> {
  const rows = await selectRows<QuantityRow>(
    ds,
    `SELECT ${QUANTITY_COLUMNS('q')} FROM quantity q WHERE q.claim_id IN (${placeholders(claimIds.length)}) ORDER BY q.id`,
    claimIds,
  );
  return listsInKeyOrder(claimIds, group(rows, (r) => Number(r.claim_id), quantityFromRow));
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
  const parents = placeholders(parentIds.length);
  const from =
    parent === 'subjectId'
      ? `SELECT cl.id, s.entity_id AS parent FROM claim cl JOIN claim_subject s ON s.claim_id = cl.id WHERE s.entity_id IN (${parents})`
      : `SELECT cl.id, cl.${parent === 'eventId' ? 'event_id' : 'speaker_id'} AS parent FROM claim cl WHERE cl.${parent === 'eventId' ? 'event_id' : 'speaker_id'} IN (${parents})`;
  const conditions = claimConditions('cl', filter);
  const rows = await selectRows<{ id: number; parent: number }>(
    ds,
    `${from}${conditions.map((c) => ` AND ${c.sql}`).join('')} ORDER BY cl.id`,
    [...parentIds, ...conditions.flatMap((c) => c.params)],
  );
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

/**
 * The first `limit` mentions of each entity, in article order. The limit is applied per entity in
 * SQL, one indexed LIMIT each: an entity a thousand articles name has thousands of mentions, and
 * reading them all to keep a few cost more synchronous work than the rest of the request (a
 * window function over all of them still reads every row: 10x slower on 32,000 mentions).
 */
export async function mentionsByEntity(ds: DataSource, entityIds: readonly number[], limit: number): Promise<Evidence[][]> {
  // One SELECT a key: SQLite allows 500 in a compound, and the loaders send at most 100 keys.
  const firsts = entityIds.map((_, i) => `SELECT * FROM (SELECT m.entity_id, m.evidence FROM mention m WHERE m.entity_id = ? ORDER BY m.id LIMIT ?) AS m${i}`);
  const rows = await selectRows<{ entity_id: number; evidence: string }>(ds, firsts.join(' UNION ALL '), entityIds.flatMap((id) => [id, limit]));
  return listsInKeyOrder(entityIds, group(rows, (r) => Number(r.entity_id), (r) => JSON.parse(r.evidence) as Evidence));
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
