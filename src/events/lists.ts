// The filtered top-level lists the API offers: events, entities, claims, articles.
import type { DataSource } from 'typeorm';
import type { ClaimStanding, EntityKind } from '../domain/facts';
import { ArticleRecord, ClaimRecord, EventRecord, NewsEntityRecord } from '../db/entities';
import type { Page, PageRequest } from '../paging/pagination';
import { normalizeName } from './names';
import { containsPattern, pageOf } from './pages';
import { placeholders } from './selectRows';

export interface EventFilter {
  readonly text?: string | null;
  /** Events whose date range overlaps [from, to]; ISO dates. */
  readonly from?: string | null;
  readonly to?: string | null;
}

export function listEvents(ds: DataSource, filter: EventFilter, request: PageRequest): Promise<Page<EventRecord>> {
  const q = ds.getRepository(EventRecord).createQueryBuilder('ev');
  if (filter.text) {
    q.andWhere("(LOWER(ev.title) LIKE :text ESCAPE '\\' OR LOWER(ev.summary) LIKE :text ESCAPE '\\')", {
      text: containsPattern(filter.text.toLowerCase()),
    });
  }
  if (filter.from) q.andWhere('ev.date_end >= :from', { from: filter.from });
  if (filter.to) q.andWhere('ev.date_start <= :to', { to: filter.to });
  return pageOf(q, request);
}

export interface EntityFilter {
  readonly kinds?: readonly EntityKind[] | null;
  /** Matches the canonical name or any alias, ignoring case, punctuation and a leading "the". */
  readonly name?: string | null;
}

export function listEntities(ds: DataSource, filter: EntityFilter, request: PageRequest): Promise<Page<NewsEntityRecord>> {
  const q = ds.getRepository(NewsEntityRecord).createQueryBuilder('en');
  if (filter.kinds?.length) q.andWhere('en.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.name) {
    q.andWhere("en.id IN (SELECT a.entity_id FROM entity_alias a WHERE a.normalized LIKE :name ESCAPE '\\')", {
      name: containsPattern(normalizeName(filter.name)),
    });
  }
  return pageOf(q, request);
}

export interface ClaimFilter {
  readonly speakerId?: number | null;
  readonly subjectId?: number | null;
  readonly eventId?: number | null;
  readonly standings?: readonly ClaimStanding[] | null;
}

export function listClaims(ds: DataSource, filter: ClaimFilter, request: PageRequest): Promise<Page<ClaimRecord>> {
  const q = ds.getRepository(ClaimRecord).createQueryBuilder('cl');
  applyClaimFilter(q, filter);
  return pageOf(q, request);
}

/** A filter's conditions on claims aliased `a`, each with its `?` values in order. */
export function claimConditions(a: string, filter: ClaimFilter): { sql: string; params: unknown[] }[] {
  const conditions: { sql: string; params: unknown[] }[] = [];
  if (filter.speakerId != null) conditions.push({ sql: `${a}.speaker_id = ?`, params: [filter.speakerId] });
  if (filter.eventId != null) conditions.push({ sql: `${a}.event_id = ?`, params: [filter.eventId] });
  if (filter.standings?.length) conditions.push({ sql: `${a}.standing IN (${placeholders(filter.standings.length)})`, params: [...filter.standings] });
  if (filter.subjectId != null) {
    conditions.push({ sql: `${a}.id IN (SELECT s.claim_id FROM claim_subject s WHERE s.entity_id = ?)`, params: [filter.subjectId] });
  }
  return conditions;
}

/** The same conditions on a QueryBuilder, whose parameters are named. */
export function applyClaimFilter(q: { andWhere(where: string, params?: object): unknown; alias: string }, filter: ClaimFilter): void {
  let n = 0;
  for (const { sql, params } of claimConditions(q.alias, filter)) {
    const named: Record<string, unknown> = {};
    q.andWhere(
      sql.replace(/\?/g, () => {
        const name = `claimFilter${n++}`;
        named[name] = params[Object.keys(named).length];
        return `:${name}`;
      }),
      named,
    );
  }
}

export function listArticles(ds: DataSource, request: PageRequest): Promise<Page<ArticleRecord>> {
  return pageOf(ds.getRepository(ArticleRecord).createQueryBuilder('ar'), request);
}
