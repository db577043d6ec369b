// The filtered top-level lists the API offers: events, entities, claims, articles.
import type { DataSource } from 'typeorm';
import type { ClaimStanding, EntityKind, NewsEvent } from '../domain/facts';
import type { Page, PageRequest } from '../paging/pagination';
import { normalizeName } from './names';
import { containsPattern, selectPage, type Condition } from './pages';
import { placeholders } from './selectRows';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from './toDomain';

export interface EventFilter {
  readonly text?: string | null;
  /** Events whose date range overlaps [from, to]; ISO dates. */
  readonly from?: string | null;
  readonly to?: string | null;
}

export type Order<F extends string> = { readonly field: F; readonly direction: 'ASC' | 'DESC' } | null;

export async function listEvents(ds: DataSource, filter: EventFilter, request: PageRequest, order: Order<'DATE'> = null): Promise<Page<NewsEvent>> {
  const conditions: Condition[] = [];
  if (filter.text) {
    const text = containsPattern(filter.text.toLowerCase());
    conditions.push({ sql: "(LOWER(ev.title) LIKE ? ESCAPE '\\' OR LOWER(ev.summary) LIKE ? ESCAPE '\\')", params: [text, text] });
  }
  if (filter.from) conditions.push({ sql: 'ev.date_end >= ?', params: [filter.from] });
  if (filter.to) conditions.push({ sql: 'ev.date_start <= ?', params: [filter.to] });
  const page = await selectPage<EventRow>(ds, { columns: EVENT_COLUMNS('ev'), from: 'event ev', alias: 'ev', conditions, order: order && { sql: 'ev.date_start', direction: order.direction } }, request);
  return { ...page, nodes: page.nodes.map(eventFromRow) };
}

export interface EntityFilter {
  readonly kinds?: readonly EntityKind[] | null;
  /** Matches the canonical name or any alias, ignoring case, punctuation and a leading "the". */
  readonly name?: string | null;
}

/** Ids only: the resolver loads the page's entities through the request's loader. */
const ENTITY_ORDER: Record<'NAME' | 'MENTION_COUNT', string> = {
  NAME: 'LOWER(en.name)',
  MENTION_COUNT: '(SELECT COUNT(*) FROM mention m WHERE m.entity_id = en.id)',
};

export function listEntities(ds: DataSource, filter: EntityFilter, request: PageRequest, order: Order<'NAME' | 'MENTION_COUNT'> = null): Promise<Page<{ id: number }>> {
  const conditions: Condition[] = [];
  if (filter.kinds?.length) conditions.push({ sql: `en.kind IN (${placeholders(filter.kinds.length)})`, params: filter.kinds });
  if (filter.name) {
    conditions.push({
      sql: "en.id IN (SELECT a.entity_id FROM entity_alias a WHERE a.normalized LIKE ? ESCAPE '\\')",
      params: [containsPattern(normalizeName(filter.name))],
    });
  }
  return selectPage(ds, { columns: 'en.id', from: 'news_entity en', alias: 'en', conditions, order: order && { sql: ENTITY_ORDER[order.field], direction: order.direction } }, request);
}

export interface ClaimFilter {
  readonly speakerId?: number | null;
  readonly subjectId?: number | null;
  readonly eventId?: number | null;
  readonly standings?: readonly ClaimStanding[] | null;
}

/** Ids only: the resolver loads the page's claims, with their subjects, through the loader. */
export function listClaims(ds: DataSource, filter: ClaimFilter, request: PageRequest): Promise<Page<{ id: number }>> {
  return selectPage(ds, { columns: 'cl.id', from: 'claim cl', alias: 'cl', conditions: claimConditions('cl', filter) }, request);
}

/** A filter's conditions on claims aliased `a`: the top-level list and nested connections share them. */
export function claimConditions(a: string, filter: ClaimFilter): Condition[] {
  const conditions: Condition[] = [];
  if (filter.speakerId != null) conditions.push({ sql: `${a}.speaker_id = ?`, params: [filter.speakerId] });
  if (filter.eventId != null) conditions.push({ sql: `${a}.event_id = ?`, params: [filter.eventId] });
  if (filter.standings?.length) conditions.push({ sql: `${a}.standing IN (${placeholders(filter.standings.length)})`, params: filter.standings });
  if (filter.subjectId != null) {
    conditions.push({ sql: `${a}.id IN (SELECT s.claim_id FROM claim_subject s WHERE s.entity_id = ?)`, params: [filter.subjectId] });
  }
  return conditions;
}

/** Ids only: the resolver loads the page's articles through the request's loader. */
export function listArticles(ds: DataSource, request: PageRequest): Promise<Page<{ id: number }>> {
  return selectPage(ds, { columns: 'ar.id', from: 'article ar', alias: 'ar', conditions: [] }, request);
}
